//! The request on the wire, byte for byte, and how every form of error response is read.

use bytes::Bytes;
use ecr::operations::{BatchGetImageError, BatchGetImageRequest};
use ecr::types::ImageIdentifier;
use ecr_runtime::protocol::parse_error;
use ecr_runtime::{Error, TransportErrorKind};
use http::HeaderMap;
use tests::CannedServer;

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (k, v) in pairs {
        map.insert(
            http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    map
}

fn service(e: Error) -> ecr_runtime::ServiceError {
    match e {
        Error::Service(s) => s,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[test]
fn body_is_exactly_the_members_set() {
    let r = BatchGetImageRequest::builder()
        .repository_name("my/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .image_ids(ImageIdentifier::digest("sha256:abc"))
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_string(&r).unwrap(),
        r#"{"repositoryName":"my/app","imageIds":[{"imageTag":"v1"},{"imageDigest":"sha256:abc"}]}"#
    );
    let full = BatchGetImageRequest::builder()
        .registry_id("123456789012")
        .repository_name("my/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .accepted_media_types("application/vnd.oci.image.manifest.v1+json")
        .build()
        .unwrap();
    assert_eq!(
        serde_json::to_string(&full).unwrap(),
        r#"{"registryId":"123456789012","repositoryName":"my/app","imageIds":[{"imageTag":"v1"}],"acceptedMediaTypes":["application/vnd.oci.image.manifest.v1+json"]}"#
    );
}

#[tokio::test]
async fn the_request_on_the_wire() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"images":[],"failures":[]}"#));
    server
        .client(true)
        .batch_get_image()
        .repository_name("my/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap();
    let raw = String::from_utf8(server.last_request()).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    assert_eq!(
        body,
        r#"{"repositoryName":"my/app","imageIds":[{"imageTag":"v1"}]}"#
    );
    let mut lines = head.lines();
    assert_eq!(lines.next(), Some("POST / HTTP/1.1"));
    let header = |name: &str| {
        head.lines().find_map(|l| {
            l.split_once(": ")
                .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.to_owned())
        })
    };
    assert_eq!(
        header("content-type").as_deref(),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(
        header("x-amz-target").as_deref(),
        Some("AmazonEC2ContainerRegistry_V20150921.BatchGetImage")
    );
    assert_eq!(header("content-length"), Some(body.len().to_string()));
    assert_eq!(
        header("host"),
        Some(server.endpoint().trim_start_matches("http://").to_owned())
    );
    let date = header("x-amz-date").expect("x-amz-date");
    assert_eq!(date.len(), 16, "{date}");
    let auth = header("authorization").expect("authorization");
    let prefix = format!(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{}/us-east-1/ecr/aws4_request, SignedHeaders=",
        &date[..8]
    );
    assert!(auth.starts_with(&prefix), "{auth}");
    let signed = auth[prefix.len()..].split(',').next().unwrap();
    for h in ["content-type", "host", "x-amz-date", "x-amz-target"] {
        assert!(
            signed.split(';').any(|s| s == h),
            "{h} not signed in {signed}"
        );
    }
    assert!(
        header("user-agent").is_some_and(|ua| ua.starts_with("ecr-rs/")
            && ua.contains(" api/ecr ")
            && ua.contains(" lang/rust/1."))
    );
    assert!(header("x-amz-security-token").is_none());
}

#[tokio::test]
async fn an_operation_without_members_sends_an_empty_object() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"repositories":[]}"#));
    let out = server
        .client(true)
        .describe_repositories()
        .send()
        .await
        .unwrap();
    assert!(out.repositories().is_empty());
    let raw = String::from_utf8(server.last_request()).unwrap();
    assert!(raw.ends_with("\r\n\r\n{}"), "{raw}");
}

#[test]
fn error_code_from_the_header_first() {
    let e = service(parse_error(
        400,
        &headers(&[
            (
                "x-amzn-errortype",
                "RepositoryNotFoundException:http://internal.amazon.com/",
            ),
            ("x-amzn-requestid", "rid-1"),
        ]),
        Bytes::from_static(br#"{"__type":"com.amazonaws.ecr#Other","message":"gone"}"#),
    ));
    assert_eq!(e.code(), "RepositoryNotFoundException");
    assert_eq!(e.message(), Some("gone"));
    assert_eq!(e.request_id(), Some("rid-1"));
    assert_eq!(e.status(), Some(400));
}

#[test]
fn error_code_from_the_body_code_then_type() {
    let e = service(parse_error(
        400,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"code":"ThrottlingException","__type":"X","Message":"slow down"}"#),
    ));
    assert_eq!(e.code(), "ThrottlingException");
    assert_eq!(e.message(), Some("slow down"));
    let e = service(parse_error(
        400,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/","errorMessage":"m"}"#),
    ));
    assert_eq!(e.code(), "FooError");
    assert_eq!(e.message(), Some("m"));
    let e = service(parse_error(
        400,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"__type":"com.amazonaws.ecr#LimitExceededException"}"#),
    ));
    assert_eq!(e.code(), "LimitExceededException");
    assert_eq!(e.message(), None);
}

