//! The `docker-credential-ecr-login` and `scan_and_wait` example programs, run as a user (or
//! Docker) runs them: the built binary, its arguments, its standard input, against moto, or the
//! project's own ECR server where moto lacks something (scan states, paging, injected errors),
//! or a canned server for answers no well-behaved server gives.

use base64::Engine as _;
use serde_json::Value;
use std::process::Output;
use tests::programs::{Run, describe};
use tests::{CannedServer, EcrServer, Moto, put_manifest};

const HELPER: &str = "docker-credential-ecr-login";
const SCAN: &str = "scan_and_wait";
const NOT_FOUND: &str = "credentials not found in native keychain\n";
const HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `docker-credential-ecr-login ACTION` with `input` on stdin, against `endpoint`.
fn helper(endpoint: &str, action: &str, input: &str) -> Output {
    Run::new(endpoint, HELPER, &[action]).stdin(input).output()
}

/// The user name and password GetAuthorizationToken gives for the default registry.
async fn token_of(client: &ecr::Client) -> (String, String, String) {
    let out = client
        .get_authorization_token()
        .send()
        .await
        .expect("GetAuthorizationToken");
    let data = &out.authorization_data()[0];
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(data.authorization_token().expect("a token"))
        .expect("base64");
    let text = String::from_utf8(decoded).expect("UTF-8");
    let (user, password) = text.split_once(':').expect("USER:PASSWORD");
    (
        user.to_owned(),
        password.to_owned(),
        data.proxy_endpoint().expect("a proxy endpoint").to_owned(),
    )
}

/// A canned GetAuthorizationToken answer: `AWS:password` for `endpoint`.
fn token_answer(password: &str, endpoint: &str) -> Vec<u8> {
    let token = base64::engine::general_purpose::STANDARD.encode(format!("AWS:{password}"));
    CannedServer::json_200(&format!(
        r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":1700000000,"proxyEndpoint":"{endpoint}"}}]}}"#
    ))
}

/// The region of the credential scope of a raw request's SigV4 `Authorization` header.
fn signed_region(request: &[u8]) -> String {
    let text = String::from_utf8_lossy(request);
    let credential = text
        .split("Credential=")
        .nth(1)
        .expect("a signed request")
        .split([',', ' '])
        .next()
        .unwrap_or_default()
        .to_owned();
    // AKID/DATE/REGION/SERVICE/aws4_request
    credential.split('/').nth(2).unwrap_or_default().to_owned()
}

/// The JSON body of a raw request.
fn body_of(request: &[u8]) -> Value {
    let text = String::from_utf8_lossy(request);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or_default();
    serde_json::from_str(body).expect("a JSON body")
}

#[tokio::test]
async fn credential_helper_gets_the_registrys_token_list_and_refuses_other_hosts() {
    let moto = Moto::start();
    let endpoint = moto.endpoint();
    let (user, password, proxy) = token_of(&moto.client()).await;
    assert_eq!(user, "AWS");

    // As Docker asks: the host alone, then a URL with a scheme, a port and a path.
    for server_url in [
        HOST.to_owned(),
        format!("https://{HOST}"),
        format!("https://{HOST}:443/v2/"),
        format!("  {HOST}\n"),
    ] {
        let out = helper(&endpoint, "get", &server_url);
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
        let expected = format!(
            "{{\"ServerURL\":\"{}\",\"Username\":\"{user}\",\"Secret\":\"{password}\"}}\n",
            server_url.trim()
        );
        assert_eq!(stdout(&out), expected);
        let answer: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(answer["Secret"], password.as_str());
        assert!(out.stderr.is_empty(), "{}", describe(&out));
    }

    // Not ECR, or not wholly: the protocol's not-found answer, exit 1, nothing else said.
    for server_url in [
        "registry.example.com",
        "https://index.docker.io/v1/",
        "public.ecr.aws",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com.example.org",
        "evil.example/123456789012.dkr.ecr.us-east-1.amazonaws.com",
        "user@123456789012.dkr.ecr.us-east-1.amazonaws.com",
        "12345.dkr.ecr.us-east-1.amazonaws.com",
        "123456789012.dkr.ecr.us-east-1.amazonaws.org",
        "ftp://123456789012.dkr.ecr.us-east-1.amazonaws.com",
    ] {
        let out = helper(&endpoint, "get", server_url);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{server_url}: {}",
            describe(&out)
        );
        assert_eq!(stdout(&out), NOT_FOUND, "{server_url}");
        assert!(out.stderr.is_empty(), "{server_url}: {}", describe(&out));
    }

    let empty = helper(&endpoint, "get", "\n");
    assert_eq!(empty.status.code(), Some(1));
    assert_eq!(stdout(&empty), "no credentials server URL\n");

    // list: the default registry's proxy endpoint and its user name, never the password.
    let list = helper(&endpoint, "list", "unused");
    assert_eq!(list.status.code(), Some(0), "{}", describe(&list));
    assert_eq!(
        stdout(&list),
        "{\"https://123456789012.dkr.ecr.us-east-1.amazonaws.com\":\"AWS\"}\n"
    );
    let listed: Value = serde_json::from_slice(&list.stdout).expect("JSON");
    assert_eq!(listed[proxy.as_str()], "AWS");
    assert!(!stdout(&list).contains(&password) && list.stderr.is_empty());
}

