//! The official SDK's one-call program: BatchGetImage of the tags given, manifests printed,
//! configured from the environment — what the `batch_get_image` example does, without options.

use aws_sdk_ecr::types::ImageIdentifier;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let repository = args.next().ok_or("usage: REPOSITORY TAG...")?;
    let config = aws_config::load_from_env().await;
    let client = aws_sdk_ecr::Client::new(&config);
    let mut request = client.batch_get_image().repository_name(repository);
    for tag in args {
        request = request.image_ids(ImageIdentifier::builder().image_tag(tag).build());
    }
    let out = request.send().await?;
    for image in out.images() {
        println!("{}", image.image_manifest().unwrap_or_default());
    }
    Ok(())
}
