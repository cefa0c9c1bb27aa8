//! Fetches image manifests by tag or digest, as `aws ecr batch-get-image` does.
//!
//! ```text
//! cargo run -p examples --example batch_get_image -- REPOSITORY IMAGE...
//! ```
//!
//! IMAGE is a tag, or a digest when it starts with `sha256:`. Region, credentials and endpoint
//! come from the environment (`AWS_REGION`, `AWS_ACCESS_KEY_ID`, `AWS_ENDPOINT_URL`, ...). The
//! response is printed as JSON on stdout: `{"images":[...],"failures":[...]}`.

use ecr::types::ImageIdentifier;
use examples::fail;
use std::process::ExitCode;

const USAGE: &str = "usage: batch_get_image REPOSITORY IMAGE...\n\
    IMAGE is a tag, or a digest when it starts with sha256:\n\
    Region, credentials and endpoint come from the environment (AWS_REGION, AWS_PROFILE,\n\
    AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL, ...).";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match examples::args(USAGE, |a| a.len() >= 2) {
        Ok(args) => args,
        Err(code) => return code,
    };
    let (repository, images) = (&args[0], &args[1..]);
    let client = match ecr::Client::from_env().await {
        Ok(client) => client,
        Err(e) => return fail("batch_get_image", &e),
    };
    let mut request = client.batch_get_image().repository_name(repository);
    for image in images {
        request = request.image_ids(ImageIdentifier::parse(image));
    }
    match request.send().await {
        Ok(mut out) => {
            // Both lists always appear, as in `aws ecr batch-get-image`.
            out.images.get_or_insert_with(Vec::new);
            out.failures.get_or_insert_with(Vec::new);
            match serde_json::to_string_pretty(&out) {
                Ok(text) => {
                    println!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail("batch_get_image", &e),
            }
        }
        Err(e) => fail("batch_get_image", &e),
    }
}