#[test]
fn moto_style_error_with_both_message_spellings() {
    let e = service(parse_error(
        400,
        &headers(&[("X-Amzn-Errortype", "RepositoryNotFoundException"), ("x-amzn-requestid", "abc")]),
        Bytes::from_static(br#"{"__type": "RepositoryNotFoundException", "message": "The repository with name 'nosuch' does not exist", "Message": "The repository with name 'nosuch' does not exist"}"#),
    ));
    assert_eq!(e.code(), "RepositoryNotFoundException");
    assert_eq!(
        e.message(),
        Some("The repository with name 'nosuch' does not exist")
    );
    assert_eq!(
        e.to_string(),
        "RepositoryNotFoundException: The repository with name 'nosuch' does not exist (HTTP 400, request id abc)"
    );
}

#[test]
fn header_only_with_an_empty_or_broken_body() {
    let e = service(parse_error(
        503,
        &headers(&[("x-amzn-errortype", "ServiceUnavailable")]),
        Bytes::new(),
    ));
    assert_eq!(e.code(), "ServiceUnavailable");
    let e = service(parse_error(
        400,
        &headers(&[("x-amzn-errortype", "ServerException")]),
        Bytes::from_static(b"{not json"),
    ));
    assert_eq!(e.code(), "ServerException");
}

#[test]
fn xml_auth_errors_read_as_service_errors() {
    let body = r#"<?xml version="1.0" encoding="utf-8"?>
<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><Type>Sender</Type></Error></Errors></ErrorResponse>"#;
    let e = service(parse_error(
        403,
        &headers(&[
            ("content-type", "text/html; charset=utf-8"),
            ("x-amzn-requestid", "r"),
        ]),
        Bytes::from(body),
    ));
    assert_eq!(e.code(), "SignatureDoesNotMatch");
    assert_eq!(e.status(), Some(403));
    assert!(e.message().unwrap().starts_with("The request signature"));
}

#[test]
fn html_pages_and_codeless_json_are_response_errors() {
    let html = format!(
        "<!doctype html>\n<html><title>500 Internal Server Error</title>{}</html>",
        "x".repeat(500)
    );
    match parse_error(
        500,
        &headers(&[("content-type", "text/html")]),
        Bytes::from(html),
    ) {
        Error::Response(r) => {
            assert_eq!(r.status(), 500);
            assert!(r.excerpt().starts_with("<!doctype html>"));
            assert!(r.excerpt().chars().count() <= ecr_runtime::ResponseError::EXCERPT_CHARS + 3);
            assert!(r.to_string().contains("HTTP 500"));
        }
        other => panic!("expected a response error, got {other:?}"),
    }
    match parse_error(
        502,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"message":"bad gateway"}"#),
    ) {
        Error::Response(r) => assert_eq!(r.reason(), "an error response without an error code"),
        other => panic!("expected a response error, got {other:?}"),
    }
    match parse_error(
        500,
        &HeaderMap::new(),
        Bytes::from_static(b"\xff\xfe binary"),
    ) {
        Error::Response(r) => assert_eq!(r.status(), 500),
        other => panic!("expected a response error, got {other:?}"),
    }
}

