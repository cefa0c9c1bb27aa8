//! The loopback ECR of `tests::ecr_server`, driven with raw HTTP over plain TCP: what it refuses,
//! that it answers every operation of the model with a valid response, paging, scripted
//! statuses, injected errors, keep-alive, and odd input.

use base64::Engine as _;
use bytes::Bytes;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, SystemTime};
use tests::ecr_server::{PAGINATED_OPERATIONS, TEST_ACCESS_KEY, TEST_SECRET_KEY, item_digest};
use tests::model::{Model, UNKNOWN_MEMBER};
use tests::{EcrServer, REGION};

/// One keep-alive connection to a server.
struct Conn {
    stream: TcpStream,
    host: String,
    buf: Vec<u8>,
}

/// A response as read: status, headers (lower-case names), body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn code(&self) -> String {
        self.json()["__type"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Conn {
    fn open(server: &EcrServer) -> Conn {
        let host = server.endpoint().trim_start_matches("http://").to_owned();
        let stream = TcpStream::connect(&host).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        Conn {
            stream,
            host,
            buf: Vec::new(),
        }
    }

    /// The bytes of a request, signed with `secret` when given.
    fn request_bytes(&self, target: Option<&str>, body: &str, secret: Option<&str>) -> Vec<u8> {
        let mut builder = http::Request::builder()
            .method("POST")
            .uri(format!("http://{}/", self.host))
            .header("content-type", "application/x-amz-json-1.1");
        if let Some(t) = target {
            builder = builder.header("x-amz-target", t);
        }
        let mut request = builder.body(Bytes::from(body.to_owned())).expect("request");
        if let Some(secret) = secret {
            let credentials = ecr_runtime::Credentials::new(TEST_ACCESS_KEY, secret);
            ecr_runtime::sign::sign(&mut request, &credentials, REGION, "ecr", SystemTime::now())
                .expect("signed");
        }
        let mut out = format!("POST / HTTP/1.1\r\nhost: {}\r\n", self.host);
        for (k, v) in request.headers() {
            out.push_str(&format!(
                "{}: {}\r\n",
                k.as_str(),
                v.to_str().expect("ASCII")
            ));
        }
        out.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(body.as_bytes());
        bytes
    }

    fn send_raw(&mut self, bytes: &[u8]) -> Answer {
        self.stream.write_all(bytes).expect("write");
        self.read_answer()
    }

    /// A signed request of `operation`.
    fn call(&mut self, operation: &str, body: &Value) -> Answer {
        let target = Model::shared().target(operation);
        let bytes = self.request_bytes(Some(&target), &body.to_string(), Some(TEST_SECRET_KEY));
        self.send_raw(&bytes)
    }

    fn read_answer(&mut self) -> Answer {
        let mut chunk = [0u8; 8192];
        loop {
            if let Some(end) = find(&self.buf, b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&self.buf[..end]).into_owned();
                let mut lines = head.split("\r\n");
                let status: u16 = lines
                    .next()
                    .and_then(|l| l.split(' ').nth(1))
                    .and_then(|s| s.parse().ok())
                    .expect("a status line");
                let headers: Vec<(String, String)> = lines
                    .filter_map(|l| l.split_once(':'))
                    .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
                    .collect();
                let length: usize = headers
                    .iter()
                    .find(|(k, _)| k == "content-length")
                    .and_then(|(_, v)| v.parse().ok())
                    .expect("a Content-Length");
                if self.buf.len() >= end + 4 + length {
                    let body = self.buf[end + 4..end + 4 + length].to_vec();
                    self.buf.drain(..end + 4 + length);
                    return Answer {
                        status,
                        headers,
                        body,
                    };
                }
            }
            let n = self.stream.read(&mut chunk).expect("read");
            assert!(n > 0, "the server closed the connection mid-answer");
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }

    /// Whether the server closed the connection (reads end of stream).
    fn closed(&mut self) -> bool {
        let mut byte = [0u8; 1];
        matches!(self.stream.read(&mut byte), Ok(0) | Err(_))
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A valid input for `operation`, without a token (a sample token is not one the server issued).
fn sample_input(operation: &str) -> Value {
    let model = Model::shared();
    let mut input = model.sample(model.input_shape(operation).expect("an input"));
    if let Some(o) = input.as_object_mut() {
        o.remove("nextToken");
    }
    input
}

#[test]
fn unsigned_requests_are_refused() {
    let server = EcrServer::start();
    let mut conn = Conn::open(&server);
    let target = Model::shared().target("DescribeRegistry");
    let bytes = conn.request_bytes(Some(&target), "{}", None);
    let answer = conn.send_raw(&bytes);
    assert_eq!(answer.status, 403);
    assert_eq!(answer.code(), "UnrecognizedClientException");
    assert!(answer.header("x-amzn-requestid").is_some());
    assert_eq!(
        answer.header("content-type"),
        Some("application/x-amz-json-1.1")
    );

    // A header of the wrong form is refused the same way.
    let forged = String::from_utf8(bytes).expect("text").replace(
        "content-type:",
        "authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=00\r\ncontent-type:",
    );
    let answer = conn.send_raw(forged.as_bytes());
    assert_eq!(answer.status, 403);
    assert_eq!(answer.code(), "UnrecognizedClientException");

    let recorded = server.requests();
    assert_eq!(recorded.len(), 2);
    assert_eq!(recorded[0].operation(), "DescribeRegistry");
    assert_eq!(recorded[0].status, 403);
    assert_eq!(recorded[0].body, json!({}));
}

#[test]
fn unknown_targets_are_refused() {
    let server = EcrServer::start();
    let mut conn = Conn::open(&server);
    for target in [
        Some("AmazonEC2ContainerRegistry_V20150921.NoSuchOperation"),
        Some("Logs_20140328.DescribeLogGroups"),
        Some("AmazonEC2ContainerRegistry_V20150921"),
        None,
    ] {
        let bytes = conn.request_bytes(target, "{}", Some(TEST_SECRET_KEY));
        let answer = conn.send_raw(&bytes);
        assert_eq!(answer.status, 400, "{target:?}");
        assert_eq!(answer.code(), "UnknownOperationException", "{target:?}");
    }
}

#[test]
fn invalid_bodies_are_refused() {
    let server = EcrServer::start();
    let mut conn = Conn::open(&server);
    let answer = conn.call("ListImages", &json!({}));
    assert_eq!(answer.status, 400);
    assert_eq!(answer.code(), "InvalidParameterException");
    let message = answer.json()["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(message.contains("repositoryName"), "{message}");

    for body in [json!([]), json!("text"), json!(null)] {
        let answer = conn.call("DescribeRegistry", &body);
        assert_eq!(answer.status, 400, "{body}");
        assert_eq!(answer.code(), "InvalidParameterException");
    }
    let target = Model::shared().target("DescribeRegistry");
    let bytes = conn.request_bytes(Some(&target), "{not json", Some(TEST_SECRET_KEY));
    let answer = conn.send_raw(&bytes);
    assert_eq!(answer.status, 400);
    assert_eq!(answer.code(), "InvalidParameterException");
    assert_eq!(
        server.requests().last().map(|r| r.body.clone()),
        Some(json!("{not json"))
    );

    // Nested required members, constraints, wrong types and unknown members are caught too.
    let answer = conn.call(
        "BatchGetImage",
        &json!({"repositoryName": "A", "imageIds": [{"imageTag": ""}], "acceptedMediaTypes": "x", "bogus": 1}),
    );
    assert_eq!(answer.status, 400);
    let message = answer.json()["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    for part in [
        "repositoryName: length 1",
        "repositoryName: value \"A\" does not match",
        "imageIds[0].imageTag: length 0",
        "acceptedMediaTypes: expected a JSON array",
        "bogus: unknown member",
    ] {
        assert!(message.contains(part), "{part} not in {message}");
    }
    let answer = conn.call(
        "StartImageScan",
        &json!({"repositoryName": "app", "imageId": {"imageTag": "v1"}, "registryId": "12"}),
    );
    assert_eq!(answer.status, 400);
    let answer = conn.call(
        "ListImages",
        &json!({"repositoryName": "app", "maxResults": 0}),
    );
    assert_eq!(answer.status, 400);
    let answer = conn.call(
        "ListImages",
        &json!({"repositoryName": "app", "maxResults": 1e3}),
    );
    assert_eq!(answer.status, 400, "a float is not an integer");
}

#[test]
fn every_operation_answers_with_a_model_valid_response() {
    let server = EcrServer::start();
    let model = Model::shared();
    let mut conn = Conn::open(&server);
    let operations = model.operations();
    assert_eq!(operations.len(), 62);
    for operation in &operations {
        let input = sample_input(operation);
        let answer = conn.call(operation, &input);
        assert_eq!(
            answer.status,
            200,
            "{operation}: {}",
            String::from_utf8_lossy(&answer.body)
        );
        let output = answer.json();
        assert!(output.is_object(), "{operation}: {output}");
        let shape = model.output_shape(operation).expect("output");
        for (member, _) in model.members(shape) {
            assert!(
                output.get(member).is_some(),
                "{operation}: {member} missing from {output}"
            );
        }
        let violations = model.validate(shape, &output);
        assert!(violations.is_empty(), "{operation}: {violations:?}");
        assert!(answer.header("x-amzn-requestid").is_some());
    }
    // All over one keep-alive connection, each recorded.
    let recorded = server.requests();
    assert_eq!(recorded.len(), 62);
    assert!(recorded.iter().all(|r| r.status == 200));
    assert_eq!(recorded[0].operation(), operations[0]);
    assert!(recorded[0].header("Authorization").is_some());
}

#[test]
fn inputs_are_echoed_where_the_output_has_the_member() {
    let server = EcrServer::start();
    let mut conn = Conn::open(&server);
    let answer = conn.call(
        "DescribeImageScanFindings",
        &json!({"repositoryName": "team/app", "imageId": {"imageTag": "v7"}}),
    );
    assert_eq!(answer.status, 200);
    let out = answer.json();
    assert_eq!(out["repositoryName"], "team/app");
    assert_eq!(out["imageId"], json!({"imageTag": "v7"}));
    assert_eq!(out["imageScanStatus"]["status"], "COMPLETE");
}

/// Pages of ListImages: (tags, nextToken).
fn list_images_pages(
    conn: &mut Conn,
    max_results: Option<u32>,
) -> Vec<(Vec<String>, Option<String>)> {
    let mut pages = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut input = json!({"repositoryName": "app"});
        if let Some(m) = max_results {
            input["maxResults"] = json!(m);
        }
        if let Some(t) = &token {
            input["nextToken"] = json!(t);
        }
        let answer = conn.call("ListImages", &input);
        assert_eq!(
            answer.status,
            200,
            "{}",
            String::from_utf8_lossy(&answer.body)
        );
        let out = answer.json();
        let tags = out["imageIds"]
            .as_array()
            .expect("imageIds")
            .iter()
            .map(|i| i["imageTag"].as_str().expect("a tag").to_owned())
            .collect();
        token = out
            .get("nextToken")
            .and_then(Value::as_str)
            .map(str::to_owned);
        pages.push((tags, token.clone()));
        if token.is_none() || pages.len() > 100 {
            return pages;
        }
    }
}

#[test]
fn list_operations_page_for_real() {
    let server = EcrServer::start();
    server.set_items("ListImages", 25);
    let mut conn = Conn::open(&server);
    let pages = list_images_pages(&mut conn, Some(10));
    let sizes: Vec<usize> = pages.iter().map(|(tags, _)| tags.len()).collect();
    assert_eq!(sizes, [10, 10, 5]);
    assert!(pages[0].1.is_some() && pages[1].1.is_some() && pages[2].1.is_none());
    assert_ne!(pages[0].1, pages[1].1);
    for (_, token) in &pages[..2] {
        let token = token.as_deref().unwrap_or_default();
        assert!(
            token.parse::<u64>().is_err(),
            "an opaque token, not {token}"
        );
    }
    let tags: Vec<String> = pages.into_iter().flat_map(|(tags, _)| tags).collect();
    let expected: Vec<String> = (0..25).map(|i| format!("tag-{i}")).collect();
    assert_eq!(tags, expected, "every item once, in order");

    // Without maxResults: pages of 10. Default collection: 3 items, one page.
    assert_eq!(list_images_pages(&mut conn, None).len(), 3);
    server.set_items("ListImages", 3);
    let pages = list_images_pages(&mut conn, None);
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].0, ["tag-0", "tag-1", "tag-2"]);

    // Digests differ too; the request carried the token.
    let answer = conn.call(
        "ListImages",
        &json!({"repositoryName": "app", "maxResults": 2}),
    );
    let out = answer.json();
    assert_eq!(out["imageIds"][1]["imageDigest"], json!(item_digest(1)));
    let token = out["nextToken"].as_str().expect("a token").to_owned();
    conn.call(
        "ListImages",
        &json!({"repositoryName": "app", "nextToken": token}),
    );
    let last = server.requests().pop().expect("recorded");
    assert_eq!(last.body["nextToken"], json!(token));
}

#[test]
fn every_paginated_operation_pages() {
    let server = EcrServer::start();
    let model = Model::shared();
    let mut conn = Conn::open(&server);
    for (operation, keys) in PAGINATED_OPERATIONS {
        server.set_items(operation, 5);
        let mut input = sample_input(operation);
        input["maxResults"] = json!(2);
        let mut seen: Vec<Vec<Value>> = vec![Vec::new(); keys.len()];
        let mut pages = 0;
        loop {
            let answer = conn.call(operation, &input);
            assert_eq!(
                answer.status,
                200,
                "{operation}: {}",
                String::from_utf8_lossy(&answer.body)
            );
            let out = answer.json();
            let shape = model.output_shape(operation).expect("output");
            assert!(model.validate(shape, &out).is_empty(), "{operation}: {out}");
            for (k, key) in keys.iter().enumerate() {
                let mut at = &out;
                for part in key.split('.') {
                    at = &at[part];
                }
                seen[k].extend(at.as_array().expect("a list").iter().cloned());
            }
            pages += 1;
            match out.get("nextToken").and_then(Value::as_str) {
                Some(t) => input["nextToken"] = json!(t),
                None => break,
            }
            assert!(pages < 10, "{operation} does not end");
        }
        assert_eq!(pages, 3, "{operation}");
        for items in &seen {
            assert_eq!(items.len(), 5, "{operation}");
            for (i, a) in items.iter().enumerate() {
                assert!(!items[i + 1..].contains(a), "{operation}: duplicate {a}");
            }
        }
    }
}

#[test]
fn forged_and_foreign_tokens_are_refused() {
    let server = EcrServer::start();
    server.set_items("ListImages", 25);
    server.set_items("DescribeRepositories", 25);
    let mut conn = Conn::open(&server);
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
    for token in [
        b64("ListImages:10:0"),
        "10".to_owned(),
        "sample".to_owned(),
        String::new(),
    ] {
        let answer = conn.call(
            "ListImages",
            &json!({"repositoryName": "app", "nextToken": token}),
        );
        assert_eq!(answer.status, 400, "{token:?}");
        assert_eq!(answer.code(), "InvalidParameterException");
    }
    let answer = conn.call("DescribeRepositories", &json!({"maxResults": 10}));
    let foreign = answer.json()["nextToken"]
        .as_str()
        .expect("a token")
        .to_owned();
    let answer = conn.call(
        "ListImages",
        &json!({"repositoryName": "app", "nextToken": foreign}),
    );
    assert_eq!(answer.status, 400);
    assert_eq!(answer.code(), "InvalidParameterException");
    // The token is good for its own operation.
    let answer = conn.call("DescribeRepositories", &json!({"nextToken": foreign}));
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.json()["repositories"][0]["repositoryName"],
        "repo-10"
    );
}