#[test]
fn credential_helper_asks_the_hosts_region_for_the_hosts_account() {
    let server = CannedServer::start(token_answer(
        "pw-canned",
        "https://210987654321.dkr.ecr.eu-west-1.amazonaws.com",
    ));
    let endpoint = server.endpoint();
    // AWS_REGION is us-east-1 in every run: the host's region replaces it.
    for (host, region) in [
        ("210987654321.dkr.ecr.eu-west-1.amazonaws.com", "eu-west-1"),
        (
            "210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com",
            "us-gov-west-1",
        ),
        (
            "210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn",
            "cn-north-1",
        ),
        (
            "210987654321.DKR.ECR.AP-SOUTHEAST-2.AMAZONAWS.COM",
            "ap-southeast-2",
        ),
    ] {
        let out = helper(&endpoint, "get", host);
        assert_eq!(out.status.code(), Some(0), "{host}: {}", describe(&out));
        let answer: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(answer["ServerURL"], host);
        assert_eq!(answer["Username"], "AWS");
        assert_eq!(answer["Secret"], "pw-canned");
        let request = server.last_request();
        assert_eq!(signed_region(&request), region, "{host}");
        assert_eq!(
            body_of(&request),
            serde_json::json!({"registryIds": ["210987654321"]})
        );
    }
    // An explicit --region wins over the host's.
    let out = Run::new(&endpoint, HELPER, &["--region", "sa-east-1", "get"])
        .stdin("210987654321.dkr.ecr.eu-west-1.amazonaws.com")
        .output();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(signed_region(&server.last_request()), "sa-east-1");
    // list: the configured region's default registry, no registryIds.
    let out = helper(&endpoint, "list", "");
    assert_eq!(
        stdout(&out),
        "{\"https://210987654321.dkr.ecr.eu-west-1.amazonaws.com\":\"AWS\"}\n"
    );
    assert_eq!(signed_region(&server.last_request()), "us-east-1");
    assert_eq!(body_of(&server.last_request()), serde_json::json!({}));
}

