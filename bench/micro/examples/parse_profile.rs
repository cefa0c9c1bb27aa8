//! The per-call work repeated, for a profiler (callgrind) to count: `ecr` or `floor` parses the
//! 100-image answer; `build-ecr` / `build-floor` build (and for ecr validate) a 100-id request.

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "ecr".into());
    let body = micro::response_100();
    let tags = micro::tags();
    if which.starts_with("build") {
        let mut n = 0;
        for _ in 0..2000 {
            n += if which == "build-floor" {
                let request = micro::FloorRequest {
                    repository_name: "bench/app",
                    image_ids: tags
                        .iter()
                        .map(|t| micro::FloorImageId {
                            image_digest: None,
                            image_tag: Some(t.clone()),
                        })
                        .collect(),
                };
                request.image_ids.len()
            } else {
                let mut builder =
                    ecr::operations::BatchGetImageRequest::builder().repository_name("bench/app");
                for tag in &tags {
                    builder = builder.image_ids(ecr::types::ImageIdentifier::tag(tag.as_str()));
                }
                let request = builder.build().unwrap();
                request.validate().unwrap();
                request.image_ids().len()
            };
        }
        println!("{n}");
        return;
    }
    let mut images = 0;
    for _ in 0..200 {
        images += match which.as_str() {
            "floor" => serde_json::from_slice::<micro::FloorResponse>(&body)
                .unwrap()
                .images
                .len(),
            _ => serde_json::from_slice::<ecr::operations::BatchGetImageResponse>(&body)
                .unwrap()
                .images()
                .len(),
        };
    }
    println!("{images}");
}