#[test]
fn a_repeating_token_repeats() {
    let server = EcrServer::start();
    server.repeat_token("ListImages");
    let mut conn = Conn::open(&server);
    let mut input = json!({"repositoryName": "app", "maxResults": 2});
    let mut tokens = Vec::new();
    for _ in 0..4 {
        let out = conn.call("ListImages", &input).json();
        let token = out["nextToken"].as_str().expect("a token").to_owned();
        input["nextToken"] = json!(token);
        tokens.push(token);
    }
    assert!(tokens.windows(2).all(|w| w[0] == w[1]), "{tokens:?}");
    // Other operations page normally.
    let out = conn.call("DescribeRepositories", &json!({})).json();
    assert!(out.get("nextToken").is_none());
}

#[test]
fn statuses_follow_their_script() {
    let server = EcrServer::start();
    server.script_status(
        "DescribeImageScanFindings",
        &["IN_PROGRESS", "IN_PROGRESS", "COMPLETE"],
    );
    server.script_status("GetLifecyclePolicyPreview", &["IN_PROGRESS", "FAILED"]);
    let mut conn = Conn::open(&server);
    let scan = json!({"repositoryName": "app", "imageId": {"imageTag": "v1"}});
    let statuses: Vec<Value> = (0..5)
        .map(|_| {
            conn.call("DescribeImageScanFindings", &scan).json()["imageScanStatus"]["status"]
                .clone()
        })
        .collect();
    assert_eq!(
        statuses,
        [
            "IN_PROGRESS",
            "IN_PROGRESS",
            "COMPLETE",
            "COMPLETE",
            "COMPLETE"
        ]
    );
    let preview = json!({"repositoryName": "app"});
    let statuses: Vec<Value> = (0..3)
        .map(|_| conn.call("GetLifecyclePolicyPreview", &preview).json()["status"].clone())
        .collect();
    assert_eq!(statuses, ["IN_PROGRESS", "FAILED", "FAILED"]);
    // By default: COMPLETE.
    let fresh = EcrServer::start();
    let mut conn = Conn::open(&fresh);
    let out = conn.call("GetLifecyclePolicyPreview", &preview).json();
    assert_eq!(out["status"], "COMPLETE");
}