#[test]
fn modeled_codes_become_typed_errors_and_others_stay_unmodeled() {
    let body =
        Bytes::from_static(br#"{"__type":"RepositoryNotFoundException","message":"no repo"}"#);
    let err = BatchGetImageError::from(parse_error(
        400,
        &headers(&[("x-amzn-requestid", "id-7")]),
        body,
    ));
    assert!(err.is_repository_not_found());
    let BatchGetImageError::RepositoryNotFound(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.message(), Some("no repo"));
    assert_eq!(e.meta().request_id(), Some("id-7"));
    assert_eq!(
        err.to_string(),
        "RepositoryNotFoundException: no repo (HTTP 400, request id id-7)"
    );

    let err = BatchGetImageError::from(parse_error(
        400,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"__type":"ThrottlingException","message":"Rate exceeded"}"#),
    ));
    let BatchGetImageError::Unmodeled(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.code(), "ThrottlingException");
    assert_eq!(err.code(), Some("ThrottlingException"));
    assert_eq!(err.message(), Some("Rate exceeded"));
}

/// The request most tests send: tag `v1` of `repo`.
async fn get_v1(
    client: &ecr::Client,
) -> Result<ecr::operations::BatchGetImageResponse, BatchGetImageError> {
    client
        .batch_get_image()
        .repository_name("repo")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
}

async fn answer(response: &[u8]) -> BatchGetImageError {
    let server = CannedServer::start(response.to_vec());
    get_v1(&server.client(true)).await.unwrap_err()
}

#[tokio::test]
async fn hostile_success_bodies_are_typed_errors() {
    for body in [
        "not json",
        r#"{"images": 5}"#,
        r#"{"images":[{"imageId":"x"}]}"#,
        "[1,2]",
        r#"{"images":[{"registryId":"#,
    ] {
        let err = answer(&CannedServer::json_200(body)).await;
        let BatchGetImageError::Runtime(Error::Response(r)) = &err else {
            panic!("{body}: {err:?}")
        };
        assert_eq!(r.status(), 200);
        assert_eq!(r.request_id(), Some("req-1"));
        assert!(
            r.reason()
                .contains("BatchGetImage response that does not parse"),
            "{}",
            r.reason()
        );
    }
}

