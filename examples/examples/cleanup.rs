//! Deletes the untagged or old images of a repository: a dry run unless told `--yes`.
//!
//! ```text
//! cargo run -p examples --example cleanup -- [OPTIONS] <--untagged|--older-than <AGE>> REPOSITORY
//! ```
//!
//! An image goes when it matches any rule given: `--untagged` (it has no tag), `--older-than AGE`
//! (it was pushed more than AGE ago: `30d`, `12h`, `2w`...). The newest `--keep N` images of the
//! repository (by push time) never go, whatever they match; nor does an image that a remaining
//! manifest list (a multi-architecture image) references, which the registry would refuse to
//! delete. Every page of DescribeImages is read, with progress on stderr when it is a terminal.
//!
//! Without `--yes` nothing is deleted: the images that would go are printed, then
//! `would delete N images (SIZE); run again with --yes to delete them`. With `--yes` they are
//! deleted by digest with BatchDeleteImage, at most 100 a request (manifest lists first), and the
//! last line is `deleted N images`. Each image the registry refuses to delete is one line on
//! stderr, with its digest and the registry's failure code and reason, and makes the exit code 1.
//! `--json` prints `{"dryRun", "candidates", "deleted", "failures"}` instead of the table.

use clap::{ArgGroup, Parser};
use ecr::Client;
use ecr::types::{ImageDetail, ImageFailureCode, ImageIdentifier};
use ecr_runtime::OffsetDateTime;
use examples::{
    AwsArgs, Progress, fail, parse_age, size, sort_newest_first, sorted_tags, table, timestamp,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::process::ExitCode;
use std::time::Duration;

const PROGRAM: &str = "cleanup";

/// The most images one DescribeImages page may hold.
const PAGE_SIZE: i32 = 1000;

/// The most image ids one BatchDeleteImage or BatchGetImage request may carry.
const BATCH: usize = 100;

/// The media types of manifest lists: images that reference other images of the repository.
const LIST_TYPES: [&str; 2] = [
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
];

/// Deletes untagged or old images of a repository.
#[derive(Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Deletes the untagged or old images of an ECR repository (a dry run unless --yes)",
    long_about = "Deletes the untagged or old images of an ECR repository: a dry run unless --yes.\n\n\
        An image goes when it matches any rule given: --untagged (it has no tag), --older-than \
        AGE (it was pushed more than AGE ago). Give at least one. The newest --keep N images of \
        the repository (by push time) never go, whatever they match; nor does an image that a \
        remaining manifest list (a multi-architecture image) references.\n\n\
        Without --yes nothing is deleted: the images that would go are printed. With --yes they \
        are deleted, at most 100 a request. An image the registry refuses to delete is reported \
        on stderr with the registry's reason, and makes the exit code 1.\n\n\
        Example:\n  cleanup --untagged my/app\n  \
        cleanup --older-than 90d --keep 10 --yes my/app\n  \
        cleanup --untagged --older-than 30d --json my/app | jq -r '.candidates[].digest'",
    group(ArgGroup::new("rules").required(true).multiple(true).args(["untagged", "older_than"]))
)]
struct Args {
    /// The repository to clean up
    #[arg(value_name = "REPOSITORY")]
    repository: String,
    /// Delete the images that have no tag
    #[arg(long)]
    untagged: bool,
    /// Delete the images pushed more than AGE ago: a number and a unit, s, m, h, d or w (30d)
    #[arg(long, value_name = "AGE", value_parser = parse_age)]
    older_than: Option<Duration>,
    /// Never delete the newest N images of the repository (by push time), whatever they match
    #[arg(long, value_name = "N", default_value_t = 0)]
    keep: usize,
    /// Delete the images; without it nothing is deleted, the images that would go are printed
    #[arg(long)]
    yes: bool,
    /// The registry's account id [default: your account's registry]
    #[arg(long, value_name = "ACCOUNT")]
    registry_id: Option<String>,
    /// Print {dryRun, candidates, deleted, failures} as JSON instead of a table
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    aws: AwsArgs,
}