#[test]
fn errors_can_be_injected() {
    let server = EcrServer::start();
    server.fail_with(
        "GetRegistryPolicy",
        400,
        "RegistryPolicyNotFoundException",
        "no policy",
    );
    server.fail_times("DescribeRegistry", 2, 500, "ServerException", "try again");
    let mut conn = Conn::open(&server);
    for _ in 0..2 {
        let answer = conn.call("GetRegistryPolicy", &json!({}));
        assert_eq!(answer.status, 400);
        assert_eq!(
            answer.json(),
            json!({"__type": "RegistryPolicyNotFoundException", "message": "no policy"})
        );
    }
    let statuses: Vec<u16> = (0..3)
        .map(|_| conn.call("DescribeRegistry", &json!({})).status)
        .collect();
    assert_eq!(statuses, [500, 500, 200]);
    server.clear_failure("GetRegistryPolicy");
    assert_eq!(conn.call("GetRegistryPolicy", &json!({})).status, 200);
    // Checks come first: an invalid request is refused as such.
    server.fail_with("ListImages", 400, "RepositoryNotFoundException", "none");
    assert_eq!(
        conn.call("ListImages", &json!({})).code(),
        "InvalidParameterException"
    );
}

#[test]
fn unknowns_can_be_answered() {
    let server = EcrServer::start();
    server.set_unknowns(true);
    let mut conn = Conn::open(&server);
    let out = conn.call("DescribeRepositories", &json!({})).json();
    assert_eq!(out[UNKNOWN_MEMBER], 1);
    assert_eq!(out["repositories"][0][UNKNOWN_MEMBER], 1);
    assert_eq!(out["repositories"][0]["imageTagMutability"], "FUTURE_VALUE");
    assert_eq!(out["repositories"][2]["repositoryName"], "repo-2");
}

