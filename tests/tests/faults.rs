//! The client under faults: a loopback server misbehaves in each way a network, a proxy or the
//! service can, and each test asserts the attempts made, the final error kind and a bound on the
//! time taken. Retries back off by milliseconds here (the defaults are seconds) and timeouts are
//! short, so that the whole matrix runs in seconds.

use ecr::operations::{BatchGetImageError, DescribeRegistryError};
use ecr::types::ImageIdentifier;
use ecr_runtime::{Error, RetryConfig, TimeoutConfig, TransportErrorKind};
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the server does with one request.
#[derive(Clone, Debug)]
enum Fault {
    /// Answers with this status and JSON body (and extra header lines).
    Answer(u16, &'static str, &'static str),
    /// Answers with an HTML page, as a proxy in front of the service does.
    Html(u16),
    /// Closes the connection without answering.
    Close,
    /// Sends the headers and part of the announced body, then closes.
    Truncate,
    /// Waits this long before answering 200.
    SlowHeader(Duration),
    /// Sends the headers, then one byte of body every 200 ms.
    SlowBody,
    /// Never answers (holds the connection until the server stops).
    Silent,
}

/// A loopback server answering each request with the next fault of its script (the last one
/// repeats), one connection per request. It records every request and stops when dropped, or
/// after 60 s.
struct FaultServer {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

impl FaultServer {
    fn start(script: Vec<Fault>) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (r, s) = (requests.clone(), stop.clone());
        std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            let mut served = 0usize;
            while !s.load(Ordering::SeqCst) && Instant::now() < deadline {
                let Ok((stream, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(2));
                    continue;
                };
                let fault = script[served.min(script.len() - 1)].clone();
                served += 1;
                let (r, s) = (r.clone(), s.clone());
                std::thread::spawn(move || serve(stream, fault, &r, &s));
            }
        });
        FaultServer {
            addr,
            requests,
            stop,
        }
    }

    fn client(&self, retry: RetryConfig, timeouts: TimeoutConfig) -> ecr::Client {
        let config = ecr::Config::builder()
            .region(tests::REGION)
            .credentials(ecr::Credentials::new("AKIDEXAMPLE", "secret"))
            .endpoint_url(format!("http://{}", self.addr))
            .retry(retry)
            .timeouts(timeouts)
            .build();
        ecr::Client::new(&config)
    }

    /// The requests received, headers and body as text.
    fn requests(&self) -> Vec<String> {
        self.requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    fn header(request: &str, name: &str) -> Option<String> {
        request.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn serve(mut stream: TcpStream, fault: Fault, requests: &Mutex<Vec<String>>, stop: &AtomicBool) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let buf = tests::read_request(&mut stream);
    requests
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(String::from_utf8_lossy(&buf).into_owned());
    let respond = |stream: &mut TcpStream, status: u16, headers: &str, body: &str| {
        let _ = stream.write_all(
            format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/x-amz-json-1.1\r\n\
                 x-amzn-RequestId: fault-{status}\r\n{headers}Content-Length: {}\r\n\
                 Connection: close\r\n\r\n{body}",
                body.len()
            )
            .as_bytes(),
        );
    };
    match fault {
        Fault::Answer(status, headers, body) => respond(&mut stream, status, headers, body),
        Fault::Html(status) => {
            let body = "<html><body><h1>502 Bad Gateway</h1></body></html>";
            let _ = stream.write_all(
                format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n{body}",
                    body.len()
                )
                .as_bytes(),
            );
        }
        Fault::Close => {}
        Fault::Truncate => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n\
                  Content-Length: 100\r\nConnection: close\r\n\r\n{\"registryId\":",
            );
        }
        Fault::SlowHeader(wait) => {
            std::thread::sleep(wait);
            respond(&mut stream, 200, "", "{}");
        }
        Fault::SlowBody => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n\
                  Content-Length: 1000\r\nConnection: close\r\n\r\n",
            );
            for _ in 0..100 {
                if stop.load(Ordering::SeqCst) || stream.write_all(b" ").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
        }
        Fault::Silent => {
            let until = Instant::now() + Duration::from_secs(20);
            while !stop.load(Ordering::SeqCst) && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
    let _ = stream.flush();
}

