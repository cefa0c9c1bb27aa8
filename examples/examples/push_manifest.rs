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

const USAGE: &str = "usage: push_manifest REPOSITORY TAG MANIFEST_FILE";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match examples::args(USAGE, |a| a.len() == 3) {
        Ok(args) => args,
        Err(code) => return code,
    };
    let (repository, tag, file) = (&args[0], &args[1], &args[2]);
    let manifest = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => return fail("push_manifest", &format!("cannot read {file}: {e}")),
    };
    let client = match ecr::Client::from_env().await {
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