#[test]
fn signatures_can_be_verified() {
    let server = EcrServer::start();
    server.verify_signatures(true);
    let mut conn = Conn::open(&server);
    assert_eq!(conn.call("DescribeRegistry", &json!({})).status, 200);
    let target = Model::shared().target("DescribeRegistry");
    let bytes = conn.request_bytes(Some(&target), "{}", Some("wrong-secret"));
    let answer = conn.send_raw(&bytes);
    assert_eq!(answer.status, 403);
    assert_eq!(answer.code(), "InvalidSignatureException");
    // A body changed after signing.
    let bytes = conn.request_bytes(Some(&target), "{}", Some(TEST_SECRET_KEY));
    let text = String::from_utf8(bytes).expect("text");
    let tampered = text.replace(
        "content-length: 2\r\n\r\n{}",
        "content-length: 3\r\n\r\n{ }",
    );
    assert_ne!(text, tampered);
    assert_eq!(conn.send_raw(tampered.as_bytes()).status, 403);
}

#[test]
fn connections_stay_open_and_bodies_are_framed_by_content_length() {
    let server = EcrServer::start();
    let mut conn = Conn::open(&server);
    let target = Model::shared().target("ListImages");
    let body = json!({"repositoryName": "app"}).to_string();
    // Two pipelined requests, written in small pieces.
    let mut bytes = conn.request_bytes(Some(&target), &body, Some(TEST_SECRET_KEY));
    bytes.extend(conn.request_bytes(Some(&target), &body, Some(TEST_SECRET_KEY)));
    for piece in bytes.chunks(7) {
        conn.stream.write_all(piece).expect("write");
        conn.stream.flush().expect("flush");
    }
    assert_eq!(conn.read_answer().status, 200);
    assert_eq!(conn.read_answer().status, 200);
    assert_eq!(server.requests().len(), 2);
    assert_eq!(server.requests()[1].body, json!({"repositoryName": "app"}));
}