#[tokio::test]
async fn an_unparseable_success_body_is_never_quoted() {
    // Secrets in answers that do not parse: of the wrong shape (serde would quote the value),
    // cut short, or a value of the wrong type next to one.
    for (body, what) in [
        (
            r#"{"images":[{"imageManifest":"SECRET-1","registryId":{"x":1}}]}"#,
            "JSON of another shape than the operation's output",
        ),
        (
            r#"{"images":[{"registryId":5,"imageManifest":"SECRET-2"}]}"#,
            "JSON of another shape than the operation's output",
        ),
        (r#"{"images":[{"imageManifest":"SECRET-3"#, "JSON cut short"),
        (
            r#"{"failures":[{"failureReason":"SECRET-4"}] nonsense"#,
            "not JSON",
        ),
        (
            r#"{"images":[{"imageId":{"imageTag":"SECRET-5x"}, "imageManifest": 7}]}"#,
            "JSON of another shape than the operation's output",
        ),
    ] {
        let err = answer(&CannedServer::json_200(body)).await;
        let text = format!("{err} {err:?}");
        assert!(!text.contains("SECRET"), "{body}: {text}");
        let BatchGetImageError::Runtime(Error::Response(r)) = &err else {
            panic!("{body}: {err:?}")
        };
        let reason = r.reason();
        assert!(
            reason.starts_with(&format!(
                "a BatchGetImage response that does not parse: {what} (line 1, column "
            )),
            "{body}: {reason}"
        );
        assert_eq!(r.excerpt(), "");
    }
}

#[tokio::test]
async fn unknown_members_and_enum_values_are_kept_or_ignored() {
    let body = r#"{"images":[],"failures":[{"imageId":{"imageTag":"x"},"failureCode":"BrandNewCode","failureReason":"r","extra":{"deep":[1,{"a":null}]}}],"unknownTop":true}"#;
    let server = CannedServer::start(CannedServer::json_200(body));
    let out = server
        .client(true)
        .batch_get_image()
        .repository_name("repo")
        .image_ids(ImageIdentifier::tag("x"))
        .send()
        .await
        .unwrap();
    let code = out.failures()[0].failure_code().unwrap();
    assert_eq!(
        code,
        &ecr::types::ImageFailureCode::Unknown("BrandNewCode".into())
    );
    assert_eq!(code.as_str(), "BrandNewCode");
}

#[tokio::test]
async fn a_connection_closed_mid_body_is_a_transport_error() {
    let err = answer(b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"images\":").await;
    let BatchGetImageError::Runtime(Error::Transport(t)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::Io);
    let err = answer(b"garbage that is not HTTP\r\n\r\n").await;
    assert!(
        matches!(err, BatchGetImageError::Runtime(Error::Transport(_))),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let body = format!(
        r#"{{"images":[],"failures":[],"pad":"{}"}}"#,
        "x".repeat(4096)
    );
    let server = CannedServer::start(CannedServer::json_200(&body));
    let config = ecr::Config::builder()
        .region("us-east-1")
        .credentials(ecr::Credentials::new("AKID", "SECRET"))
        .endpoint_url(server.endpoint())
        .http_client(
            ecr_runtime::http::ReqwestClient::new()
                .unwrap()
                .max_body_bytes(1024),
        )
        .build();
    let err = get_v1(&ecr::Client::new(&config)).await.unwrap_err();
    let BatchGetImageError::Runtime(Error::Transport(t)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::BodyTooLarge);
}

#[tokio::test]
async fn nothing_listening_is_a_connect_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = ecr::Config::builder()
        .region("us-east-1")
        .credentials(ecr::Credentials::new("AKID", "SECRET"))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .build();
    let err = get_v1(&ecr::Client::new(&config)).await.unwrap_err();
    let BatchGetImageError::Runtime(Error::Transport(t)) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind(), TransportErrorKind::Connect);
}

#[tokio::test]
async fn configuration_problems_surface_on_the_first_call() {
    let config = ecr::Config::builder()
        .credentials(ecr::Credentials::new("AKID", "SECRET"))
        .env(ecr_runtime::Env::from_vars([("HOME", "/nonexistent")]))
        .build();
    let err = get_v1(&ecr::Client::new(&config)).await.unwrap_err();
    assert!(
        matches!(err, BatchGetImageError::Runtime(Error::Config(_))),
        "{err:?}"
    );
    assert!(err.to_string().contains("no region"), "{err}");
}

#[tokio::test]
async fn session_tokens_are_sent_and_signed() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"images":[],"failures":[]}"#));
    let config = ecr::Config::builder()
        .region("eu-central-1")
        .credentials(
            ecr::Credentials::new("ASIATEMP", "secret").with_session_token("session-token-value"),
        )
        .endpoint_url(server.endpoint())
        .build();
    get_v1(&ecr::Client::new(&config)).await.unwrap();
    let raw = String::from_utf8(server.last_request()).unwrap();
    let lower = raw.to_ascii_lowercase();
    assert!(
        lower.contains("\r\nx-amz-security-token: session-token-value\r\n"),
        "{raw}"
    );
    assert!(raw.contains("Credential=ASIATEMP/"), "{raw}");
    assert!(raw.contains("/eu-central-1/ecr/aws4_request"), "{raw}");
    let signed = raw
        .split("SignedHeaders=")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    assert!(
        signed.split(';').any(|h| h == "x-amz-security-token"),
        "{signed}"
    );
}