#[test]
fn credential_helper_failures_answer_not_found_and_never_show_the_password() {
    // The project's server answers a token that is base64 but not USER:PASSWORD.
    let server = EcrServer::start();
    let out = helper(&server.endpoint(), "get", HOST);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(stdout(&out), NOT_FOUND);
    assert_eq!(
        stderr(&out),
        format!(
            "{HELPER}: no credentials for {HOST}: the authorization token is not of the form USER:PASSWORD\n"
        )
    );
    assert!(!stderr(&out).contains("c2FtcGxlLWRhdGE") && !stderr(&out).contains("sample-data"));
    let list = helper(&server.endpoint(), "list", "");
    assert_eq!(list.status.code(), Some(1));
    assert!(list.stdout.is_empty(), "{}", describe(&list));
    assert_eq!(
        stderr(&list),
        format!(
            "{HELPER}: cannot list credentials: the authorization token is not of the form USER:PASSWORD\n"
        )
    );

    // A service error: its code and message, one line.
    server.fail_with(
        "GetAuthorizationToken",
        400,
        "InvalidParameterException",
        "Invalid parameter at 'registryIds'",
    );
    let out = helper(&server.endpoint(), "get", HOST);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), NOT_FOUND);
    let text = stderr(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with(&format!("{HELPER}: no credentials for {HOST}: GetAuthorizationToken: InvalidParameterException: Invalid parameter at 'registryIds'")),
        "{text}"
    );

    // An answer that holds a token but does not parse: the error says so without quoting it.
    let token = base64::engine::general_purpose::STANDARD.encode("AWS:pw-leaky-secret");
    let canned = CannedServer::start(CannedServer::json_200(&format!(
        r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":{{"not":"a time"}}}}]}}"#
    )));
    let out = helper(&canned.endpoint(), "get", HOST);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(stdout(&out), NOT_FOUND);
    let text = stderr(&out);
    assert_eq!(
        text,
        format!(
            "{HELPER}: no credentials for {HOST}: GetAuthorizationToken: unreadable answer (HTTP 200) (request id req-1)\n"
        )
    );
    assert!(!text.contains(&token) && !text.contains("pw-leaky-secret"));

    // The good answer's password goes to stdout only.
    let canned = CannedServer::start(token_answer("pw-only-on-stdout", "https://x"));
    let out = helper(&canned.endpoint(), "get", HOST);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(stdout(&out).contains("pw-only-on-stdout") && out.stderr.is_empty());
}