#[test]
fn odd_input_gets_an_answer_not_a_crash() {
    let server = EcrServer::start();
    let cases: [&[u8]; 6] = [
        b"GARBAGE\r\n\r\n",
        b"POST / HTTP/1.1\r\nno colon here\r\n\r\n",
        b"POST / HTTP/1.1\r\ncontent-length: many\r\n\r\n",
        b"POST / HTTP/1.1\r\ncontent-length: 99999999999\r\n\r\n",
        b"POST / HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n",
        b"POST / HTTP/1.1\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}",
    ];
    for case in cases {
        let mut conn = Conn::open(&server);
        let answer = conn.send_raw(case);
        assert!(
            (400..500).contains(&answer.status),
            "{}: {}",
            String::from_utf8_lossy(case),
            answer.status
        );
        assert!(conn.closed(), "closed after an unreadable request");
    }
    let mut conn = Conn::open(&server);
    let answer = conn.send_raw(b"GET / HTTP/1.1\r\nhost: x\r\n\r\n");
    assert_eq!(answer.status, 405);
    let answer = conn.send_raw(&[0xff; 70_000]);
    assert_eq!(answer.status, 431);
    // Still serving.
    let mut conn = Conn::open(&server);
    assert_eq!(conn.call("DescribeRegistry", &json!({})).status, 200);
    // A client that goes away mid-request does no harm either.
    let mut half = Conn::open(&server);
    half.stream
        .write_all(b"POST / HTTP/1.1\r\ncontent-length: 10\r\n\r\n{")
        .expect("write");
    drop(half);
    assert_eq!(conn.call("DescribeRegistry", &json!({})).status, 200);
}