/// Fast retries: 3 attempts, backoff from 5 ms.
fn fast_retries() -> RetryConfig {
    RetryConfig::standard()
        .initial_backoff(Duration::from_millis(5))
        .max_backoff(Duration::from_millis(20))
}

fn short_timeouts() -> TimeoutConfig {
    TimeoutConfig::default()
        .connect(Duration::from_millis(500))
        .attempt(Duration::from_millis(400))
        .operation(Duration::from_secs(5))
}

/// Runs DescribeRegistry against a server playing `script`: the result, the attempts made and
/// the time taken.
async fn run(
    script: Vec<Fault>,
    retry: RetryConfig,
    timeouts: TimeoutConfig,
) -> (Result<(), DescribeRegistryError>, usize, Duration) {
    let server = FaultServer::start(script);
    let client = server.client(retry, timeouts);
    let started = Instant::now();
    let result = client.describe_registry().send().await.map(|_| ());
    (result, server.requests().len(), started.elapsed())
}

fn transport_kind(error: &DescribeRegistryError) -> Option<TransportErrorKind> {
    match error {
        DescribeRegistryError::Runtime(Error::Transport(e)) => Some(e.kind()),
        _ => None,
    }
}

fn response_status(error: &DescribeRegistryError) -> Option<u16> {
    match error {
        DescribeRegistryError::Runtime(Error::Response(e)) => Some(e.status()),
        _ => None,
    }
}

const THROTTLED: &str = r#"{"__type":"ThrottlingException","message":"Rate exceeded"}"#;
const INTERNAL: &str = r#"{"__type":"InternalFailure","message":"try again"}"#;
const OK: &str = r#"{"registryId":"123456789012","replicationConfiguration":{"rules":[]}}"#;

