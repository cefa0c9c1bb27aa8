//! `load-ecr`: the benchmark's BatchGetImage call through `ecr::Client` (default features).

#![forbid(unsafe_code)]

use ecr::types::ImageIdentifier;
use ecr_runtime::{Config, Credentials};
use load::{Call, Counts, MISSING_TAG, PRESENT_TAG, REPOSITORY};
use std::process::ExitCode;

struct Ecr(ecr::Client);

impl Call for Ecr {
    async fn call(&self) -> Result<Counts, String> {
        let out = self
            .0
            .batch_get_image()
            .repository_name(REPOSITORY)
            .image_ids(ImageIdentifier::tag(PRESENT_TAG))
            .image_ids(ImageIdentifier::tag(MISSING_TAG))
            .send()
            .await
            .map_err(|e| format!("BatchGetImage: {e}"))?;
        Ok(Counts {
            images: out.images().len(),
            failures: out.failures().len(),
        })
    }
}

fn main() -> ExitCode {
    load::main("ecr", |args| async move {
        let config = Config::builder()
            .region(load::REGION)
            .credentials(Credentials::new(
                load::ACCESS_KEY_ID,
                load::SECRET_ACCESS_KEY,
            ))
            .endpoint_url(args.endpoint)
            .build();
        Ok(Ecr(ecr::Client::new(&config)))
    })
}
