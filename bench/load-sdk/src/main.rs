//! `load-sdk`: the benchmark's BatchGetImage call through the official `aws-sdk-ecr` (default
//! features), configured once with `aws-config`.

#![forbid(unsafe_code)]

use aws_config::Region;
use aws_sdk_ecr::config::Credentials;
use aws_sdk_ecr::error::DisplayErrorContext;
use aws_sdk_ecr::types::ImageIdentifier;
use load::{Call, Counts, MISSING_TAG, PRESENT_TAG, REPOSITORY};
use std::process::ExitCode;

struct Sdk(aws_sdk_ecr::Client);

impl Call for Sdk {
    async fn call(&self) -> Result<Counts, String> {
        let out = self
            .0
            .batch_get_image()
            .repository_name(REPOSITORY)
            .image_ids(ImageIdentifier::builder().image_tag(PRESENT_TAG).build())
            .image_ids(ImageIdentifier::builder().image_tag(MISSING_TAG).build())
            .send()
            .await
            .map_err(|e| format!("BatchGetImage: {}", DisplayErrorContext(&e)))?;
        Ok(Counts {
            images: out.images().len(),
            failures: out.failures().len(),
        })
    }
}

fn main() -> ExitCode {
    load::main("sdk", |args| async move {
        let config = aws_config::from_env()
            .region(Region::new(load::REGION))
            .credentials_provider(Credentials::new(
                load::ACCESS_KEY_ID,
                load::SECRET_ACCESS_KEY,
                None,
                None,
                "bench",
            ))
            .endpoint_url(args.endpoint)
            .load()
            .await;
        Ok(Sdk(aws_sdk_ecr::Client::new(&config)))
    })
}