#[tokio::test]
async fn responses_are_not_held_to_request_constraints() {
    // An empty tag, a one-letter repository name, a registry id that is not 12 digits: a request
    // with these would be refused, a response with them is read as it is.
    let body = r#"{"images":[{"registryId":"1","repositoryName":"a","imageId":{"imageTag":""}}],"failures":[]}"#;
    let server = CannedServer::start(CannedServer::json_200(body));
    let out = get_v1(&server.client(true)).await.unwrap();
    assert_eq!(out.images()[0].repository_name(), Some("a"));
    assert_eq!(
        out.images()[0].image_id().and_then(|i| i.image_tag()),
        Some("")
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    let token = "FwoGZXIvYXdzEXAMPLETOKEN";
    let config = ecr::Config::builder()
        .region("us-east-1")
        .credentials(ecr::Credentials::new("AKIDEXAMPLE", secret).with_session_token(token))
        .build();
    let client = ecr::Client::new(&config);
    for shown in [
        format!("{config:?}"),
        format!("{client:?}"),
        format!("{config:#?}"),
    ] {
        assert!(!shown.contains(secret), "{shown}");
        assert!(!shown.contains(token), "{shown}");
    }
}

#[tokio::test]
async fn json_auth_errors_as_real_ecr_sends_them() {
    let body = r#"{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}"#;
    let response = format!(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-RequestId: 1e3f-real\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let err = answer(response.as_bytes()).await;
    let BatchGetImageError::Unmodeled(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.code(), "UnrecognizedClientException");
    assert_eq!(
        err.to_string(),
        "UnrecognizedClientException: The security token included in the request is invalid. (HTTP 400, request id 1e3f-real)"
    );
    let body = r#"{"__type":"InvalidSignatureException","message":"The request signature we calculated does not match the signature you provided."}"#;
    let response = format!(
        "HTTP/1.1 403 Forbidden\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-ErrorType: InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let err = answer(response.as_bytes()).await;
    assert_eq!(err.code(), Some("InvalidSignatureException"));
    assert_eq!(err.meta().and_then(|m| m.status()), Some(403));
}

/// A transport of the caller's own: records each request and answers without a network.
#[derive(Debug, Clone, Default)]
struct Recording {
    seen: std::sync::Arc<std::sync::Mutex<Vec<ecr_runtime::http::HttpRequest>>>,
}

impl ecr_runtime::http::HttpClient for Recording {
    fn send(
        &self,
        request: ecr_runtime::http::HttpRequest,
    ) -> ecr_runtime::credentials::BoxFuture<
        '_,
        Result<ecr_runtime::http::HttpResponse, ecr_runtime::TransportError>,
    > {
        self.seen.lock().unwrap().push(request);
        let response = http::Response::builder()
            .status(200)
            .header("x-amzn-requestid", "recorded")
            .body(Bytes::from_static(
                br#"{"images":[],"failures":[{"failureCode":"ImageNotFound"}]}"#,
            ))
            .unwrap();
        Box::pin(async move { Ok(response) })
    }
}

#[tokio::test]
async fn a_transport_of_ones_own_plugs_in() {
    let recording = Recording::default();
    let config = ecr::Config::builder()
        .region("ap-southeast-2")
        .credentials(ecr::Credentials::new("AKID", "SECRET"))
        .http_client(recording.clone())
        .build();
    let out = get_v1(&ecr::Client::new(&config)).await.unwrap();
    assert_eq!(
        out.failures()[0].failure_code(),
        Some(&ecr::types::ImageFailureCode::ImageNotFound)
    );
    let seen = recording.seen.lock().unwrap();
    assert_eq!(seen.len(), 1);
    assert_eq!(
        seen[0].uri(),
        "https://api.ecr.ap-southeast-2.amazonaws.com/"
    );
    assert!(seen[0].headers().contains_key("authorization"));
    assert_eq!(
        seen[0].body().as_ref(),
        br#"{"repositoryName":"repo","imageIds":[{"imageTag":"v1"}]}"#
    );
}

#[test]
fn every_truncation_of_a_response_reads_without_panicking() {
    let full = format!(
        r#"{{"images":[{{"registryId":"123456789012","repositoryName":"demo/app","imageId":{{"imageDigest":"sha256:9d1d","imageTag":"v1"}},"imageManifest":{},"imageManifestMediaType":"application/vnd.docker.distribution.manifest.v2+json"}}],"failures":[{{"imageId":{{"imageTag":"nope"}},"failureCode":"ImageNotFound","failureReason":"Requested image not found"}}]}}"#,
        serde_json::to_string(tests::MANIFEST).unwrap()
    );
    let parsed: ecr::operations::BatchGetImageResponse = serde_json::from_str(&full).unwrap();
    assert_eq!(parsed.images()[0].image_manifest(), Some(tests::MANIFEST));
    for end in 0..full.len() {
        let cut = &full.as_bytes()[..end];
        assert!(serde_json::from_slice::<ecr::operations::BatchGetImageResponse>(cut).is_err());
        let _ = parse_error(400, &HeaderMap::new(), Bytes::copy_from_slice(cut));
    }
    let error = br#"{"__type":"com.amazonaws.ecr#RepositoryNotFoundException","message":"x"}"#;
    for end in 0..error.len() {
        match parse_error(
            400,
            &HeaderMap::new(),
            Bytes::copy_from_slice(&error[..end]),
        ) {
            Error::Service(_) | Error::Response(_) => {}
            other => panic!("{other:?}"),
        }
    }
}

#[tokio::test]
async fn secrets_from_files_and_environment_stay_out_of_debug_output() {
    let dir = std::env::temp_dir().join(format!("ecr-debug-secrets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let credentials = dir.join("credentials");
    std::fs::write(
        &credentials,
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret-value\naws_session_token = file-token-value\n",
    )
    .unwrap();
    let env = ecr_runtime::Env::from_vars([
        ("HOME", dir.to_str().unwrap()),
        ("AWS_REGION", "us-east-1"),
        ("AWS_SHARED_CREDENTIALS_FILE", credentials.to_str().unwrap()),
        ("AWS_ACCESS_KEY_ID", "AKIDENV"),
        ("AWS_SECRET_ACCESS_KEY", "env-secret-value"),
    ]);
    let config = ecr::Config::loader().env(env).load().await.unwrap();
    let client = ecr::Client::new(&config);
    for shown in [
        format!("{config:?}"),
        format!("{config:#?}"),
        format!("{client:?}"),
    ] {
        for secret in ["file-secret-value", "file-token-value", "env-secret-value"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }
    // The names are still there to debug with.
    assert!(format!("{config:?}").contains("AWS_SECRET_ACCESS_KEY"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_empty_code_falls_back_to_the_type() {
    let e = service(parse_error(
        400,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"code":"","__type":"com.example#FooError"}"#),
    ));
    assert_eq!(e.code(), "FooError");
}

#[test]
fn operation_errors_are_transparent() {
    use std::error::Error as _;
    let err = BatchGetImageError::from(parse_error(
        400,
        &HeaderMap::new(),
        Bytes::from_static(br#"{"__type":"RepositoryNotFoundException","message":"gone"}"#),
    ));
    // Display is the inner error's; source is the inner error's source, so a report that walks
    // the chain does not repeat the message.
    assert_eq!(
        err.to_string(),
        "RepositoryNotFoundException: gone (HTTP 400)"
    );
    assert!(err.source().is_none());
}

#[tokio::test]
async fn an_explicit_configuration_reads_endpoints_from_the_environment_only_when_asked() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"images":[],"failures":[]}"#));
    let base = || {
        ecr::Config::builder()
            .region("us-east-1")
            .credentials(ecr::Credentials::new("AKID", "SECRET"))
    };
    let opted_in = base()
        .env(ecr_runtime::Env::from_vars([(
            "AWS_ENDPOINT_URL_ECR",
            server.endpoint(),
        )]))
        .build();
    get_v1(&ecr::Client::new(&opted_in)).await.unwrap();
    assert_eq!(server.connections(), 1);
    let explicit = ecr::Client::new(&base().build());
    assert_eq!(
        explicit.runtime().endpoint().unwrap().uri(),
        "https://api.ecr.us-east-1.amazonaws.com/"
    );
}
