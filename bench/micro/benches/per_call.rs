//! The framework's own per-call work, each next to the hand-written floor doing the same:
//! building and validating a request of 100 image ids, serializing it, signing it, and parsing
//! an answer of 100 images with their manifests.

use criterion::{Criterion, criterion_group, criterion_main};
use ecr::operations::{BatchGetImageRequest, BatchGetImageResponse};
use ecr::types::ImageIdentifier;
use ecr_runtime::Credentials;
use ecr_runtime::sign::Signer;
use micro::{
    FloorImageId, FloorRequest, FloorResponse, floor_sign, http_request, response_100, tags,
};
use std::hint::black_box;
use std::time::SystemTime;

fn request(tags: &[String]) -> BatchGetImageRequest {
    let mut builder = BatchGetImageRequest::builder().repository_name("bench/app");
    for tag in tags {
        builder = builder.image_ids(ImageIdentifier::tag(tag.as_str()));
    }
    builder.build().unwrap()
}

fn floor_request<'a>(tags: &[String]) -> FloorRequest<'a> {
    FloorRequest {
        repository_name: "bench/app",
        image_ids: tags
            .iter()
            .map(|t| FloorImageId {
                image_digest: None,
                image_tag: Some(t.clone()),
            })
            .collect(),
    }
}

fn build_and_validate(c: &mut Criterion) {
    let tags = tags();
    let mut group = c.benchmark_group("build and validate, 100 image ids");
    group.bench_function("ecr", |b| {
        b.iter(|| {
            let request = request(black_box(&tags));
            request.validate().unwrap();
            request
        })
    });
    group.bench_function("floor (build only)", |b| {
        b.iter(|| floor_request(black_box(&tags)))
    });
    group.finish();
}

fn serialize(c: &mut Criterion) {
    let tags = tags();
    let ours = request(&tags);
    let floor = floor_request(&tags);
    assert_eq!(
        serde_json::to_vec(&ours).unwrap(),
        serde_json::to_vec(&floor).unwrap()
    );
    let mut group = c.benchmark_group("serialize, 100 image ids");
    group.bench_function("ecr", |b| b.iter(|| serde_json::to_vec(black_box(&ours))));
    group.bench_function("floor", |b| {
        b.iter(|| serde_json::to_vec(black_box(&floor)))
    });
    group.finish();
}

fn sign(c: &mut Criterion) {
    let body = serde_json::to_vec(&request(&tags()[..2])).unwrap();
    let credentials = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    let signer = Signer::new();
    let now = SystemTime::now();
    let mut group = c.benchmark_group("sign a BatchGetImage request");
    group.bench_function("ecr (key kept)", |b| {
        b.iter(|| {
            let mut request = http_request(&body);
            signer
                .sign(&mut request, &credentials, "us-east-1", "ecr", now)
                .unwrap();
            request
        })
    });
    group.bench_function("ecr (key derived each time)", |b| {
        b.iter(|| {
            let mut request = http_request(&body);
            ecr_runtime::sign::sign(&mut request, &credentials, "us-east-1", "ecr", now).unwrap();
            request
        })
    });
    group.bench_function("floor (aws-sigv4 sign)", |b| {
        b.iter(|| {
            let mut request = http_request(&body);
            floor_sign(&mut request, now);
            request
        })
    });
    group.finish();
}

fn parse(c: &mut Criterion) {
    let body = response_100();
    let ours: BatchGetImageResponse = serde_json::from_slice(&body).unwrap();
    assert_eq!(ours.images().len(), 100);
    let mut group = c.benchmark_group("parse 100 images with manifests");
    group.throughput(criterion::Throughput::Bytes(body.len() as u64));
    group.bench_function("ecr", |b| {
        b.iter(|| serde_json::from_slice::<BatchGetImageResponse>(black_box(&body)).unwrap())
    });
    group.bench_function("floor", |b| {
        b.iter(|| serde_json::from_slice::<FloorResponse>(black_box(&body)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, build_and_validate, serialize, sign, parse);
criterion_main!(benches);
