//! Stores an image manifest under a tag, creating the repository when it does not exist yet.
//!
//! ```text
//! cargo run -p examples --example push_manifest -- REPOSITORY TAG MANIFEST_FILE
//! ```
//!
//! No layers are uploaded: the manifest is registered as is (for a registry whose layers are
//! already present, or a local test registry). Prints the stored image's digest. Running it
//! again with the same manifest and tag is not an error.

use ecr::operations::{CreateRepositoryError, PutImageError};
use ecr::types::ImageIdentifier;
use examples::fail;
use std::process::ExitCode;

/// Stores a manifest under a tag.
#[derive(clap::Parser, Debug)]
#[command(
    name = "push_manifest",
    version,
    about = "Stores an image manifest under a tag, creating the repository if needed",
    long_about = "Stores an image manifest under a tag, creating the repository if needed, and \
        prints the image's digest. No layer is uploaded: the manifest is registered as it is. \
        Running it again with the same manifest and tag is not an error.\n\n\
        Example:\n  push_manifest my/app v1 manifest.json"
)]
struct Args {
    /// The repository (created when missing)
    #[arg(value_name = "REPOSITORY")]
    repository: String,
    /// The tag
    #[arg(value_name = "TAG")]
    tag: String,
    /// A file holding the manifest (JSON)
    #[arg(value_name = "MANIFEST_FILE")]
    file: std::path::PathBuf,
    #[command(flatten)]
    aws: examples::AwsArgs,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = <Args as clap::Parser>::parse();
    let (repository, tag, file) = (&args.repository, &args.tag, &args.file);
    let manifest = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            return fail(
                "push_manifest",
                &format!("cannot read {}: {e}", file.display()),
            );
        }
    };
    let client = match args.aws.client().await {
        Ok(client) => client,
        Err(e) => return fail("push_manifest", &e),
    };
    match client
        .create_repository()
        .repository_name(repository)
        .send()
        .await
    {
        Ok(_) | Err(CreateRepositoryError::RepositoryAlreadyExists(_)) => {}
        Err(e) => return fail("push_manifest", &e),
    }
    let put = client
        .put_image()
        .repository_name(repository)
        .image_tag(tag)
        .image_manifest(manifest)
        .send()
        .await;
    let image = match put {
        Ok(out) => out.image,
        // Already stored under this tag: running twice is not an error.
        Err(PutImageError::ImageAlreadyExists(_)) => {
            let found = client
                .batch_get_image()
                .repository_name(repository)
                .image_ids(ImageIdentifier::tag(tag))
                .send()
                .await;
            match found {
                Ok(out) => out.images.and_then(|mut images| images.pop()),
                Err(e) => return fail("push_manifest", &e),
            }
        }
        Err(e) => return fail("push_manifest", &e),
    };
    let digest = image
        .as_ref()
        .and_then(|i| i.image_id())
        .and_then(|id| id.image_digest());
    println!("{}", digest.unwrap_or_default());
    ExitCode::SUCCESS
}
