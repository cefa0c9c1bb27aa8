//! Gives an existing image a new tag without pulling or pushing a layer.
//!
//! ```text
//! cargo run -p examples --example retag -- [OPTIONS] REPOSITORY FROM TO
//! ```
//!
//! FROM is a tag or a digest (`sha256:...`), TO the new tag. The image's manifest is read with
//! BatchGetImage, in the media type it was pushed with, and stored again under TO with PutImage:
//! the registry only records one more name for the same digest. Running it again is not an
//! error: a TO that already names the image is reported and left alone. A TO that names another
//! image is moved to this one (a repository with immutable tags refuses that: exit 1).

use clap::Parser;
use ecr::operations::{BatchGetImageResponse, PutImageError};
use ecr::types::ImageIdentifier;
use examples::{AwsArgs, fail};
use std::process::ExitCode;

const PROGRAM: &str = "retag";

/// Every manifest media type a registry stores, so that the manifest comes back exactly as it
/// was pushed (the registry would otherwise convert it, and the copy would get another digest).
const MANIFEST_TYPES: [&str; 5] = [
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v1+prettyjws",
];

/// Tags an existing image with a new tag.
#[derive(Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Gives an existing ECR image a new tag, without pulling or pushing layers",
    long_about = "Gives an existing ECR image a new tag, without pulling or pushing layers.\n\n\
        The image FROM (a tag, or a digest sha256:...) keeps its digest; TO becomes one more \
        name for it. Running it again is not an error. A TO that names another image is moved \
        to this one, unless the repository's tags are immutable.\n\n\
        Example:\n  retag my/app v1.4.2 stable\n  retag my/app sha256:0f1e... release-2026-11"
)]
struct Args {
    /// The repository
    #[arg(value_name = "REPOSITORY")]
    repository: String,
    /// The image to tag: a tag, or a digest (sha256:...)
    #[arg(value_name = "FROM")]
    from: String,
    /// The new tag
    #[arg(value_name = "TO")]
    to: String,
    /// The registry's account id [default: your account's registry]
    #[arg(long, value_name = "ACCOUNT")]
    registry_id: Option<String>,
    /// Print the result as JSON
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    aws: AwsArgs,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.to.contains(':') || args.to.is_empty() {
        return fail(
            PROGRAM,
            &format!("`{}` is not a tag: TO is the new tag's name", args.to),
        );
    }
    match retag(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(PROGRAM, &message),
    }
}

async fn retag(args: &Args) -> Result<(), String> {
    let client = args.aws.client().await.map_err(|e| e.to_string())?;
    // FROM, in the media type it was pushed with.
    let found = get_image(&client, args, &args.from).await?;
    let source = found.images().first().ok_or_else(|| {
        let reason = found
            .failures()
            .first()
            .and_then(|f| f.failure_reason())
            .unwrap_or("not found");
        format!("{} in {}: {reason}", args.from, args.repository)
    })?;
    let digest = source
        .image_id()
        .and_then(|i| i.image_digest())
        .ok_or_else(|| format!("the registry gave no digest for {}", args.from))?;
    let manifest = source
        .image_manifest()
        .ok_or_else(|| format!("the registry gave no manifest for {}", args.from))?;
    let media_type = source.image_manifest_media_type();
    // What TO names now, if anything.
    let current = if args.to == args.from {
        None
    } else {
        Some(get_image(&client, args, &args.to).await?)
    };
    let previous = current
        .as_ref()
        .and_then(|c| c.images().first())
        .and_then(|i| i.image_id())
        .and_then(|id| id.image_digest());

    let changed = if previous == Some(digest) {
        false
    } else {
        let put = client
            .put_image()
            .repository_name(&args.repository)
            .set_registry_id(args.registry_id.clone())
            .image_manifest(manifest)
            .set_image_manifest_media_type(media_type.map(str::to_owned))
            .image_digest(digest)
            .image_tag(&args.to)
            .send()
            .await;
        match put {
            Ok(_) => true,
            // Tagged between the read and the write: the tag names the image all the same.
            Err(PutImageError::ImageAlreadyExists(_)) => false,
            Err(PutImageError::ImageTagAlreadyExists(_)) => {
                return Err(format!(
                    "{} already names another image in {}, whose tags are immutable",
                    args.to, args.repository
                ));
            }
            Err(e) => return Err(e.to_string()),
        }
    };

    let previous = previous.filter(|p| *p != digest);
    if args.json {
        // `changed`: whether TO was written (false: it already named the image);
        // `previousDigest`: the image TO named before, when it named another one.
        let outcome = serde_json::json!({
            "repository": args.repository,
            "from": args.from,
            "to": args.to,
            "digest": digest,
            "mediaType": media_type,
            "changed": changed,
            "previousDigest": previous,
        });
        let text = serde_json::to_string_pretty(&outcome).map_err(|e| e.to_string())?;
        println!("{text}");
    } else if !changed {
        println!(
            "{}: {} already names {digest}: nothing to do",
            args.repository, args.to
        );
    } else if let Some(previous) = previous {
        println!(
            "{}: tagged {digest} ({}) as {}, moved from {previous}",
            args.repository, args.from, args.to
        );
    } else {
        println!(
            "{}: tagged {digest} ({}) as {}",
            args.repository, args.from, args.to
        );
    }
    Ok(())
}

/// The image `reference` (a tag or a digest) names, its manifest in the media type it was pushed
/// with; asked for alone, so the answer needs no matching to the question.
async fn get_image(
    client: &ecr::Client,
    args: &Args,
    reference: &str,
) -> Result<BatchGetImageResponse, String> {
    let mut request = client
        .batch_get_image()
        .repository_name(&args.repository)
        .set_registry_id(args.registry_id.clone())
        .image_ids(ImageIdentifier::parse(reference));
    for media_type in MANIFEST_TYPES {
        request = request.accepted_media_types(media_type);
    }
    request.send().await.map_err(|e| e.to_string())
}
