//! Fetches image manifests by tag or digest, as `aws ecr batch-get-image` does.
//!
//! ```text
//! cargo run -p examples --example batch_get_image -- [OPTIONS] REPOSITORY IMAGE...
//! ```
//!
//! IMAGE is a tag, or a digest (`sha256:...`). Each manifest found is printed under a line
//! naming the image and its media type; `--json` prints the service's answer instead
//! (`{"images":[...],"failures":[...]}`). `--media-type` (repeatable) asks for a manifest type,
//! as a registry client's `Accept` header does. An image that cannot be had is reported on
//! stderr and makes the exit code 1; the others are still printed.

use clap::Parser;
use ecr::types::{Image, ImageFailure, ImageIdentifier};
use examples::{AwsArgs, fail};
use std::process::ExitCode;

const PROGRAM: &str = "batch_get_image";

/// Prints the manifests of images, by tag or digest.
#[derive(Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Prints the manifests of images of an ECR repository, by tag or digest",
    long_about = "Prints the manifests of images of an ECR repository, by tag or digest.\n\n\
        Each manifest is printed after a line `# REPOSITORY:TAG@DIGEST MEDIA-TYPE`. An image that \
        is missing, or has no manifest of an accepted media type, is reported on stderr and makes \
        the exit code 1; the images found are printed all the same.\n\n\
        Example:\n  batch_get_image my/app latest sha256:0f1e...\n  \
        batch_get_image --media-type application/vnd.oci.image.index.v1+json my/app v1.2"
)]
struct Args {
    /// The repository
    #[arg(value_name = "REPOSITORY")]
    repository: String,
    /// Tags, or digests (sha256:...)
    #[arg(value_name = "IMAGE", required = true)]
    images: Vec<String>,
    /// Accept manifests of this media type (repeatable); default: whatever type was pushed
    #[arg(long = "media-type", value_name = "TYPE")]
    media_types: Vec<String>,
    /// The registry's account id [default: your account's registry]
    #[arg(long, value_name = "ACCOUNT")]
    registry_id: Option<String>,
    /// Print the service's answer as JSON
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    aws: AwsArgs,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    let client = match args.aws.client().await {
        Ok(client) => client,
        Err(e) => return fail(PROGRAM, &e),
    };
    let mut request = client
        .batch_get_image()
        .repository_name(&args.repository)
        .set_registry_id(args.registry_id.clone());
    for image in &args.images {
        request = request.image_ids(ImageIdentifier::parse(image));
    }
    for media_type in &args.media_types {
        request = request.accepted_media_types(media_type);
    }
    let mut out = match request.send().await {
        Ok(out) => out,
        Err(e) => return fail(PROGRAM, &e),
    };
    if args.json {
        // Both lists always appear, as in `aws ecr batch-get-image`.
        out.images.get_or_insert_with(Vec::new);
        out.failures.get_or_insert_with(Vec::new);
        match serde_json::to_string_pretty(&out) {
            Ok(text) => println!("{text}"),
            Err(e) => return fail(PROGRAM, &e),
        }
    } else {
        for image in out.images() {
            print_image(image);
        }
    }
    match out.failures() {
        [] => ExitCode::SUCCESS,
        failures => fail(PROGRAM, &describe_failures(failures, args.images.len())),
    }
}

/// `# REPOSITORY:TAG@DIGEST MEDIA-TYPE`, then the manifest as stored.
fn print_image(image: &Image) {
    let id = image.image_id();
    let mut name = image.repository_name().unwrap_or_default().to_owned();
    if let Some(tag) = id.and_then(|i| i.image_tag()) {
        name.push(':');
        name.push_str(tag);
    }
    if let Some(digest) = id.and_then(|i| i.image_digest()) {
        name.push('@');
        name.push_str(digest);
    }
    let media_type = image
        .image_manifest_media_type()
        .unwrap_or("(media type not given)");
    println!("# {name} {media_type}");
    println!("{}", image.image_manifest().unwrap_or_default().trim_end());
}

/// `1 of 3 images not found: nope (ImageNotFound: Requested image not found)`.
fn describe_failures(failures: &[ImageFailure], asked: usize) -> String {
    let each: Vec<String> = failures
        .iter()
        .map(|f| {
            let id = f.image_id();
            let name = id
                .and_then(|i| i.image_tag().or(i.image_digest()))
                .unwrap_or("?");
            let code = f.failure_code().map(|c| c.as_str()).unwrap_or("failed");
            match f.failure_reason() {
                Some(reason) => format!("{name} ({code}: {reason})"),
                None => format!("{name} ({code})"),
            }
        })
        .collect();
    format!(
        "{} of {asked} images could not be fetched: {}",
        failures.len(),
        each.join(", ")
    )
}