#[test]
fn connection_close_is_honoured() {
    let server = EcrServer::start();
    let mut conn = Conn::open(&server);
    let target = Model::shared().target("DescribeRegistry");
    let bytes = conn.request_bytes(Some(&target), "{}", Some(TEST_SECRET_KEY));
    let text = String::from_utf8(bytes).expect("text");
    let closing = text.replacen("\r\n", "\r\nconnection: close\r\n", 1);
    let answer = conn.send_raw(closing.as_bytes());
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("connection"), Some("close"));
    assert!(conn.closed());
}

#[tokio::test]
async fn the_ecr_client_talks_to_it() {
    let server = EcrServer::start();
    server.set_items("ListImages", 25);
    server.verify_signatures(true);
    let client = server.client();
    let page = client
        .list_images()
        .repository_name("app")
        .max_results(10)
        .send()
        .await
        .expect("ListImages");
    assert_eq!(page.image_ids().len(), 10);
    assert!(page.next_token().is_some());
    server.fail_with("ListImages", 400, "RepositoryNotFoundException", "gone");
    let err = client
        .list_images()
        .repository_name("app")
        .send()
        .await
        .expect_err("injected");
    assert!(
        err.to_string().contains("RepositoryNotFoundException"),
        "{err}"
    );
    let recorded = server.requests_for("ListImages");
    assert_eq!(recorded.len(), 2);
    assert_eq!(
        recorded[0].body,
        json!({"repositoryName": "app", "maxResults": 10})
    );
}

#[tokio::test]
async fn the_ecr_client_reads_model_valid_and_newer_answers() {
    let server = EcrServer::start();
    let client = server.client();
    let out = client
        .describe_registry()
        .send()
        .await
        .expect("DescribeRegistry");
    assert_eq!(out.registry_id(), Some("123456789012"));
    server.set_unknowns(true);
    let out = client
        .describe_registry()
        .send()
        .await
        .expect("DescribeRegistry with unknown members and enum values");
    assert_eq!(out.registry_id(), Some("123456789012"));
    assert_eq!(server.requests_for("DescribeRegistry").len(), 2);
}