#[tokio::test]
async fn a_500_then_success_is_retried() {
    let (result, attempts, took) = run(
        vec![Fault::Answer(500, "", INTERNAL), Fault::Answer(200, "", OK)],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    result.expect("the second attempt succeeds");
    assert_eq!(attempts, 2);
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[tokio::test]
async fn a_503_every_time_gives_up_after_three_attempts() {
    let (result, attempts, took) = run(
        vec![Fault::Answer(503, "", INTERNAL)],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    let error = result.unwrap_err();
    assert!(matches!(&error, DescribeRegistryError::Unmodeled(e) if e.status() == Some(503)));
    assert_eq!(attempts, 3);
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[tokio::test]
async fn throttling_is_retried_and_reported_with_its_code() {
    let (result, attempts, _) = run(
        vec![Fault::Answer(400, "", THROTTLED)],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    let error = result.unwrap_err();
    assert_eq!(error.code(), Some("ThrottlingException"));
    assert_eq!(error.message(), Some("Rate exceeded"));
    assert_eq!(attempts, 3);
}

#[tokio::test]
async fn a_client_error_is_not_retried() {
    let (result, attempts, _) = run(
        vec![Fault::Answer(
            400,
            "",
            r#"{"__type":"AccessDeniedException","message":"no"}"#,
        )],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    assert_eq!(result.unwrap_err().code(), Some("AccessDeniedException"));
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn ecr_limit_exceeded_is_an_account_quota_and_is_not_retried() {
    let server = FaultServer::start(vec![Fault::Answer(
        400,
        "",
        r#"{"__type":"LimitExceededException","message":"repository limit"}"#,
    )]);
    let client = server.client(fast_retries(), short_timeouts());
    let error = client
        .batch_get_image()
        .repository_name("demo/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(error, BatchGetImageError::LimitExceeded(_)),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_connection_closed_before_the_answer_is_retried() {
    let (result, attempts, took) = run(
        vec![Fault::Close, Fault::Close, Fault::Answer(200, "", OK)],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    result.expect("the third attempt succeeds");
    assert_eq!(attempts, 3);
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error_after_three_attempts() {
    let (result, attempts, _) = run(vec![Fault::Truncate], fast_retries(), short_timeouts()).await;
    let error = result.unwrap_err();
    assert_eq!(
        transport_kind(&error),
        Some(TransportErrorKind::Io),
        "{error:?}"
    );
    assert_eq!(attempts, 3);
}

#[tokio::test]
async fn a_body_that_is_not_json_is_not_retried() {
    let (result, attempts, _) = run(
        vec![Fault::Answer(200, "", "<html>maintenance</html>")],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    let error = result.unwrap_err();
    assert_eq!(response_status(&error), Some(200), "{error:?}");
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn an_html_page_from_a_proxy_is_retried_then_reported_with_its_status() {
    let (result, attempts, _) = run(vec![Fault::Html(502)], fast_retries(), short_timeouts()).await;
    let error = result.unwrap_err();
    assert_eq!(response_status(&error), Some(502), "{error:?}");
    assert!(error.to_string().contains("502"), "{error}");
    assert_eq!(attempts, 3);
}

#[tokio::test]
async fn a_slow_header_hits_the_attempt_timeout() {
    let (result, attempts, took) = run(
        vec![Fault::SlowHeader(Duration::from_secs(3))],
        fast_retries(),
        short_timeouts(),
    )
    .await;
    let error = result.unwrap_err();
    assert_eq!(
        transport_kind(&error),
        Some(TransportErrorKind::AttemptTimeout),
        "{error:?}"
    );
    assert_eq!(attempts, 3);
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test]
async fn a_slow_body_hits_the_attempt_timeout() {
    let (result, attempts, took) =
        run(vec![Fault::SlowBody], fast_retries(), short_timeouts()).await;
    let error = result.unwrap_err();
    assert_eq!(
        transport_kind(&error),
        Some(TransportErrorKind::AttemptTimeout),
        "{error:?}"
    );
    assert_eq!(attempts, 3);
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test]
async fn a_server_that_never_answers_hits_the_operation_timeout() {
    let timeouts = TimeoutConfig::default()
        .attempt(Duration::from_secs(30))
        .operation(Duration::from_millis(600));
    let (result, attempts, took) = run(vec![Fault::Silent], fast_retries(), timeouts).await;
    let error = result.unwrap_err();
    assert_eq!(
        transport_kind(&error),
        Some(TransportErrorKind::OperationTimeout),
        "{error:?}"
    );
    assert_eq!(attempts, 1);
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    // A port nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let config = ecr::Config::builder()
        .region(tests::REGION)
        .credentials(ecr::Credentials::new("AKIDEXAMPLE", "secret"))
        .endpoint_url(format!("http://127.0.0.1:{port}"))
        .retry(fast_retries())
        .timeouts(short_timeouts())
        .build();
    let started = Instant::now();
    let error = ecr::Client::new(&config)
        .describe_registry()
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        transport_kind(&error),
        Some(TransportErrorKind::Connect),
        "{error:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn every_attempt_says_which_it_is_under_one_invocation_id() {
    let server = FaultServer::start(vec![
        Fault::Answer(500, "", INTERNAL),
        Fault::Answer(500, "", INTERNAL),
        Fault::Answer(200, "", OK),
    ]);
    server
        .client(fast_retries(), short_timeouts())
        .describe_registry()
        .send()
        .await
        .expect("the third attempt succeeds");
    let requests = server.requests();
    let ids: Vec<_> = requests
        .iter()
        .map(|r| FaultServer::header(r, "amz-sdk-invocation-id").expect("an invocation id"))
        .collect();
    assert_eq!(ids[0].len(), 36);
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let attempts: Vec<_> = requests
        .iter()
        .map(|r| FaultServer::header(r, "amz-sdk-request").expect("amz-sdk-request"))
        .collect();
    assert_eq!(
        attempts,
        ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"]
    );
    // A new call, a new invocation id.
    server
        .client(fast_retries(), short_timeouts())
        .describe_registry()
        .send()
        .await
        .expect("succeeds");
    let last = server.requests().pop().expect("a request");
    assert_ne!(
        FaultServer::header(&last, "amz-sdk-invocation-id"),
        Some(ids[0].clone())
    );
}

#[tokio::test]
async fn the_retry_quota_stops_a_retry_storm() {
    let server = FaultServer::start(vec![Fault::Answer(500, "", INTERNAL)]);
    let client = server.client(
        RetryConfig::standard()
            .initial_backoff(Duration::from_micros(100))
            .max_backoff(Duration::from_micros(200)),
        short_timeouts(),
    );
    // 500 tokens, 5 a retry, 2 retries a call: 50 calls spend the quota; the next 10 make one
    // attempt each.
    for _ in 0..60 {
        let _ = client.describe_registry().send().await;
    }
    assert_eq!(server.requests().len(), 50 * 3 + 10);
}

#[tokio::test]
async fn max_attempts_is_honoured() {
    let (_, attempts, _) = run(
        vec![Fault::Answer(500, "", INTERNAL)],
        fast_retries().max_attempts(5),
        short_timeouts(),
    )
    .await;
    assert_eq!(attempts, 5);
    let (_, attempts, _) = run(
        vec![Fault::Answer(500, "", INTERNAL)],
        RetryConfig::disabled(),
        short_timeouts(),
    )
    .await;
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn a_skewed_clock_is_corrected_from_the_date_header_and_signed_again() {
    // The service's clock is an hour ahead of ours.
    let ahead = ecr_runtime::OffsetDateTime::now_utc() + Duration::from_secs(3600);
    let date = format!("Date: {}\r\n", httpdate(ahead));
    let date: &'static str = Box::leak(date.into_boxed_str());
    let (result, attempts, _) = run(
        vec![
            Fault::Answer(
                400,
                date,
                r#"{"__type":"InvalidSignatureException","message":"Signature expired: 20261127T000000Z is now earlier than 20261127T010000Z"}"#,
            ),
            Fault::Answer(200, "", OK),
        ],
        RetryConfig::disabled(),
        short_timeouts(),
    )
    .await;
    result.expect("signed again with the service's time, the request passes");
    assert_eq!(attempts, 2, "one extra attempt, even with retries off");
}

#[tokio::test]
async fn the_clock_offset_is_used_for_the_signature() {
    let ahead = ecr_runtime::OffsetDateTime::now_utc() + Duration::from_secs(7200);
    let date: &'static str = Box::leak(format!("Date: {}\r\n", httpdate(ahead)).into_boxed_str());
    let server = FaultServer::start(vec![
        Fault::Answer(
            403,
            date,
            r#"{"__type":"InvalidSignatureException","message":"Signature expired"}"#,
        ),
        Fault::Answer(200, "", OK),
    ]);
    server
        .client(RetryConfig::disabled(), short_timeouts())
        .describe_registry()
        .send()
        .await
        .expect("succeeds");
    let requests = server.requests();
    let stamp = |r: &str| FaultServer::header(r, "x-amz-date").expect("x-amz-date");
    let (first, second) = (stamp(&requests[0]), stamp(&requests[1]));
    // `YYYYMMDDTHHMMSSZ`: the second is two hours after the first, give or take a minute.
    let hours = |s: &str| -> i64 {
        let day: i64 = s[6..8].parse().unwrap();
        let hour: i64 = s[9..11].parse().unwrap();
        let minute: i64 = s[11..13].parse().unwrap();
        (day * 24 + hour) * 60 + minute
    };
    let diff = hours(&second) - hours(&first);
    assert!((119..=121).contains(&diff), "{first} then {second}");
}

fn httpdate(at: ecr_runtime::OffsetDateTime) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        DAYS[at.weekday().number_days_from_monday() as usize],
        at.day(),
        MONTHS[at.month() as usize - 1],
        at.year(),
        at.hour(),
        at.minute(),
        at.second()
    )
}
