//! What the benchmarks share: the hand-written floor (plain serde structures and aws-sigv4's
//! `sign`), and the request and response they work on.

use serde::{Deserialize, Serialize};
use std::time::SystemTime;

/// A docker v2 manifest of about 1 KB, as ECR stores it.
pub const MANIFEST: &str = r#"{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":7023,"digest":"sha256:b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":32654,"digest":"sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f"},{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":16724,"digest":"sha256:3c3a4604a545cdc127456d94e421cd355bca5b528f4a9c1905b15da2eb4a4c6b"},{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":73109,"digest":"sha256:ec4b8955958665577945c89419d1af06b5f7636b4ac3da7f12184802ad867736"}]}"#;

/// The tags of the 100 images.
pub fn tags() -> Vec<String> {
    (0..100)
        .map(|i| format!("release-2026.11.{i:03}"))
        .collect()
}

/// A BatchGetImage answer with 100 images and their manifests (about 150 KB).
pub fn response_100() -> Vec<u8> {
    let images: Vec<serde_json::Value> = tags()
        .iter()
        .enumerate()
        .map(|(i, tag)| {
            serde_json::json!({
                "registryId": "123456789012",
                "repositoryName": "bench/app",
                "imageId": {
                    "imageDigest": format!("sha256:{i:064x}"),
                    "imageTag": tag,
                },
                "imageManifest": MANIFEST,
                "imageManifestMediaType": "application/vnd.docker.distribution.manifest.v2+json",
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({ "images": images, "failures": [] })).unwrap()
}

/// The floor's request: the wire form, nothing else.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FloorRequest<'a> {
    /// The repository.
    pub repository_name: &'a str,
    /// The images asked for.
    pub image_ids: Vec<FloorImageId>,
}

/// An image id.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FloorImageId {
    /// Its digest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_digest: Option<String>,
    /// Its tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_tag: Option<String>,
}

/// The floor's answer.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FloorResponse {
    /// The images.
    #[serde(default)]
    pub images: Vec<FloorImage>,
    /// The failures.
    #[serde(default)]
    pub failures: Vec<FloorFailure>,
}

/// An image.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FloorImage {
    /// The registry.
    pub registry_id: Option<String>,
    /// The repository.
    pub repository_name: Option<String>,
    /// Its id.
    pub image_id: Option<FloorImageId>,
    /// The manifest.
    pub image_manifest: Option<String>,
    /// Its media type.
    pub image_manifest_media_type: Option<String>,
}

/// A failure.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FloorFailure {
    /// The image.
    pub image_id: Option<FloorImageId>,
    /// Why.
    pub failure_code: Option<String>,
    /// In words.
    pub failure_reason: Option<String>,
}

/// The request every signer signs: what a client sends for BatchGetImage.
pub fn http_request(body: &[u8]) -> http::Request<bytes::Bytes> {
    http::Request::builder()
        .method("POST")
        .uri("https://api.ecr.us-east-1.amazonaws.com/")
        .header("content-type", "application/x-amz-json-1.1")
        .header(
            "x-amz-target",
            "AmazonEC2ContainerRegistry_V20150921.BatchGetImage",
        )
        .body(bytes::Bytes::copy_from_slice(body))
        .unwrap()
}

/// The floor's signing: aws-sigv4's `sign`, as a hand-written client calls it.
pub fn floor_sign(request: &mut http::Request<bytes::Bytes>, time: SystemTime) {
    use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
    let identity = aws_credential_types::Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        None,
        None,
        "bench",
    )
    .into();
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("ecr")
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .unwrap()
        .into();
    let uri = request.uri().to_string();
    let headers = request
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str(), v.to_str().unwrap()));
    let signable = SignableRequest::new(
        request.method().as_str(),
        &uri,
        headers,
        SignableBody::Bytes(request.body()),
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    instructions.apply_to_request_http1x(request);
}
