//! `load-floor`: the benchmark's BatchGetImage call written by hand on the stack `ecr-runtime`
//! uses (reqwest with rustls/ring, serde_json, aws-sigv4), with nothing else: no validation, no
//! retries, no endpoint rules, no error model. No client framework can do less work per call.

#![forbid(unsafe_code)]

use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use load::{Call, Counts, MISSING_TAG, PRESENT_TAG, REPOSITORY};
use serde::{Deserialize, Serialize};
use std::process::ExitCode;
use std::time::SystemTime;

const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
const TARGET: &str = "AmazonEC2ContainerRegistry_V20150921.BatchGetImage";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BatchGetImageRequest<'a> {
    repository_name: &'a str,
    image_ids: [ImageIdentifier<'a>; 2],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImageIdentifier<'a> {
    image_tag: &'a str,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct BatchGetImageResponse {
    #[serde(default)]
    images: Vec<Image>,
    #[serde(default)]
    failures: Vec<ImageFailure>,
}

// The fields are read by nobody, as an application that only counts them would not; they are
// parsed all the same, as the other two clients parse them.
#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Image {
    registry_id: Option<String>,
    repository_name: Option<String>,
    image_id: Option<ImageId>,
    image_manifest: Option<String>,
    image_manifest_media_type: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageId {
    image_digest: Option<String>,
    image_tag: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageFailure {
    image_id: Option<ImageId>,
    failure_code: Option<String>,
    failure_reason: Option<String>,
}

struct Floor {
    http: reqwest::Client,
    url: String,
    identity: Identity,
}

impl Floor {
    /// The signed request, ready to send.
    fn request(&self) -> Result<reqwest::RequestBuilder, String> {
        let body = serde_json::to_vec(&BatchGetImageRequest {
            repository_name: REPOSITORY,
            image_ids: [
                ImageIdentifier {
                    image_tag: PRESENT_TAG,
                },
                ImageIdentifier {
                    image_tag: MISSING_TAG,
                },
            ],
        })
        .map_err(|e| format!("serialize: {e}"))?;
        let headers = [("content-type", CONTENT_TYPE), ("x-amz-target", TARGET)];
        let params = v4::SigningParams::builder()
            .identity(&self.identity)
            .region(load::REGION)
            .name("ecr")
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()
            .map_err(|e| format!("signing params: {e}"))?
            .into();
        let signable = SignableRequest::new(
            "POST",
            &self.url,
            headers.iter().copied(),
            SignableBody::Bytes(&body),
        )
        .map_err(|e| format!("signable request: {e}"))?;
        let (instructions, _signature) = sign(signable, &params)
            .map_err(|e| format!("sign: {e}"))?
            .into_parts();
        let mut request = self.http.post(&self.url);
        for (name, value) in headers.into_iter().chain(instructions.headers()) {
            request = request.header(name, value);
        }
        Ok(request.body(body))
    }
}

impl Call for Floor {
    async fn call(&self) -> Result<Counts, String> {
        let request = self.request()?;
        let response = request.send().await.map_err(|e| format!("send: {e}"))?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("HTTP status {status}"));
        }
        let body = response.bytes().await.map_err(|e| format!("body: {e}"))?;
        let out: BatchGetImageResponse =
            serde_json::from_slice(&body).map_err(|e| format!("parse: {e}"))?;
        Ok(Counts {
            images: out.images.len(),
            failures: out.failures.len(),
        })
    }
}

fn main() -> ExitCode {
    load::main("floor", |args| async move {
        // As ecr-runtime's transport does: ring as the process's rustls provider.
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        let http = reqwest::Client::builder()
            .build()
            .map_err(|e| format!("reqwest: {e}"))?;
        let identity = aws_credential_types::Credentials::new(
            load::ACCESS_KEY_ID,
            load::SECRET_ACCESS_KEY,
            None,
            None,
            "bench",
        )
        .into();
        Ok(Floor {
            http,
            url: format!("{}/", args.endpoint.trim_end_matches('/')),
            identity,
        })
    })
}
