//! Lists the images of a repository, or of every repository of a registry.
//!
//! ```text
//! cargo run -p examples --example list_images -- [OPTIONS] <REPOSITORY|--all>
//! ```
//!
//! Prints a table of each image's tags (`<untagged>` when it has none), digest, size and push
//! time, newest first within a repository; with `--all`, the images of every repository, in the
//! order of the repositories' names, under a REPOSITORY column. `--json` prints an array of
//! `{"repository", "tags", "digest", "sizeBytes", "pushedAt"}` objects instead (`pushedAt` in
//! RFC 3339, `null` when the registry does not say). Every page of DescribeRepositories and
//! DescribeImages is read; progress shows on stderr when it is a terminal. A missing repository,
//! or any other error, is one line on stderr and exit code 1.

use clap::{ArgGroup, Parser};
use ecr::Client;
use ecr::operations::DescribeImagesError;
use ecr::types::ImageDetail;
use ecr_runtime::OffsetDateTime;
use examples::{AwsArgs, Progress, fail, size, sort_newest_first, sorted_tags, table, timestamp};
use serde::Serialize;
use std::process::ExitCode;

const PROGRAM: &str = "list_images";

/// The most results one page may hold, for DescribeRepositories and DescribeImages alike: the
/// fewer the requests, the sooner a large registry is listed.
const PAGE_SIZE: i32 = 1000;

/// Lists the images of one repository, or of all of them.
#[derive(Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Lists the images of an ECR repository, or of every repository of the registry",
    long_about = "Lists the images of an ECR repository, or of every repository of the registry.\n\n\
        Each image is a line of its tags (comma-separated, <untagged> when it has none), digest, \
        size and push time (UTC), newest first within a repository. With --all, every \
        repository is listed, in the order of their names, under a REPOSITORY column. --json \
        prints an array of {repository, tags, digest, sizeBytes, pushedAt} objects instead.\n\n\
        Give either REPOSITORY or --all. A missing repository is an error (exit code 1).\n\n\
        Example:\n  list_images my/app\n  list_images --all --region eu-west-1\n  \
        list_images --json my/app | jq -r '.[] | select(.tags == []) | .digest'",
    group(ArgGroup::new("what").required(true).args(["repository", "all"]))
)]
struct Args {
    /// The repository whose images to list
    #[arg(value_name = "REPOSITORY")]
    repository: Option<String>,
    /// List the images of every repository of the registry
    #[arg(long)]
    all: bool,
    /// The registry's account id [default: your account's registry]
    #[arg(long, value_name = "ACCOUNT")]
    registry_id: Option<String>,
    /// Print a JSON array of {repository, tags, digest, sizeBytes, pushedAt} instead of a table
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    aws: AwsArgs,
}

/// One image of one repository.
struct Row {
    repository: String,
    /// Sorted, for output that does not change from one run to the next.
    tags: Vec<String>,
    digest: String,
    size: Option<i64>,
    pushed: Option<OffsetDateTime>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match list(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(PROGRAM, &message),
    }
}