/// One image of the repository.
#[derive(Clone, Debug)]
struct Image {
    digest: String,
    /// Sorted, for output that does not change from one run to the next.
    tags: Vec<String>,
    size: Option<i64>,
    pushed: Option<OffsetDateTime>,
    media_type: Option<String>,
}

impl Image {
    fn is_list(&self) -> bool {
        self.media_type
            .as_deref()
            .is_some_and(|t| LIST_TYPES.contains(&t))
    }
}

/// An image the registry did not delete, as it said.
struct Failure {
    /// The digest asked for (or whatever identifies the image in the failure).
    image: String,
    code: String,
    reason: String,
}

/// What `--yes` did.
#[derive(Default)]
struct Deletion {
    deleted: Vec<Image>,
    failures: Vec<Failure>,
    /// The request that failed as a whole, ending the deletion.
    error: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match cleanup(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(PROGRAM, &message),
    }
}

async fn cleanup(args: &Args) -> Result<(), String> {
    let client = args.aws.client().await.map_err(|e| e.to_string())?;
    let mut progress = Progress::new();
    let mut images = read_images(&client, args, &mut progress).await?;
    sort_newest_first(&mut images, |i| (i.pushed, i.digest.as_str()));

    let cutoff = args.older_than.map(cutoff);
    let mut candidates: Vec<Image> = images
        .iter()
        .skip(args.keep)
        .filter(|image| {
            let untagged = args.untagged && image.tags.is_empty();
            // `Some(None)`: AGE reaches back before any time there is; nothing is that old.
            let old = matches!(cutoff, Some(Some(cutoff))
                if image.pushed.is_some_and(|pushed| pushed < cutoff));
            untagged || old
        })
        .cloned()
        .collect();
    let referenced = referenced_by_remaining(&client, args, &images, &candidates).await?;
    let before = candidates.len();
    candidates.retain(|image| !referenced.contains(&image.digest));
    let protected = before - candidates.len();

    let deletion = if args.yes && !candidates.is_empty() {
        delete(&client, args, &candidates, &mut progress).await
    } else {
        Deletion::default()
    };
    progress.finish();

    for failure in &deletion.failures {
        eprintln!(
            "{PROGRAM}: not deleted: {} ({}: {})",
            failure.image, failure.code, failure.reason
        );
    }
    if args.json {
        let report = report_json(args, &candidates, &deletion);
        let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        println!("{text}");
    } else {
        print_report(args, &candidates, protected, &deletion);
    }
    if let Some(error) = deletion.error {
        return Err(format!(
            "deleting stopped after {} of {} images: {error}",
            deletion.deleted.len(),
            candidates.len()
        ));
    }
    match deletion.failures.len() {
        0 => Ok(()),
        n => Err(format!(
            "{n} of {} {} could not be deleted",
            candidates.len(),
            images_word(candidates.len())
        )),
    }
}

/// Every image of the repository, page by page.
async fn read_images(
    client: &Client,
    args: &Args,
    progress: &mut Progress,
) -> Result<Vec<Image>, String> {
    let mut pages = client
        .describe_images()
        .repository_name(&args.repository)
        .set_registry_id(args.registry_id.clone())
        .into_paginator()
        .page_size(PAGE_SIZE)
        .pages();
    let mut images = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| e.to_string())?;
        images.extend(page.image_details().iter().filter_map(image));
        progress.update(format!(
            "reading images of {}: {}",
            args.repository,
            images.len()
        ));
    }
    Ok(images)
}

/// An image with a digest (what it is deleted by); the registry always gives one.
fn image(detail: &ImageDetail) -> Option<Image> {
    let tags = sorted_tags(detail);
    Some(Image {
        digest: detail.image_digest().filter(|d| !d.is_empty())?.to_owned(),
        tags,
        size: detail.image_size_in_bytes(),
        pushed: detail.image_pushed_at(),
        media_type: detail.image_manifest_media_type().map(str::to_owned),
    })
}