#[test]
fn credential_helper_store_and_erase_are_not_implemented_unless_ignored() {
    let server = EcrServer::start();
    let endpoint = server.endpoint();
    let creds = format!(r#"{{"ServerURL":"{HOST}","Username":"AWS","Secret":"pw-from-docker"}}"#);
    for (action, input) in [("store", creds.as_str()), ("erase", HOST)] {
        let out = helper(&endpoint, action, input);
        assert_eq!(out.status.code(), Some(1), "{action}: {}", describe(&out));
        assert_eq!(stdout(&out), "not implemented\n", "{action}");
        assert!(out.stderr.is_empty(), "{action}: {}", describe(&out));

        let ignored = Run::new(&endpoint, HELPER, &[action])
            .env("AWS_ECR_IGNORE_CREDS_STORAGE", Some("true"))
            .stdin(input)
            .output();
        assert_eq!(
            ignored.status.code(),
            Some(0),
            "{action}: {}",
            describe(&ignored)
        );
        assert!(ignored.stdout.is_empty() && ignored.stderr.is_empty());
    }
    // What the protocol says of incomplete input, the secret never echoed.
    let out = helper(
        &endpoint,
        "store",
        r#"{"ServerURL":"","Username":"AWS","Secret":"pw-x"}"#,
    );
    assert_eq!(stdout(&out), "no credentials server URL\n");
    let out = helper(
        &endpoint,
        "store",
        r#"{"ServerURL":"h","Username":"","Secret":"pw-x"}"#,
    );
    assert_eq!(stdout(&out), "no credentials username\n");
    let out = helper(&endpoint, "store", r#"{"Secret":"pw-x" broken"#);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stdout(&out).contains("pw-x") && out.stderr.is_empty());
    let out = helper(&endpoint, "erase", "");
    assert_eq!(stdout(&out), "no credentials server URL\n");
    // Nothing of this reached the registry.
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

#[test]
fn credential_helper_help_and_version() {
    let help = tests::programs::run("http://127.0.0.1:9", HELPER, &["--help"]);
    assert_eq!(help.status.code(), Some(0), "{}", describe(&help));
    let text = stdout(&help);
    for needed in [
        "credHelpers",
        "~/.docker/config.json",
        "\"ecr-login\"",
        "AWS_ECR_IGNORE_CREDS_STORAGE",
        "get",
        "list",
        "store",
        "erase",
        "--region <REGION>",
    ] {
        assert!(text.contains(needed), "{needed} in {text}");
    }
    let version = tests::programs::run("http://127.0.0.1:9", HELPER, &["version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(stdout(&version), format!("{HELPER} 0.1.0\n"));
    let usage = tests::programs::run("http://127.0.0.1:9", HELPER, &[]);
    assert_eq!(usage.status.code(), Some(2));
}

/// `scan_and_wait ARGS` against `endpoint`.
fn scan(endpoint: &str, args: &[&str]) -> Output {
    tests::programs::run(endpoint, SCAN, args)
}

/// stdout without the `Completed:` line, whose time is moto's clock.
fn stable_lines(out: &Output) -> Vec<String> {
    stdout(out)
        .lines()
        .filter(|l| !l.starts_with("Completed: "))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn scan_and_wait_scans_reports_and_reports_again_the_same_day() {
    let moto = Moto::start();
    let client = moto.client();
    client
        .create_repository()
        .repository_name("demo/app")
        .send()
        .await
        .unwrap();
    let digest = put_manifest(&client, "demo/app", "v1").await;
    let findings = || {
        client
            .describe_image_scan_findings()
            .repository_name("demo/app")
            .image_id(ecr::types::ImageIdentifier::tag("v1"))
            .send()
    };
    let before = findings().await.expect_err("no scan yet");
    assert!(before.is_scan_not_found(), "{before}");

    let out = scan(&moto.endpoint(), &["demo/app", "v1"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let table = [
        "NAME           SEVERITY  PACKAGE          URI",
        "CVE-9999-9999  HIGH      moto_fake 9.9.9  https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-9999-9999",
    ];
    let head = |started: &str| {
        vec![
            "Image:     demo/app:v1".to_owned(),
            format!("Digest:    {digest}"),
            "Scan:      COMPLETE (The scan was completed successfully.)".to_owned(),
            format!("Started:   {started}"),
            "Findings:  CRITICAL 0, HIGH 1, MEDIUM 0, LOW 0, INFORMATIONAL 0, UNDEFINED 0"
                .to_owned(),
            String::new(),
        ]
    };
    let mut expected = head("now");
    expected.extend(table.iter().map(|l| (*l).to_owned()));
    assert_eq!(stable_lines(&out), expected);
    let completed = stdout(&out)
        .lines()
        .find_map(|l| l.strip_prefix("Completed: "))
        .map(str::to_owned)
        .expect("a Completed: line");
    assert!(
        completed.ends_with('Z') && completed.len() == 20,
        "{completed}"
    );
    assert!(out.stderr.is_empty(), "{}", describe(&out));
    // The registry now has the scan.
    let after = findings().await.expect("a scan");
    assert_eq!(
        after
            .image_scan_status()
            .and_then(|s| s.status())
            .map(|s| s.as_str()),
        Some("COMPLETE")
    );

    // A second scan the same day is refused (LimitExceededException): the first is reported.
    let again = scan(&moto.endpoint(), &["demo/app", "v1"]);
    assert_eq!(again.status.code(), Some(0), "{}", describe(&again));
    let mut expected = head("earlier (ECR allows one basic scan per image every 24 hours)");
    expected.extend(table.iter().map(|l| (*l).to_owned()));
    assert_eq!(stable_lines(&again), expected);

    // --fail-on: exit 3 at or above the severity, the report printed all the same.
    let high = scan(&moto.endpoint(), &["--fail-on", "high", "demo/app", "v1"]);
    assert_eq!(high.status.code(), Some(3), "{}", describe(&high));
    assert!(stdout(&high).contains("CVE-9999-9999  HIGH"));
    assert_eq!(
        stderr(&high),
        "scan_and_wait: 1 finding at or above HIGH (--fail-on)\n"
    );
    let low = scan(&moto.endpoint(), &["--fail-on", "LOW", "demo/app", "v1"]);
    assert_eq!(low.status.code(), Some(3), "{}", describe(&low));
    let critical = scan(
        &moto.endpoint(),
        &["--fail-on", "CRITICAL", "demo/app", "v1"],
    );
    assert_eq!(critical.status.code(), Some(0), "{}", describe(&critical));
    assert!(critical.stderr.is_empty());

    // --json, the image named by digest.
    let json = scan(
        &moto.endpoint(),
        &["--json", "--fail-on", "CRITICAL", "demo/app", &digest],
    );
    assert_eq!(json.status.code(), Some(0), "{}", describe(&json));
    let report: Value = serde_json::from_slice(&json.stdout).expect("JSON on stdout");
    assert_eq!(report["repositoryName"], "demo/app");
    assert_eq!(report["registryId"], "123456789012");
    assert_eq!(report["imageId"]["imageDigest"], digest.as_str());
    assert_eq!(report["status"], "COMPLETE");
    assert_eq!(
        report["description"],
        "The scan was completed successfully."
    );
    assert_eq!(report["scanStarted"], false);
    assert_eq!(report["failOn"], "CRITICAL");
    assert_eq!(
        report["severityCounts"],
        serde_json::json!({"CRITICAL": 0, "HIGH": 1, "MEDIUM": 0, "LOW": 0, "INFORMATIONAL": 0, "UNDEFINED": 0})
    );
    assert_eq!(
        report["findings"],
        serde_json::json!([{
            "name": "CVE-9999-9999",
            "severity": "HIGH",
            "package": "moto_fake",
            "packageVersion": "9.9.9",
            "uri": "https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-9999-9999",
            "description": null,
        }])
    );
    assert!(
        report["completedAt"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );

    // An image that is not there: one line, exit 1.
    let missing = scan(&moto.endpoint(), &["demo/app", "nope"]);
    assert_eq!(missing.status.code(), Some(1), "{}", describe(&missing));
    assert!(missing.stdout.is_empty());
    let text = stderr(&missing);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with(
            "scan_and_wait: cannot start a scan of demo/app:nope: ImageNotFoundException"
        ),
        "{text}"
    );
}

#[test]
fn scan_and_wait_waits_while_in_progress_and_pages_through_findings() {
    let server = EcrServer::start();
    // One look before waiting, then the waiter sees IN_PROGRESS twice, then COMPLETE.
    server.script_status(
        "DescribeImageScanFindings",
        &["IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "COMPLETE"],
    );
    server.set_items("DescribeImageScanFindings", 25);
    let out = scan(
        &server.endpoint(),
        &["--interval", "100ms", "--page-size", "10", "demo/app", "v1"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));

    let start = server.requests_for("StartImageScan");
    assert_eq!(start.len(), 1);
    assert_eq!(
        start[0].body,
        serde_json::json!({"repositoryName": "demo/app", "imageId": {"imageTag": "v1"}})
    );
    let looks = server.requests_for("DescribeImageScanFindings");
    let sizes: Vec<Option<i64>> = looks
        .iter()
        .map(|r| r.body["maxResults"].as_i64())
        .collect();
    // 1 look + 3 waiter attempts (maxResults 1), then 3 pages of 10.
    assert_eq!(sizes, [1, 1, 1, 1, 10, 10, 10].map(Some));
    let tokens: Vec<bool> = looks
        .iter()
        .map(|r| r.body.get("nextToken").is_some())
        .collect();
    assert_eq!(tokens, [false, false, false, false, false, true, true]);

    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    // The server echoes the image id asked for (a tag): no digest to show.
    assert_eq!(
        lines[..6],
        [
            "Image:     demo/app:v1",
            "Scan:      COMPLETE (sample)",
            "Started:   now",
            "Completed: 2023-11-14T22:13:20Z",
            "Findings:  CRITICAL 0, HIGH 0, MEDIUM 0, LOW 0, INFORMATIONAL 1, UNDEFINED 0",
            "",
        ],
        "{text}"
    );
    // 25 findings and 25 enhanced findings, all read, under one header.
    assert!(lines[6].starts_with("NAME"), "{text}");
    assert_eq!(lines.len(), 7 + 50, "{text}");
    assert!(text.contains("CVE-2024-00000  INFORMATIONAL"), "{text}");
    assert!(text.contains("CVE-2024-00024  INFORMATIONAL"), "{text}");
    assert!(out.stderr.is_empty(), "{}", describe(&out));

    // The JSON report has them all too.
    server.clear_requests();
    server.script_status("DescribeImageScanFindings", &["COMPLETE"]);
    let json = scan(&server.endpoint(), &["--json", "demo/app", "v1"]);
    assert_eq!(json.status.code(), Some(0), "{}", describe(&json));
    let report: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(50));
    assert_eq!(report["completedAt"], "2023-11-14T22:13:20Z");
    assert_eq!(report["severityCounts"]["INFORMATIONAL"], 1);
    // Already COMPLETE at the first look: no waiting, the default page size.
    let looks = server.requests_for("DescribeImageScanFindings");
    assert_eq!(looks.len(), 1 + 3, "{looks:?}");
}

#[test]
fn scan_and_wait_reports_failed_and_unfinished_scans_on_one_line() {
    let server = EcrServer::start();
    let endpoint = server.endpoint();
    let one_line = |out: &Output, expected: &str| {
        assert_eq!(out.status.code(), Some(1), "{}", describe(out));
        assert!(out.stdout.is_empty(), "{}", describe(out));
        assert_eq!(stderr(out), format!("{expected}\n"));
    };

    // FAILED while waiting (the waiter's failure state), and at the first look.
    server.script_status("DescribeImageScanFindings", &["IN_PROGRESS", "FAILED"]);
    let out = scan(&endpoint, &["--interval", "100ms", "demo/app", "v1"]);
    one_line(
        &out,
        "scan_and_wait: the scan of demo/app:v1 failed: sample",
    );
    server.script_status("DescribeImageScanFindings", &["FAILED"]);
    let out = scan(&endpoint, &["demo/app", "v1"]);
    one_line(
        &out,
        "scan_and_wait: the scan of demo/app:v1 failed: sample",
    );

    // A final state the waiter does not know: reported at once, not waited on.
    server.script_status("DescribeImageScanFindings", &["UNSUPPORTED_IMAGE"]);
    let started = std::time::Instant::now();
    let digest = format!("sha256:{}", "0f1e".repeat(16));
    let out = scan(&endpoint, &["demo/app", &digest]);
    one_line(
        &out,
        &format!("scan_and_wait: the scan of demo/app@{digest} ended UNSUPPORTED_IMAGE: sample"),
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5));

    // Still running at the timeout.
    server.script_status("DescribeImageScanFindings", &["IN_PROGRESS"]);
    let out = scan(
        &endpoint,
        &["--timeout", "1s", "--interval", "200ms", "demo/app", "v1"],
    );
    one_line(
        &out,
        "scan_and_wait: the scan of demo/app:v1 is still IN_PROGRESS after 1s (--timeout)",
    );

    // A scan already made today: StartImageScan refuses, the existing scan is reported.
    server.script_status("DescribeImageScanFindings", &["COMPLETE"]);
    server.fail_with(
        "StartImageScan",
        400,
        "LimitExceededException",
        "The scan quota per image has been exceeded. Wait and try again.",
    );
    let out = scan(&endpoint, &["demo/app", "v1"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(
        stdout(&out)
            .contains("Started:   earlier (ECR allows one basic scan per image every 24 hours)")
    );
    // ...unless there is none to report.
    server.fail_with(
        "DescribeImageScanFindings",
        400,
        "ScanNotFoundException",
        "Image scan does not exist",
    );
    let out = scan(&endpoint, &["demo/app", "v1"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let text = stderr(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with("scan_and_wait: no scan of demo/app:v1 to report: StartImageScan was refused (LimitExceededException: The scan quota per image has been exceeded. Wait and try again."),
        "{text}"
    );
    // Another refusal of StartImageScan is an error.
    server.clear_failure("DescribeImageScanFindings");
    server.fail_with(
        "StartImageScan",
        400,
        "UnsupportedImageTypeException",
        "The image is not supported",
    );
    let out = scan(&endpoint, &["demo/app", "v1"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("scan_and_wait: cannot start a scan of demo/app:v1: UnsupportedImageTypeException: The image is not supported"),
        "{}",
        describe(&out)
    );
}

#[test]
fn scan_and_wait_help_and_usage() {
    let help = scan("http://127.0.0.1:9", &["--help"]);
    assert_eq!(help.status.code(), Some(0), "{}", describe(&help));
    let text = stdout(&help);
    for needed in [
        "Usage: scan_and_wait [OPTIONS] <REPOSITORY> <IMAGE>",
        "--fail-on <SEVERITY>",
        "[possible values: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED]",
        "--timeout <AGE>",
        "[default: 15m]",
        "--json",
        "3 findings at or above --fail-on",
        "--endpoint-url <URL>",
    ] {
        assert!(text.contains(needed), "{needed} in {text}");
    }
    for bad in [
        &["--fail-on", "SEVERE", "r", "i"][..],
        &["--timeout", "soon", "r", "i"],
        &["--interval", "0s", "r", "i"],
        &["--page-size", "0", "r", "i"],
        &["only-a-repository"],
    ] {
        let out = scan("http://127.0.0.1:9", bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", describe(&out));
        assert!(out.stdout.is_empty());
    }
}