async fn list(args: &Args) -> Result<(), String> {
    let client = args.aws.client().await.map_err(|e| e.to_string())?;
    let mut progress = Progress::new();
    let repositories = match &args.repository {
        Some(repository) => vec![repository.clone()],
        None => repositories(&client, args.registry_id.as_deref(), &mut progress).await?,
    };
    let mut rows = Vec::new();
    for (i, repository) in repositories.iter().enumerate() {
        let found = images(
            &client,
            repository,
            args.registry_id.as_deref(),
            &mut |count| {
                if args.all {
                    progress.update(format!(
                        "reading repository {} of {} ({repository}): {} images so far",
                        i + 1,
                        repositories.len(),
                        rows.len() + count
                    ));
                } else {
                    progress.update(format!("reading {repository}: {count} images"));
                }
            },
        )
        .await;
        match found {
            Ok(mut found) => {
                sort_newest_first(&mut found, |r| (r.pushed, r.digest.as_str()));
                rows.append(&mut found);
            }
            // Deleted since DescribeRepositories named it: it has no images left to list.
            Err(DescribeImagesError::RepositoryNotFound(_)) if args.all => {}
            Err(e) if args.all => return Err(format!("{repository}: {e}")),
            Err(e) => return Err(e.to_string()),
        }
    }
    progress.finish();

    if args.json {
        let images: Vec<JsonImage> = rows.iter().map(JsonImage::from).collect();
        let text = serde_json::to_string_pretty(&images).map_err(|e| e.to_string())?;
        println!("{text}");
    } else if rows.is_empty() {
        match &args.repository {
            Some(repository) => println!("no images in {repository}"),
            None if repositories.is_empty() => println!("no repositories"),
            None => println!("no images in any of {} repositories", repositories.len()),
        }
    } else {
        print!("{}", text_table(&rows, args.all));
    }
    Ok(())
}

/// The names of every repository of the registry, sorted.
async fn repositories(
    client: &Client,
    registry_id: Option<&str>,
    progress: &mut Progress,
) -> Result<Vec<String>, String> {
    let mut pages = client
        .describe_repositories()
        .set_registry_id(registry_id.map(str::to_owned))
        .into_paginator()
        .page_size(PAGE_SIZE)
        .pages();
    let mut names = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| e.to_string())?;
        names.extend(
            page.repositories()
                .iter()
                .filter_map(|r| r.repository_name().map(str::to_owned)),
        );
        progress.update(format!("reading repositories: {}", names.len()));
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// Every image of `repository`, page by page; `seen` is told how many so far after each page.
async fn images(
    client: &Client,
    repository: &str,
    registry_id: Option<&str>,
    seen: &mut dyn FnMut(usize),
) -> Result<Vec<Row>, DescribeImagesError> {
    let mut pages = client
        .describe_images()
        .repository_name(repository)
        .set_registry_id(registry_id.map(str::to_owned))
        .into_paginator()
        .page_size(PAGE_SIZE)
        .pages();
    let mut rows = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page?;
        rows.extend(page.image_details().iter().map(|d| row(repository, d)));
        seen(rows.len());
    }
    Ok(rows)
}

fn row(repository: &str, detail: &ImageDetail) -> Row {
    let tags = sorted_tags(detail);
    Row {
        repository: repository.to_owned(),
        tags,
        digest: detail.image_digest().unwrap_or_default().to_owned(),
        size: detail.image_size_in_bytes(),
        pushed: detail.image_pushed_at(),
    }
}

fn text_table(rows: &[Row], with_repository: bool) -> String {
    let mut header = vec!["TAGS", "DIGEST", "SIZE", "PUSHED"];
    if with_repository {
        header.insert(0, "REPOSITORY");
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut cells = vec![
                if r.tags.is_empty() {
                    "<untagged>".to_owned()
                } else {
                    r.tags.join(",")
                },
                r.digest.clone(),
                r.size.map_or_else(|| "-".to_owned(), size),
                r.pushed.map_or_else(|| "-".to_owned(), timestamp),
            ];
            if with_repository {
                cells.insert(0, r.repository.clone());
            }
            cells
        })
        .collect();
    table(&header, &cells)
}

/// An image as `--json` prints it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonImage<'a> {
    repository: &'a str,
    tags: &'a [String],
    digest: &'a str,
    size_bytes: Option<i64>,
    /// RFC 3339.
    pushed_at: Option<String>,
}

impl<'a> From<&'a Row> for JsonImage<'a> {
    fn from(row: &'a Row) -> Self {
        JsonImage {
            repository: &row.repository,
            tags: &row.tags,
            digest: &row.digest,
            size_bytes: row.size,
            pushed_at: row.pushed.map(timestamp),
        }
    }
}