/// The time `age` ago; `None` when that is before any time there is.
fn cutoff(age: Duration) -> Option<OffsetDateTime> {
    let age = time::Duration::try_from(age).ok()?;
    OffsetDateTime::now_utc().checked_sub(age)
}

/// The digests that the manifest lists which stay reference, directly or through another list:
/// the registry refuses to delete those images (`ImageReferencedByManifestList`).
async fn referenced_by_remaining(
    client: &Client,
    args: &Args,
    images: &[Image],
    candidates: &[Image],
) -> Result<HashSet<String>, String> {
    if candidates.is_empty() {
        return Ok(HashSet::new());
    }
    let going: HashSet<&str> = candidates.iter().map(|i| i.digest.as_str()).collect();
    let by_digest: HashMap<&str, &Image> = images.iter().map(|i| (i.digest.as_str(), i)).collect();
    let mut queue: Vec<String> = images
        .iter()
        .filter(|i| i.is_list() && !going.contains(i.digest.as_str()))
        .map(|i| i.digest.clone())
        .collect();
    let mut read: HashSet<String> = queue.iter().cloned().collect();
    let mut referenced = HashSet::new();
    while !queue.is_empty() {
        let batch: Vec<String> = queue.drain(..queue.len().min(BATCH)).collect();
        let mut request = client
            .batch_get_image()
            .repository_name(&args.repository)
            .set_registry_id(args.registry_id.clone());
        for digest in &batch {
            request = request.image_ids(ImageIdentifier::digest(digest));
        }
        for media_type in LIST_TYPES {
            request = request.accepted_media_types(media_type);
        }
        let out = request
            .send()
            .await
            .map_err(|e| format!("reading the manifest lists that stay: {e}"))?;
        if let Some(failure) = out
            .failures()
            .iter()
            // Deleted since it was listed: it references nothing any more.
            .find(|f| f.failure_code() != Some(&ImageFailureCode::ImageNotFound))
        {
            let id = failure.image_id().and_then(|i| i.image_digest());
            return Err(format!(
                "cannot read the manifest list {}, to keep the images it references: {}: {}",
                id.unwrap_or("?"),
                failure.failure_code().map_or("failed", |c| c.as_str()),
                failure.failure_reason().unwrap_or("no reason given")
            ));
        }
        for list in out.images() {
            let digest = list
                .image_id()
                .and_then(|i| i.image_digest())
                .unwrap_or("?");
            let manifest: Value = serde_json::from_str(list.image_manifest().unwrap_or_default())
                .map_err(|e| {
                format!(
                    "the manifest list {digest} is not JSON ({e}): cannot tell what it references"
                )
            })?;
            let children = manifest
                .get("manifests")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            for child in children.iter().filter_map(|m| m.get("digest")?.as_str()) {
                referenced.insert(child.to_owned());
                if by_digest.get(child).is_some_and(|i| i.is_list())
                    && read.insert(child.to_owned())
                {
                    queue.push(child.to_owned());
                }
            }
        }
    }
    Ok(referenced)
}

