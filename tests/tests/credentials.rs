//! The credential sources of the default chain (`credential_process`, the container endpoint,
//! IMDSv2), their failures, the chain's order, and the cache in front of them. Everything runs
//! against files the tests write and loopback servers they start: never real AWS.

use ecr_runtime::credentials::{
    ContainerProvider, DefaultChain, ImdsProvider, ProcessProvider, ProfileProvider, imds,
};
use ecr_runtime::{Config, Env, ProvideCredentials};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tests::CannedServer;

// ---------------------------------------------------------------------------------------------
// A loopback server with scripted answers that records every request.

/// One request as the server read it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
enum Answer {
    Send(Vec<u8>),
    /// Reads the request and never answers (until the server stops, 10 s at most).
    Hang,
}

fn reply(status: u16, body: &str) -> Answer {
    Answer::Send(
        format!(
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

type Route = dyn Fn(&Seen) -> Answer + Send + Sync;

/// Serves each connection on its own thread; stops when dropped, or after 30 s at most.
struct Server {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(route: impl Fn(&Seen) -> Answer + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("address");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let route: Arc<Route> = Arc::new(route);
        let (s, st) = (seen.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(30);
            while !st.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (s, st, route) = (s.clone(), st.clone(), route.clone());
                        std::thread::spawn(move || serve(stream, &s, &st, &*route));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        Server {
            addr,
            seen,
            stop,
            thread: Some(thread),
        }
    }

    fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(mut stream: TcpStream, seen: &Mutex<Vec<Seen>>, stop: &AtomicBool, route: &Route) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let request = Seen {
        method: first.next().unwrap_or("").to_owned(),
        path: first.next().unwrap_or("").to_owned(),
        headers: lines
            .take_while(|l| !l.is_empty())
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect(),
    };
    seen.lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(request.clone());
    match route(&request) {
        Answer::Send(bytes) => {
            let _ = stream.write_all(&bytes);
            let _ = stream.flush();
        }
        Answer::Hang => {
            let until = Instant::now() + Duration::from_secs(10);
            while !stop.load(Ordering::SeqCst) && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

/// An address nothing listens on.
fn refused_endpoint() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    drop(listener);
    format!("http://{addr}")
}

// ---------------------------------------------------------------------------------------------
// Helpers.

/// A fresh directory for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ecr-creds-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `time` as RFC 3339, UTC, whole seconds.
fn rfc3339(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs() as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Whole seconds from now, as the sources read it back.
fn in_secs(secs: u64) -> SystemTime {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    UNIX_EPOCH + Duration::from_secs(now + secs)
}

fn container_json(key: &str, expiry: SystemTime) -> String {
    format!(
        r#"{{"AccessKeyId":"{key}","SecretAccessKey":"container-secret","Token":"container-token","Expiration":"{}"}}"#,
        rfc3339(expiry)
    )
}

/// An IMDS that serves role `web-role` with `creds` as its credentials document.
fn imds_server(creds: String) -> Server {
    Server::start(move |r| match (r.method.as_str(), r.path.as_str()) {
        ("PUT", "/latest/api/token") => reply(200, "imds-session-token"),
        ("GET", "/latest/meta-data/iam/security-credentials/") => reply(200, "web-role\n"),
        ("GET", "/latest/meta-data/iam/security-credentials/web-role") => reply(200, &creds),
        ("GET", "/latest/meta-data/placement/region") => reply(200, "eu-central-1"),
        _ => reply(404, ""),
    })
}

fn imds_json(key: &str, expiry: SystemTime) -> String {
    format!(
        r#"{{"Code":"Success","LastUpdated":"2024-01-01T00:00:00Z","Type":"AWS-HMAC","AccessKeyId":"{key}","SecretAccessKey":"imds-secret","Token":"imds-token","Expiration":"{}"}}"#,
        rfc3339(expiry)
    )
}

fn env(vars: &[(&str, &str)]) -> Env {
    Env::from_vars(vars.iter().map(|(k, v)| (*k, *v)))
}

// ---------------------------------------------------------------------------------------------
// credential_process

/// A profile whose `credential_process` is `command`, and an env that selects it.
#[cfg(unix)]
fn process_profile(name: &str, command: &str) -> (Env, PathBuf) {
    let dir = temp_dir(name);
    let config = dir.join("config");
    std::fs::write(
        &config,
        format!("[default]\nregion = us-east-1\ncredential_process = {command}\n"),
    )
    .expect("write config");
    let env = env(&[
        ("HOME", "/nonexistent-home"),
        ("AWS_CONFIG_FILE", config.to_str().expect("utf-8 path")),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ]);
    (env, dir)
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process_from_the_profile() {
    let dir = temp_dir("process-json");
    let out = dir.join("out.json");
    let expiry = in_secs(3600);
    std::fs::write(
        &out,
        format!(
            r#"{{"Version": 1, "AccessKeyId": "AKPROCESS", "SecretAccessKey": "process-secret", "SessionToken": "process-token", "Expiration": "{}"}}"#,
            rfc3339(expiry)
        ),
    )
    .expect("write output");
    let (env, _) = process_profile("process-ok", &format!("cat {}", out.display()));
    let creds = ProfileProvider::new(env.clone())
        .provide_credentials()
        .await
        .expect("credentials");
    assert_eq!(creds.access_key_id(), "AKPROCESS");
    assert_eq!(creds.secret_access_key(), "process-secret");
    assert_eq!(creds.session_token(), Some("process-token"));
    assert_eq!(creds.expiry(), Some(expiry));
    assert_eq!(creds.source(), "process");
    let shown = format!("{creds:?}");
    assert!(!shown.contains("process-secret") && !shown.contains("process-token"));
    // The same through the whole chain.
    let creds = DefaultChain::new(env).provide_credentials().await.unwrap();
    assert_eq!(creds.access_key_id(), "AKPROCESS");
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process_runs_through_sh_and_may_omit_expiry() {
    let provider = ProcessProvider::new(
        r#"printf '%s' '{"Version":1,"AccessKeyId":"AKSH","SecretAccessKey":"s"}' | cat"#,
    );
    let creds = provider.provide_credentials().await.expect("credentials");
    assert_eq!(creds.access_key_id(), "AKSH");
    assert_eq!(creds.session_token(), None);
    assert_eq!(creds.expiry(), None);
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process_non_zero_exit() {
    let (env, _) = process_profile(
        "process-exit",
        "echo 'token expired, run login' >&2 && echo second line >&2 && exit 3",
    );
    let err = ProfileProvider::new(env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("credential_process `echo` failed with exit code 3"),
        "{err}"
    );
    assert!(err.contains("token expired, run login"), "{err}");
    assert!(!err.contains("second line"), "{err}");
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process_bad_json_never_shows_the_output() {
    let provider = ProcessProvider::new(
        r#"echo '{"Version":1,"AccessKeyId":"AK","SecretAccessKey":"LEAKED-SECRET"'"#,
    );
    let err = provider
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("the output is not JSON"), "{err}");
    assert!(!err.contains("LEAKED-SECRET"), "{err}");
    assert!(!format!("{provider:?}").contains("LEAKED-SECRET"));
}

#[cfg(unix)]
#[tokio::test]
async fn credential_process_wrong_version() {
    let provider =
        ProcessProvider::new(r#"echo '{"Version":2,"AccessKeyId":"AK","SecretAccessKey":"S"}'"#);
    let err = provider
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("`Version` is 2; only version 1"), "{err}");
    let provider = ProcessProvider::new(r#"echo '{"AccessKeyId":"AK","SecretAccessKey":"S"}'"#);
    let err = provider
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("no `Version`"), "{err}");
}

#[tokio::test]
async fn static_keys_win_over_credential_process_and_role_arn_goes_to_sts() {
    let dir = temp_dir("profile-kinds");
    let config = dir.join("config");
    std::fs::write(
        &config,
        "[default]\naws_access_key_id = AKSTATIC\naws_secret_access_key = s\ncredential_process = exit 1\n\
         [profile assume]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = default\n",
    )
    .expect("write config");
    let path = config.to_str().expect("utf-8 path");
    // STS at a port nobody listens on: the role is tried, never real AWS (tests/tests/assume_role.rs
    // assumes roles for real against moto).
    let sts = refused_endpoint();
    let base = env(&[
        ("HOME", "/nonexistent-home"),
        ("AWS_CONFIG_FILE", path),
        ("AWS_ENDPOINT_URL_STS", &sts),
    ]);
    let creds = ProfileProvider::new(base.clone())
        .provide_credentials()
        .await
        .expect("static keys");
    assert_eq!(creds.access_key_id(), "AKSTATIC");
    let err = ProfileProvider::new(base)
        .profile("assume")
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!(
            "profile `assume`: STS AssumeRole of `arn:aws:iam::123456789012:role/r` at {sts}"
        )),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// Container credentials

#[tokio::test]
async fn container_relative_uri_with_token() {
    let expiry = in_secs(3600);
    let body = container_json("AKCONTAINER", expiry);
    let server = Server::start(move |r| match r.path.as_str() {
        "/v2/credentials/abc" => reply(200, &body),
        _ => reply(404, ""),
    });
    let provider = ContainerProvider::new(env(&[
        (
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "/v2/credentials/abc",
        ),
        ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic env-token"),
    ]))
    .relative_uri_base(server.endpoint());
    let creds = provider.provide_credentials().await.expect("credentials");
    assert_eq!(creds.access_key_id(), "AKCONTAINER");
    assert_eq!(creds.session_token(), Some("container-token"));
    assert_eq!(creds.expiry(), Some(expiry));
    assert_eq!(creds.source(), "container");
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "GET");
    assert_eq!(seen[0].header("authorization"), Some("Basic env-token"));
}

#[tokio::test]
async fn container_full_uri_token_file_wins_and_is_read_each_time() {
    let body = container_json("AKPOD", in_secs(3600));
    let server = Server::start(move |_| reply(200, &body));
    let dir = temp_dir("token-file");
    let file = dir.join("token");
    std::fs::write(&file, "file-token-1\n").expect("write token");
    let full = format!("{}/v1/credentials", server.endpoint());
    let provider = ContainerProvider::new(env(&[
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full),
        ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "env-token"),
        (
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
            file.to_str().expect("utf-8 path"),
        ),
    ]));
    assert_eq!(
        provider
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "AKPOD"
    );
    std::fs::write(&file, "file-token-2").expect("rewrite token");
    provider.provide_credentials().await.expect("second fetch");
    let tokens: Vec<Option<String>> = server
        .seen()
        .iter()
        .map(|s| s.header("authorization").map(str::to_owned))
        .collect();
    assert_eq!(
        tokens,
        [
            Some("file-token-1".to_owned()),
            Some("file-token-2".to_owned())
        ]
    );
    assert!(server.seen().iter().all(|s| s.path == "/v1/credentials"));
}

#[tokio::test]
async fn container_full_uri_host_refused() {
    for uri in [
        "http://169.254.169.254/latest/creds",
        "http://example.com/creds",
        "http://10.1.2.3:8080/creds",
    ] {
        let started = Instant::now();
        let err = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", uri)]))
            .provide_credentials()
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("only a loopback host"), "{uri}: {err}");
        assert!(started.elapsed() < Duration::from_millis(500), "{uri}");
    }
    // The chain stops there rather than fall through to IMDS.
    let imds = imds_server(imds_json("AKIMDS", in_secs(3600)));
    let err = DefaultChain::new(env(&[
        ("HOME", "/nonexistent-home"),
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://example.com/x"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds.endpoint()),
    ]))
    .provide_credentials()
    .await
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("container: AWS_CONTAINER_CREDENTIALS_FULL_URI"),
        "{err}"
    );
    assert!(!err.contains("imds:"), "{err}");
    assert!(imds.seen().is_empty());
}

#[tokio::test]
async fn container_500_is_retried_once_then_reported() {
    let server = Server::start(|_| {
        reply(
            500,
            r#"{"Code":"InternalError","Message":"agent restarting"}"#,
        )
    });
    let full = format!("{}/creds", server.endpoint());
    let err = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("answered HTTP 500 (InternalError: agent restarting)"),
        "{err}"
    );
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn container_bad_json() {
    let server = Server::start(|_| reply(200, "<html>not json</html>"));
    let full = format!("{}/creds", server.endpoint());
    let err = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("the answer is not JSON"), "{err}");
    let server = Server::start(|_| reply(200, r#"{"AccessKeyId":"AK"}"#));
    let full = format!("{}/creds", server.endpoint());
    let err = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("`SecretAccessKey` is missing"), "{err}");
}

#[tokio::test]
async fn container_timeout_is_bounded() {
    let server = Server::start(|_| Answer::Hang);
    let full = format!("{}/creds", server.endpoint());
    let started = Instant::now();
    let err = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]))
        .timeouts(Duration::from_millis(300), Duration::from_millis(600))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    let elapsed = started.elapsed();
    assert!(err.contains("did not answer within 600 ms"), "{err}");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn container_unreachable_is_bounded() {
    let full = format!("{}/creds", refused_endpoint());
    let started = Instant::now();
    let err = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("could not connect"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

// ---------------------------------------------------------------------------------------------
// IMDSv2

#[tokio::test]
async fn imds_v2_flow_and_headers() {
    let expiry = in_secs(6 * 3600);
    let server = imds_server(imds_json("AKIMDS", expiry));
    let provider = ImdsProvider::new(env(&[(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT",
        &server.endpoint(),
    )]));
    let creds = provider.provide_credentials().await.expect("credentials");
    assert_eq!(creds.access_key_id(), "AKIMDS");
    assert_eq!(creds.secret_access_key(), "imds-secret");
    assert_eq!(creds.session_token(), Some("imds-token"));
    assert_eq!(creds.expiry(), Some(expiry));
    assert_eq!(creds.source(), "imds");
    let seen = server.seen();
    let steps: Vec<(&str, &str)> = seen
        .iter()
        .map(|s| (s.method.as_str(), s.path.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            ("PUT", "/latest/api/token"),
            ("GET", "/latest/meta-data/iam/security-credentials/"),
            ("GET", "/latest/meta-data/iam/security-credentials/web-role"),
        ]
    );
    assert_eq!(
        seen[0].header("x-aws-ec2-metadata-token-ttl-seconds"),
        Some("21600")
    );
    for get in &seen[1..] {
        assert_eq!(
            get.header("x-aws-ec2-metadata-token"),
            Some("imds-session-token")
        );
    }
}

#[tokio::test]
async fn imds_region() {
    let server = imds_server(String::new());
    let region = imds::region(&env(&[(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT",
        &server.endpoint(),
    )]))
    .await
    .expect("region");
    assert_eq!(region.as_str(), "eu-central-1");
    let err = imds::region(&env(&[("AWS_EC2_METADATA_DISABLED", "true")]))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("disabled"), "{err}");
}

#[tokio::test]
async fn imds_disabled_sends_nothing() {
    let server = imds_server(imds_json("AKIMDS", in_secs(3600)));
    let err = ImdsProvider::new(env(&[
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &server.endpoint()),
        ("AWS_EC2_METADATA_DISABLED", "TRUE"),
    ]))
    .provide_credentials()
    .await
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("disabled by AWS_EC2_METADATA_DISABLED"),
        "{err}"
    );
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn imds_timeout_is_bounded_with_one_retry() {
    let server = Server::start(|_| Answer::Hang);
    let started = Instant::now();
    let err = ImdsProvider::new(env(&[(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT",
        &server.endpoint(),
    )]))
    .provide_credentials()
    .await
    .unwrap_err()
    .to_string();
    let elapsed = started.elapsed();
    assert!(err.contains("no answer within 1000 ms"), "{err}");
    // Two attempts of 1 s each.
    assert!(elapsed >= Duration::from_millis(1900), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(3500), "{elapsed:?}");
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn imds_unreachable_is_bounded() {
    let started = Instant::now();
    let err = ImdsProvider::new(env(&[(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT",
        &refused_endpoint(),
    )]))
    .provide_credentials()
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("no instance metadata service at"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[tokio::test]
async fn imds_500_bad_json_and_failed_code() {
    for (status, body, expected) in [
        (500, "oops", "with HTTP 500"),
        (200, "{not json", "the answer is not JSON"),
        (
            200,
            r#"{"Code":"AssumeRoleUnauthorizedAccess","Message":"denied"}"#,
            "Code is `AssumeRoleUnauthorizedAccess`: denied",
        ),
    ] {
        let body = body.to_owned();
        let server = Server::start(move |r| match (r.method.as_str(), r.path.as_str()) {
            ("PUT", _) => reply(200, "tok"),
            ("GET", "/latest/meta-data/iam/security-credentials/") => reply(200, "web-role"),
            _ => reply(status, &body),
        });
        let err = ImdsProvider::new(env(&[(
            "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            &server.endpoint(),
        )]))
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
        assert!(err.contains(expected), "{status}: {err}");
        let fetches = server
            .seen()
            .iter()
            .filter(|s| s.path.ends_with("/web-role"))
            .count();
        assert_eq!(fetches, if status == 500 { 2 } else { 1 });
    }
}

#[tokio::test]
async fn imds_no_role_attached() {
    let server = Server::start(|r| match r.method.as_str() {
        "PUT" => reply(200, "tok"),
        _ => reply(404, ""),
    });
    let err = ImdsProvider::new(env(&[(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT",
        &server.endpoint(),
    )]))
    .provide_credentials()
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("no IAM role is attached"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// The chain

#[tokio::test]
async fn chain_order_env_profile_container_imds() {
    let container = Server::start({
        let body = container_json("AKCONTAINER", in_secs(3600));
        move |_| reply(200, &body)
    });
    let imds = imds_server(imds_json("AKIMDS", in_secs(3600)));
    let dir = temp_dir("chain-order");
    let config = dir.join("config");
    std::fs::write(
        &config,
        "[default]\naws_access_key_id = AKPROFILE\naws_secret_access_key = s\n",
    )
    .expect("write config");
    let full = format!("{}/creds", container.endpoint());
    let imds_endpoint = imds.endpoint();
    let config_path = config.to_str().expect("utf-8 path").to_owned();
    let mut vars: Vec<(&str, &str)> = vec![
        ("HOME", "/nonexistent-home"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds_endpoint),
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full),
        ("AWS_CONFIG_FILE", &config_path),
        ("AWS_ACCESS_KEY_ID", "AKENV"),
        ("AWS_SECRET_ACCESS_KEY", "s"),
    ];
    let mut winners = Vec::new();
    loop {
        let creds = DefaultChain::new(env(&vars))
            .provide_credentials()
            .await
            .expect("credentials");
        winners.push((creds.access_key_id().to_owned(), creds.source()));
        if creds.source() == "imds" {
            break;
        }
        // Remove the winning source's settings and try again.
        let drop = match creds.source() {
            "environment" => 2,
            "profile" => 1,
            _ => 1,
        };
        vars.truncate(vars.len() - drop);
    }
    assert_eq!(
        winners,
        [
            ("AKENV".to_owned(), "environment"),
            ("AKPROFILE".to_owned(), "profile"),
            ("AKCONTAINER".to_owned(), "container"),
            ("AKIMDS".to_owned(), "imds"),
        ]
    );
    // The container was asked once (when it won), IMDS only when it won.
    assert_eq!(container.seen().len(), 1);
    assert_eq!(imds.seen().len(), 3);
}

#[tokio::test]
async fn chain_error_lists_every_source() {
    let err = DefaultChain::new(env(&[
        ("HOME", "/nonexistent-home"),
        ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &refused_endpoint()),
    ]))
    .provide_credentials()
    .await
    .unwrap_err()
    .to_string();
    for part in [
        "environment: AWS_ACCESS_KEY_ID is not set",
        "profile: profile `default`: no shared config or credentials file found",
        "web identity: AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not both set",
        "container: neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set",
        "imds: no instance metadata service at",
    ] {
        assert!(err.contains(part), "missing `{part}` in: {err}");
    }
}

#[cfg(unix)]
#[tokio::test]
async fn chain_stops_at_a_failing_credential_process() {
    let container = Server::start(|_| reply(200, "{}"));
    let (_, dir) = process_profile("chain-stop", "exit 7");
    let full = format!("{}/creds", container.endpoint());
    let config = dir.join("config");
    let env = env(&[
        ("HOME", "/nonexistent-home"),
        ("AWS_CONFIG_FILE", config.to_str().expect("utf-8 path")),
        ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full),
    ]);
    let err = DefaultChain::new(env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("profile: credential_process `exit` failed with exit code 7"),
        "{err}"
    );
    assert!(err.contains("the chain stopped there"), "{err}");
    assert!(container.seen().is_empty());
}

// ---------------------------------------------------------------------------------------------
// The cache in front of the sources

/// A client of `ecr` (a canned server) whose credentials come from the container `server`.
fn client_with_container(ecr: &CannedServer, server: &Server) -> ecr::Client {
    let full = format!("{}/creds", server.endpoint());
    let provider = ContainerProvider::new(env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]));
    let config = Config::builder()
        .region("us-east-1")
        .credentials(provider)
        .endpoint_url(ecr.endpoint())
        .build();
    ecr::Client::new(&config)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_callers_share_one_fetch() {
    let fetches = Arc::new(AtomicUsize::new(0));
    let server = Server::start({
        let fetches = fetches.clone();
        let body = container_json("AKCACHED", in_secs(3600));
        move |_| {
            fetches.fetch_add(1, Ordering::SeqCst);
            // Slow enough that both callers wait on the same refresh.
            std::thread::sleep(Duration::from_millis(200));
            reply(200, &body)
        }
    });
    let ecr = CannedServer::start(CannedServer::json_200("{}"));
    let client = client_with_container(&ecr, &server);
    let (a, b) = tokio::join!(
        client.describe_repositories().send(),
        client.describe_repositories().send()
    );
    a.expect("first call");
    b.expect("second call");
    client
        .describe_repositories()
        .send()
        .await
        .expect("third call");
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
    assert_eq!(server.seen().len(), 1);
    let signed = String::from_utf8_lossy(&ecr.last_request()).into_owned();
    assert!(signed.contains("Credential=AKCACHED/"), "{signed}");
    assert!(
        signed.contains("container-token"),
        "the session token is sent"
    );
}

#[tokio::test]
async fn credentials_near_expiry_are_fetched_again() {
    // Two minutes left: inside the cache's five-minute refresh window.
    let server = Server::start({
        let body = container_json("AKSHORT", in_secs(120));
        move |_| reply(200, &body)
    });
    let ecr = CannedServer::start(CannedServer::json_200("{}"));
    let client = client_with_container(&ecr, &server);
    client
        .describe_repositories()
        .send()
        .await
        .expect("first call");
    client
        .describe_repositories()
        .send()
        .await
        .expect("second call");
    assert_eq!(server.seen().len(), 2);
}

/// The region chain ends with the instance metadata service.
#[tokio::test]
async fn the_region_comes_from_imds_when_nothing_else_sets_it() {
    let server = tests::CannedServer::script(vec![
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\ntoken".to_vec(),
        b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nConnection: close\r\n\r\neu-central-2".to_vec(),
    ]);
    let env = ecr_runtime::Env::from_vars([
        ("HOME", "/nonexistent"),
        (
            "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            server.endpoint().as_str(),
        ),
        ("AWS_ACCESS_KEY_ID", "AKID"),
        ("AWS_SECRET_ACCESS_KEY", "SECRET"),
    ]);
    let config = ecr_runtime::Config::loader()
        .env(env)
        .load()
        .await
        .expect("a region from IMDS");
    assert_eq!(config.region().map(|r| r.as_str()), Some("eu-central-2"));
    let requests = server.requests();
    assert!(String::from_utf8_lossy(&requests[0]).starts_with("PUT /latest/api/token"));
    assert!(
        String::from_utf8_lossy(&requests[1]).starts_with("GET /latest/meta-data/placement/region")
    );
    // Switched off, the chain ends without a region.
    let env = ecr_runtime::Env::from_vars([
        ("HOME", "/nonexistent"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ]);
    let error = ecr_runtime::Config::loader()
        .env(env)
        .load()
        .await
        .unwrap_err();
    assert!(error.to_string().contains("no region"), "{error}");
}