/// Deletes `candidates` by digest, at most [`BATCH`] a request: manifest lists first, since the
/// registry refuses to delete an image that a list still references.
async fn delete(
    client: &Client,
    args: &Args,
    candidates: &[Image],
    progress: &mut Progress,
) -> Deletion {
    let (lists, others): (Vec<&Image>, Vec<&Image>) =
        candidates.iter().partition(|image| image.is_list());
    let mut done = Deletion::default();
    let mut sent = 0;
    for batch in lists.chunks(BATCH).chain(others.chunks(BATCH)) {
        progress.update(format!(
            "deleting images of {}: {sent} of {}",
            args.repository,
            candidates.len()
        ));
        let mut request = client
            .batch_delete_image()
            .repository_name(&args.repository)
            .set_registry_id(args.registry_id.clone());
        for image in batch {
            request = request.image_ids(ImageIdentifier::digest(&image.digest));
        }
        let out = match request.send().await {
            Ok(out) => out,
            Err(e) => {
                done.error = Some(e.to_string());
                break;
            }
        };
        sent += batch.len();
        // What the registry did not refuse is gone (an untagged image's deletion is not always
        // listed in `imageIds`).
        let mut refused = HashSet::new();
        for failure in out.failures() {
            let id = failure.image_id();
            let image = id
                .and_then(|i| i.image_digest().or(i.image_tag()))
                .unwrap_or("?")
                .to_owned();
            refused.insert(image.clone());
            done.failures.push(Failure {
                image,
                code: failure
                    .failure_code()
                    .map_or("failed", |c| c.as_str())
                    .to_owned(),
                reason: failure
                    .failure_reason()
                    .unwrap_or("no reason given")
                    .to_owned(),
            });
        }
        done.deleted.extend(
            batch
                .iter()
                .filter(|image| !refused.contains(&image.digest))
                .map(|image| (*image).clone()),
        );
    }
    done
}

fn images_word(n: usize) -> &'static str {
    if n == 1 { "image" } else { "images" }
}

fn total_size(images: &[Image]) -> String {
    size(images.iter().filter_map(|i| i.size).sum())
}

fn print_report(args: &Args, candidates: &[Image], protected: usize, deletion: &Deletion) {
    if protected > 0 {
        println!(
            "keeping {protected} {} that a remaining manifest list references",
            images_word(protected)
        );
    }
    if candidates.is_empty() {
        println!("nothing to delete in {}", args.repository);
        return;
    }
    let rows: Vec<Vec<String>> = candidates
        .iter()
        .map(|i| {
            vec![
                i.digest.clone(),
                if i.tags.is_empty() {
                    "<untagged>".to_owned()
                } else {
                    i.tags.join(",")
                },
                i.size.map_or_else(|| "-".to_owned(), size),
                i.pushed.map_or_else(|| "-".to_owned(), timestamp),
            ]
        })
        .collect();
    print!("{}", table(&["DIGEST", "TAGS", "SIZE", "PUSHED"], &rows));
    if args.yes {
        let n = deletion.deleted.len();
        println!("deleted {n} {}", images_word(n));
    } else {
        let n = candidates.len();
        println!(
            "would delete {n} {} ({}); run again with --yes to delete them",
            images_word(n),
            total_size(candidates)
        );
    }
}

/// What `--json` prints.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonReport<'a> {
    dry_run: bool,
    candidates: Vec<JsonImage<'a>>,
    deleted: Vec<JsonImage<'a>>,
    failures: Vec<JsonFailure<'a>>,
}

/// An image in the report.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonImage<'a> {
    digest: &'a str,
    tags: &'a [String],
    size_bytes: Option<i64>,
    /// RFC 3339.
    pushed_at: Option<String>,
}

/// An image the registry did not delete.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonFailure<'a> {
    digest: &'a str,
    failure_code: &'a str,
    failure_reason: &'a str,
}

impl<'a> From<&'a Image> for JsonImage<'a> {
    fn from(image: &'a Image) -> Self {
        JsonImage {
            digest: &image.digest,
            tags: &image.tags,
            size_bytes: image.size,
            pushed_at: image.pushed.map(timestamp),
        }
    }
}

fn report_json<'a>(args: &Args, candidates: &'a [Image], deletion: &'a Deletion) -> JsonReport<'a> {
    JsonReport {
        dry_run: !args.yes,
        candidates: candidates.iter().map(JsonImage::from).collect(),
        deleted: deletion.deleted.iter().map(JsonImage::from).collect(),
        failures: deletion
            .failures
            .iter()
            .map(|f| JsonFailure {
                digest: &f.image,
                failure_code: &f.code,
                failure_reason: &f.reason,
            })
            .collect(),
    }
}
