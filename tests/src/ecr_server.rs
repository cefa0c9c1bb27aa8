//! A small loopback ECR: answers every operation of the model with a model-valid response.
//!
//! [`EcrServer`] speaks HTTP/1.1 with keep-alive (several requests per connection, bodies framed
//! by `Content-Length`) and checks what a client sends as the service would: a SigV4
//! `Authorization` header (403 `UnrecognizedClientException` without one), a known
//! `X-Amz-Target` (400 `UnknownOperationException`), the `application/x-amz-json-1.1` content
//! type, and a JSON body valid for the operation's input shape (400
//! `InvalidParameterException`, listing every violation: missing required members, unknown
//! members, wrong JSON types, lengths, ranges, enum values, patterns).
//!
//! Answers are [`Model::sample`]s of the output shape, with top-level members the input also has
//! (`repositoryName`, `registryId`, `imageId`...) echoed from the request. The list operations
//! of [`PAGINATED_OPERATIONS`] page for real through a collection of distinguishable items (image
//! tags `tag-0`, `tag-1`..., digests `sha256:000..0`, `sha256:000..1`..., repository names
//! `repo-0`...) with opaque tokens that only this server issued. Tests can set collection sizes,
//! make an operation repeat its token, script the status the waiters poll, inject errors, and
//! read every request back.
//!
//! ```no_run
//! # async fn demo() {
//! let server = tests::EcrServer::start();
//! server.set_items("ListImages", 25);
//! let client = server.client();
//! let page = client.list_images().repository_name("app").send().await.expect("a page");
//! assert_eq!(page.image_ids().len(), 10);
//! assert_eq!(server.requests()[0].operation(), "ListImages");
//! # }
//! ```

use crate::model::Model;
use base64::Engine as _;
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The access key of [`EcrServer::client`].
pub const TEST_ACCESS_KEY: &str = "AKIDEXAMPLE";

/// The secret key of [`EcrServer::client`] (what [`EcrServer::verify_signatures`] checks with).
pub const TEST_SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

/// How many items a paginated operation's collection has unless [`EcrServer::set_items`] says.
pub const DEFAULT_ITEMS: usize = 3;

/// The page size when a request has no `maxResults`.
pub const DEFAULT_PAGE_SIZE: usize = 10;

/// How long a server runs at most: it stops when dropped, or after this.
pub const LIFETIME: Duration = Duration::from_secs(300);

/// The operations that page for real, each with its result keys (dotted paths in the output):
/// the nine of `paginators-1.json`, `ListImageReferrers` and `ListPullTimeUpdateExclusions`.
/// Every one takes `nextToken` and `maxResults` and answers `nextToken`.
pub const PAGINATED_OPERATIONS: &[(&str, &[&str])] = &[
    (
        "DescribeImageScanFindings",
        &[
            "imageScanFindings.findings",
            "imageScanFindings.enhancedFindings",
        ],
    ),
    ("DescribeImages", &["imageDetails"]),
    ("DescribePullThroughCacheRules", &["pullThroughCacheRules"]),
    ("DescribeReplicationBackfillResults", &["results"]),
    ("DescribeRepositories", &["repositories"]),
    (
        "DescribeRepositoryCreationTemplates",
        &["repositoryCreationTemplates"],
    ),
    ("GetLifecyclePolicyPreview", &["previewResults"]),
    ("ListImageReferrers", &["referrers"]),
    ("ListImages", &["imageIds"]),
    (
        "ListPullTimeUpdateExclusions",
        &["pullTimeUpdateExclusions"],
    ),
    ("ListReplicationBackfills", &["backfills"]),
];

/// The operations whose status [`EcrServer::script_status`] scripts, with where the status sits
/// in the output (what the waiters of `waiters-2.json` poll). Both answer `COMPLETE` by default.
pub const STATUS_OPERATIONS: &[(&str, &str)] = &[
    ("DescribeImageScanFindings", "imageScanStatus.status"),
    ("GetLifecyclePolicyPreview", "status"),
];

const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
const MAX_HEAD: usize = 64 * 1024;
const MAX_BODY: usize = 64 * 1024 * 1024;
const POLL: Duration = Duration::from_millis(50);

/// One request the server read, whatever it answered.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedRequest {
    /// The `X-Amz-Target` header as sent (empty without one).
    pub target: String,
    /// The body as JSON; `Value::Null` for an empty body, a `Value::String` of the text for a
    /// body that is not JSON.
    pub body: Value,
    /// Every header, names in lower case, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The status the server answered.
    pub status: u16,
}

impl RecordedRequest {
    /// The operation: the target without its `AmazonEC2ContainerRegistry_V20150921.` prefix.
    pub fn operation(&self) -> &str {
        self.target
            .split_once('.')
            .map_or(self.target.as_str(), |(_, op)| op)
    }

    /// The first value of a header (`name` in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An injected error: status, code and message, for all calls or for a number of them.
#[derive(Clone, Debug)]
struct Failure {
    status: u16,
    code: String,
    message: String,
    remaining: Option<usize>,
}

#[derive(Default)]
struct State {
    items: HashMap<String, usize>,
    repeat: HashMap<String, Option<String>>,
    tokens: HashMap<String, (String, usize)>,
    scripts: HashMap<String, (Vec<String>, usize)>,
    failures: HashMap<String, Failure>,
    requests: Vec<RecordedRequest>,
    unknowns: bool,
    verify_signatures: bool,
}

struct Shared {
    model: &'static Model,
    stop: AtomicBool,
    deadline: Instant,
    salt: u64,
    counter: AtomicU64,
    state: Mutex<State>,
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst) || Instant::now() >= self.deadline
    }
}

/// A loopback ECR-compatible server (see the [module documentation](self)). It stops when
/// dropped, or after [`LIFETIME`].
pub struct EcrServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl EcrServer {
    /// Starts a server on a free loopback port.
    ///
    /// # Panics
    ///
    /// When no loopback port can be bound, or the model cannot be read.
    pub fn start() -> EcrServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener
            .set_nonblocking(true)
            .expect("nonblocking listener");
        let addr = listener.local_addr().expect("address");
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let shared = Arc::new(Shared {
            model: Model::shared(),
            stop: AtomicBool::new(false),
            deadline: Instant::now() + LIFETIME,
            salt: nanos ^ (u64::from(addr.port()) << 48),
            counter: AtomicU64::new(0),
            state: Mutex::new(State::default()),
        });
        let s = shared.clone();
        let thread = std::thread::spawn(move || accept_loop(listener, s));
        EcrServer {
            addr,
            shared,
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A configuration for this server: region [`crate::REGION`], credentials
    /// [`TEST_ACCESS_KEY`] / [`TEST_SECRET_KEY`], endpoint [`EcrServer::endpoint`]. Add to it
    /// (`.validate_requests(false)`...) and build.
    pub fn config_builder(&self) -> ecr_runtime::ConfigBuilder {
        ecr::Config::builder()
            .region(crate::REGION)
            .credentials(ecr::Credentials::new(TEST_ACCESS_KEY, TEST_SECRET_KEY))
            .endpoint_url(self.endpoint())
    }

    /// A client of this server, configured by [`EcrServer::config_builder`].
    pub fn client(&self) -> ecr::Client {
        ecr::Client::new(&self.config_builder().build())
    }

    /// Gives the collection of a paginated operation ([`PAGINATED_OPERATIONS`]) `count` items
    /// (default [`DEFAULT_ITEMS`]); `DescribeImageScanFindings` has `count` findings and `count`
    /// enhanced findings.
    pub fn set_items(&self, operation: &str, count: usize) {
        self.shared
            .state()
            .items
            .insert(operation.to_owned(), count);
    }

    /// Makes `operation` answer the same `nextToken` every time, even on the last page (a
    /// misbehaving service, for tests of loop detection). The token is valid: sent back, it
    /// gives the second page again.
    pub fn repeat_token(&self, operation: &str) {
        self.shared
            .state()
            .repeat
            .entry(operation.to_owned())
            .or_insert(None);
    }

    /// Scripts the status that successive calls of `operation` answer (one of
    /// [`STATUS_OPERATIONS`]): the first call gets `statuses[0]`, and so on; the last one repeats.
    /// Any string goes, modelled or not. An empty script restores the default, `COMPLETE`.
    ///
    /// # Panics
    ///
    /// When `operation` is not one of [`STATUS_OPERATIONS`].
    pub fn script_status(&self, operation: &str, statuses: &[&str]) {
        assert!(
            STATUS_OPERATIONS.iter().any(|(op, _)| *op == operation),
            "{operation} has no scripted status; these have: {STATUS_OPERATIONS:?}"
        );
        let script = statuses.iter().map(|s| (*s).to_owned()).collect();
        self.shared
            .state()
            .scripts
            .insert(operation.to_owned(), (script, 0));
    }

    /// Makes every later call of `operation` that passes the checks answer `status` with
    /// `{"__type": code, "message": message}`.
    pub fn fail_with(&self, operation: &str, status: u16, code: &str, message: &str) {
        self.set_failure(operation, status, code, message, None);
    }

    /// As [`EcrServer::fail_with`] for the next `times` calls of `operation` only (then it
    /// answers normally again), e.g. for retry tests.
    pub fn fail_times(
        &self,
        operation: &str,
        times: usize,
        status: u16,
        code: &str,
        message: &str,
    ) {
        self.set_failure(operation, status, code, message, Some(times));
    }

    fn set_failure(
        &self,
        operation: &str,
        status: u16,
        code: &str,
        message: &str,
        remaining: Option<usize>,
    ) {
        self.shared.state().failures.insert(
            operation.to_owned(),
            Failure {
                status,
                code: code.to_owned(),
                message: message.to_owned(),
                remaining,
            },
        );
    }

    /// Stops injecting errors into `operation`.
    pub fn clear_failure(&self, operation: &str) {
        self.shared.state().failures.remove(operation);
    }

    /// With `true`, answers as a newer service would ([`Model::sample_with_unknowns`]): an
    /// unknown member in every structure and unknown enum values (scripted statuses excepted).
    pub fn set_unknowns(&self, on: bool) {
        self.shared.state().unknowns = on;
    }

    /// With `true`, also checks each request's SigV4 signature: the access key must be
    /// [`TEST_ACCESS_KEY`] (else 403 `UnrecognizedClientException`) and the signature that of
    /// [`TEST_SECRET_KEY`] over the signed headers and the body (else 403
    /// `InvalidSignatureException`). Off by default: only the header's form is checked.
    pub fn verify_signatures(&self, on: bool) {
        self.shared.state().verify_signatures = on;
    }

    /// Every request read so far, in order, refused ones included.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.state().requests.clone()
    }

    /// The requests of one operation (by target), in order.
    pub fn requests_for(&self, operation: &str) -> Vec<RecordedRequest> {
        self.shared
            .state()
            .requests
            .iter()
            .filter(|r| r.operation() == operation)
            .cloned()
            .collect()
    }

    /// Forgets the requests read so far.
    pub fn clear_requests(&self) {
        self.shared.state().requests.clear();
    }
}

impl Drop for EcrServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Accepts connections until stopped, one thread each; joins them before returning.
fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections: Vec<JoinHandle<()>> = Vec::new();
    while !shared.stopping() {
        match listener.accept() {
            Ok((stream, _)) => {
                let s = shared.clone();
                connections.push(std::thread::spawn(move || serve_connection(stream, &s)));
                connections.retain(|c| !c.is_finished());
            }
            Err(_) => std::thread::sleep(Duration::from_millis(2)),
        }
    }
    for c in connections {
        let _ = c.join();
    }
}

/// One HTTP request as read from the wire.
struct RawRequest {
    method: String,
    path: String,
    version: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl RawRequest {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

enum Incoming {
    Request(RawRequest),
    Closed,
    /// Unreadable: answer this status and message, then close.
    Bad(u16, String),
}

fn serve_connection(mut stream: TcpStream, shared: &Shared) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(POLL));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
    let mut buf = Vec::new();
    loop {
        match read_request(&mut stream, &mut buf, shared) {
            Incoming::Closed => return,
            Incoming::Bad(status, message) => {
                let body = error_body("SerializationException", &message);
                let id = request_id(shared);
                let _ = write_response(&mut stream, status, &body, &id, false);
                linger(&mut stream);
                return;
            }
            Incoming::Request(request) => {
                let connection = request
                    .header("connection")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let keep_alive = if request.version == "HTTP/1.0" {
                    connection.contains("keep-alive")
                } else {
                    !connection.contains("close")
                };
                let (status, body) = handle(shared, &request);
                let id = request_id(shared);
                if write_response(&mut stream, status, &body, &id, keep_alive).is_err() {
                    return;
                }
                if !keep_alive {
                    linger(&mut stream);
                    return;
                }
            }
        }
    }
}

/// Closes the sending side, then reads what the client still sends (for a second at most), so
/// that unread input does not reset the connection before the client reads the answer.
fn linger(stream: &mut TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write);
    let deadline = Instant::now() + Duration::from_secs(1);
    let mut sink = [0u8; 16 * 1024];
    while Instant::now() < deadline {
        match stream.read(&mut sink) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}

fn request_id(shared: &Shared) -> String {
    let n = shared.counter.fetch_add(1, Ordering::SeqCst);
    format!(
        "{:08x}-0000-4000-8000-{:012x}",
        shared.salt as u32,
        n & 0xffff_ffff_ffff
    )
}

/// Reads one request; bytes past it stay in `buf` for the next one.
fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>, shared: &Shared) -> Incoming {
    let mut chunk = [0u8; 16 * 1024];
    let mut head: Option<(usize, RawRequest, usize)> = None;
    loop {
        if head.is_none()
            && let Some(end) = find(buf, b"\r\n\r\n")
        {
            match parse_head(&buf[..end]) {
                Ok((request, length)) => head = Some((end + 4, request, length)),
                Err((status, message)) => return Incoming::Bad(status, message),
            }
        }
        if let Some((start, _, length)) = &head
            && buf.len() >= start + length
        {
            let (start, mut request, length) = head.take().expect("checked above");
            request.body = buf[start..start + length].to_vec();
            buf.drain(..start + length);
            return Incoming::Request(request);
        }
        if head.is_none() && buf.len() > MAX_HEAD {
            return Incoming::Bad(431, "the request head is too large".to_owned());
        }
        match stream.read(&mut chunk) {
            Ok(0) => return Incoming::Closed,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                if shared.stopping() {
                    return Incoming::Closed;
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => return Incoming::Closed,
        }
    }
}

/// The request line and headers, and the body's length.
fn parse_head(head: &[u8]) -> Result<(RawRequest, usize), (u16, String)> {
    let text =
        std::str::from_utf8(head).map_err(|_| (400, "the request head is not UTF-8".to_owned()))?;
    let mut lines = text.split("\r\n");
    let line = lines.next().unwrap_or_default();
    let mut parts = line.split(' ');
    let (Some(method), Some(path), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err((400, format!("not an HTTP request line: {line:?}")));
    };
    if !version.starts_with("HTTP/1.") {
        return Err((505, format!("unsupported HTTP version {version:?}")));
    }
    let mut headers = Vec::new();
    for l in lines {
        let Some((name, value)) = l.split_once(':') else {
            return Err((400, format!("not a header line: {l:?}")));
        };
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    if headers.iter().any(|(k, _)| k == "transfer-encoding") {
        return Err((411, "send the body with a Content-Length".to_owned()));
    }
    let mut length: Option<usize> = None;
    for (_, v) in headers.iter().filter(|(k, _)| k == "content-length") {
        let n: usize = v
            .parse()
            .map_err(|_| (400, format!("bad Content-Length {v:?}")))?;
        if length.is_some_and(|l| l != n) {
            return Err((400, "conflicting Content-Length headers".to_owned()));
        }
        length = Some(n);
    }
    let length = length.unwrap_or(0);
    if length > MAX_BODY {
        return Err((413, format!("a body of {length} bytes is too large")));
    }
    Ok((
        RawRequest {
            method: method.to_owned(),
            path: path.to_owned(),
            version: version.to_owned(),
            headers,
            body: Vec::new(),
        },
        length,
    ))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn write_response(
    stream: &mut TcpStream,
    status: u16,
    body: &[u8],
    request_id: &str,
    keep_alive: bool,
) -> std::io::Result<()> {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown");
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {CONTENT_TYPE}\r\nx-amzn-RequestId: {request_id}\r\nContent-Length: {}\r\nConnection: {}\r\n\r\n",
        body.len(),
        if keep_alive { "keep-alive" } else { "close" }
    );
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    stream.write_all(&out)?;
    stream.flush()
}

fn error_body(code: &str, message: &str) -> Vec<u8> {
    json!({"__type": code, "message": message})
        .to_string()
        .into_bytes()
}

/// Answers one request and records it.
fn handle(shared: &Shared, request: &RawRequest) -> (u16, Vec<u8>) {
    let target = request.header("x-amz-target").unwrap_or_default();
    let body: Option<Value> = serde_json::from_slice(&request.body).ok();
    let (status, answer) = match respond(shared, request, target, body.as_ref()) {
        Ok(value) => (200, value.to_string().into_bytes()),
        Err((status, code, message)) => (status, error_body(&code, &message)),
    };
    let recorded = body.unwrap_or_else(|| {
        if request.body.is_empty() {
            Value::Null
        } else {
            Value::String(String::from_utf8_lossy(&request.body).into_owned())
        }
    });
    shared.state().requests.push(RecordedRequest {
        target: target.to_owned(),
        body: recorded,
        headers: request.headers.clone(),
        status,
    });
    (status, answer)
}

type Refusal = (u16, String, String);

fn refuse(status: u16, code: &str, message: impl Into<String>) -> Refusal {
    (status, code.to_owned(), message.into())
}

fn respond(
    shared: &Shared,
    request: &RawRequest,
    target: &str,
    body: Option<&Value>,
) -> Result<Value, Refusal> {
    let model = shared.model;
    if request.method != "POST" {
        return Err(refuse(
            405,
            "UnknownOperationException",
            format!("{} is not served: send POST /", request.method),
        ));
    }
    if request.path != "/" {
        return Err(refuse(
            404,
            "UnknownOperationException",
            format!("no resource at {}: send POST /", request.path),
        ));
    }
    let verify = shared.state().verify_signatures;
    check_authorization(request, verify)?;
    let operation = target
        .strip_prefix(model.target_prefix())
        .and_then(|rest| rest.strip_prefix('.'))
        .filter(|op| model.operation(op).is_some())
        .ok_or_else(|| {
            refuse(
                400,
                "UnknownOperationException",
                format!("unknown operation: X-Amz-Target {target:?}"),
            )
        })?;
    let content_type = request.header("content-type").unwrap_or_default();
    if content_type.split(';').next().map(str::trim) != Some(CONTENT_TYPE) {
        return Err(refuse(
            400,
            "SerializationException",
            format!("expected Content-Type {CONTENT_TYPE}, got {content_type:?}"),
        ));
    }
    let Some(input) = body.filter(|b| b.is_object()) else {
        return Err(refuse(
            400,
            "InvalidParameterException",
            "the request body is not a JSON object",
        ));
    };
    let input_shape = model.input_shape(operation).unwrap_or_default();
    let violations = model.validate(input_shape, input);
    if !violations.is_empty() {
        return Err(refuse(
            400,
            "InvalidParameterException",
            format!(
                "{} validation error{} detected: {}",
                violations.len(),
                if violations.len() == 1 { "" } else { "s" },
                violations.join("; ")
            ),
        ));
    }

    let mut state = shared.state();
    if let Some(failure) = state.failures.get_mut(operation) {
        let refusal = refuse(failure.status, &failure.code, failure.message.clone());
        match &mut failure.remaining {
            None => return Err(refusal),
            Some(0) => {
                state.failures.remove(operation);
            }
            Some(n) => {
                *n -= 1;
                if *n == 0 {
                    state.failures.remove(operation);
                }
                return Err(refusal);
            }
        }
    }

    let output_shape = model.output_shape(operation).unwrap_or_default();
    let mut output = if state.unknowns {
        model.sample_with_unknowns(output_shape)
    } else {
        model.sample(output_shape)
    };
    echo_input(model, input_shape, output_shape, input, &mut output);
    if let Some((_, keys)) = PAGINATED_OPERATIONS.iter().find(|(op, _)| *op == operation) {
        paginate(shared, &mut state, operation, keys, input, &mut output)?;
    }
    if let Some((_, path)) = STATUS_OPERATIONS.iter().find(|(op, _)| *op == operation) {
        let status = match state.scripts.get_mut(operation) {
            Some((script, next)) if !script.is_empty() => {
                let i = (*next).min(script.len() - 1);
                *next = next.saturating_add(1);
                script[i].clone()
            }
            _ => "COMPLETE".to_owned(),
        };
        set_path(&mut output, path, Value::String(status));
    }
    Ok(output)
}

/// Copies the input's top-level members into the output where both have a member of that name
/// and shape (not the paging members).
fn echo_input(
    model: &Model,
    input_shape: &str,
    output_shape: &str,
    input: &Value,
    output: &mut Value,
) {
    let Some(out) = output.as_object_mut() else {
        return;
    };
    for (name, shape) in model.members(input_shape) {
        if matches!(name, "nextToken" | "maxResults") {
            continue;
        }
        if model.member_shape(output_shape, name) == Some(shape)
            && let Some(v) = input.get(name).filter(|v| !v.is_null())
        {
            out.insert(name.to_owned(), v.clone());
        }
    }
}

/// Fills the result keys with the page the request asks for, and sets or removes `nextToken`.
fn paginate(
    shared: &Shared,
    state: &mut State,
    operation: &str,
    keys: &[&str],
    input: &Value,
    output: &mut Value,
) -> Result<(), Refusal> {
    let model = shared.model;
    let output_shape = model.output_shape(operation).unwrap_or_default();
    let total = state.items.get(operation).copied().unwrap_or(DEFAULT_ITEMS);
    let offset = match input.get("nextToken").and_then(Value::as_str) {
        None => 0,
        Some(token) => match state.tokens.get(token) {
            Some((op, offset)) if op == operation => *offset,
            Some((op, _)) => {
                return Err(refuse(
                    400,
                    "InvalidParameterException",
                    format!("the nextToken was issued for {op}, not {operation}"),
                ));
            }
            None => {
                return Err(refuse(
                    400,
                    "InvalidParameterException",
                    "invalid nextToken: this service did not issue it",
                ));
            }
        },
    };
    let mut page_size = input
        .get("maxResults")
        .and_then(Value::as_u64)
        .map_or(DEFAULT_PAGE_SIZE, |n| {
            usize::try_from(n).unwrap_or(usize::MAX)
        })
        .max(1);
    for key in keys {
        if let Some(max) =
            list_shape(model, output_shape, key).and_then(|l| model.constraints(l).max)
        {
            page_size = page_size.min(usize::try_from(max).unwrap_or(usize::MAX).max(1));
        }
    }
    let start = offset.min(total);
    let end = start.saturating_add(page_size).min(total);
    let unknowns = state.unknowns;
    for key in keys {
        let Some(list) = list_shape(model, output_shape, key) else {
            continue;
        };
        let member = model.list_member(list).unwrap_or_default();
        let items: Vec<Value> = (start..end)
            .map(|i| {
                let mut item = if unknowns {
                    model.sample_with_unknowns(member)
                } else {
                    model.sample(member)
                };
                personalize(&mut item, i);
                item
            })
            .collect();
        set_path(output, key, Value::Array(items));
    }
    let next = if let Some(fixed) = state.repeat.get(operation) {
        match fixed {
            Some(token) => Some(token.clone()),
            None => {
                let token = issue_token(shared, state, operation, end);
                state
                    .repeat
                    .insert(operation.to_owned(), Some(token.clone()));
                Some(token)
            }
        }
    } else if end < total {
        Some(issue_token(shared, state, operation, end))
    } else {
        None
    };
    if let Some(out) = output.as_object_mut() {
        match next {
            Some(token) => out.insert("nextToken".to_owned(), Value::String(token)),
            None => out.remove("nextToken"),
        };
    }
    Ok(())
}

/// The list shape at a dotted result key of an output shape.
fn list_shape<'m>(model: &'m Model, output_shape: &'m str, key: &str) -> Option<&'m str> {
    let mut shape = output_shape;
    for part in key.split('.') {
        shape = model.member_shape(shape, part)?;
    }
    (model.shape_type(shape) == Some("list")).then_some(shape)
}

/// An opaque token for `offset` of `operation`, remembered so that it can be checked.
fn issue_token(shared: &Shared, state: &mut State, operation: &str, offset: usize) -> String {
    let nonce = shared.counter.fetch_add(1, Ordering::SeqCst);
    let raw = format!("{operation}:{offset}:{:016x}{nonce:08x}", shared.salt);
    let token = base64::engine::general_purpose::STANDARD.encode(raw);
    state
        .tokens
        .insert(token.clone(), (operation.to_owned(), offset));
    token
}

/// The digest of the `index`-th item: `sha256:` and 64 hex digits.
pub fn item_digest(index: usize) -> String {
    format!("sha256:{index:064x}")
}

/// Makes a paginated item tell its index: tags `tag-{i}`, digests [`item_digest`], repository
/// names `repo-{i}`, finding names, ARNs, prefixes, backfill ids; a bare string item (a
/// principal ARN) becomes `arn:aws:iam::123456789012:role/role-{i}`.
fn personalize(item: &mut Value, i: usize) {
    if let Value::String(s) = item {
        *s = format!("arn:aws:iam::123456789012:role/role-{i}");
        return;
    }
    let Some(object) = item.as_object_mut() else {
        return;
    };
    let is_repository = object.contains_key("repositoryArn");
    for (key, value) in object.iter_mut() {
        let replacement = match key.as_str() {
            "imageTag" => Value::String(format!("tag-{i}")),
            "imageTags" => json!([format!("tag-{i}")]),
            "imageDigest" | "digest" => Value::String(item_digest(i)),
            "name" => Value::String(format!("CVE-2024-{i:05}")),
            "findingArn" => Value::String(format!(
                "arn:aws:inspector2:us-east-1:123456789012:finding/{i:032x}"
            )),
            "title" => Value::String(format!("CVE-2024-{i:05} - sample")),
            "ecrRepositoryPrefix" | "prefix" => Value::String(format!("prefix-{i}")),
            "replicationBackfillId" => {
                Value::String(format!("{i:08x}-0000-4000-8000-000000000000"))
            }
            "repositoryName" if is_repository => Value::String(format!("repo-{i}")),
            "repositoryArn" => Value::String(format!(
                "arn:aws:ecr:us-east-1:123456789012:repository/repo-{i}"
            )),
            "repositoryUri" => Value::String(format!(
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/repo-{i}"
            )),
            "imageId" => {
                personalize(value, i);
                continue;
            }
            _ => continue,
        };
        *value = replacement;
    }
}

/// Sets a dotted path, making objects on the way.
fn set_path(value: &mut Value, path: &str, new: Value) {
    let mut here = value;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        if !here.is_object() {
            *here = Value::Object(Map::new());
        }
        let Value::Object(object) = here else {
            return;
        };
        if parts.peek().is_none() {
            object.insert(part.to_owned(), new);
            return;
        }
        here = object
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// Checks the `Authorization` header's form (and with `verify`, its signature).
fn check_authorization(request: &RawRequest, verify: bool) -> Result<(), Refusal> {
    let unrecognized = |message: String| refuse(403, "UnrecognizedClientException", message);
    let header = request.header("authorization").ok_or_else(|| {
        unrecognized("missing Authorization header: the request is not signed".to_owned())
    })?;
    let auth = parse_authorization(header).map_err(unrecognized)?;
    let date = request
        .header("x-amz-date")
        .ok_or_else(|| unrecognized("missing X-Amz-Date header".to_owned()))?;
    let time = parse_amz_date(date)
        .ok_or_else(|| unrecognized(format!("X-Amz-Date {date:?} is not YYYYMMDD'T'HHMMSS'Z'")))?;
    if !date.starts_with(&auth.date) {
        return Err(unrecognized(format!(
            "the credential scope's date {} is not that of X-Amz-Date {date}",
            auth.date
        )));
    }
    for needed in ["host", "x-amz-date"] {
        if !auth.signed_headers.iter().any(|h| h == needed) {
            return Err(unrecognized(format!("SignedHeaders lacks {needed}")));
        }
    }
    if !verify {
        return Ok(());
    }
    if auth.access_key != TEST_ACCESS_KEY {
        return Err(unrecognized(
            "The security token included in the request is invalid.".to_owned(),
        ));
    }
    let expected = expected_authorization(request, &auth, time).ok_or_else(|| {
        refuse(
            403,
            "InvalidSignatureException",
            "the request cannot be signed again to check it",
        )
    })?;
    if expected != header {
        return Err(refuse(
            403,
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided.",
        ));
    }
    Ok(())
}

struct Authorization {
    access_key: String,
    date: String,
    region: String,
    signed_headers: Vec<String>,
}

/// `AWS4-HMAC-SHA256 Credential=AKID/YYYYMMDD/region/ecr/aws4_request, SignedHeaders=a;b, Signature=hex`.
fn parse_authorization(header: &str) -> Result<Authorization, String> {
    let rest = header
        .strip_prefix("AWS4-HMAC-SHA256 ")
        .ok_or("the Authorization header is not AWS4-HMAC-SHA256")?;
    let mut credential = None;
    let mut signed = None;
    let mut signature = None;
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v);
        } else {
            return Err(format!(
                "unexpected part of the Authorization header: {part:?}"
            ));
        }
    }
    let (Some(credential), Some(signed), Some(signature)) = (credential, signed, signature) else {
        return Err(
            "the Authorization header needs Credential, SignedHeaders and Signature".to_owned(),
        );
    };
    let scope: Vec<&str> = credential.split('/').collect();
    let [access_key, date, region, service, terminator] = scope[..] else {
        return Err(format!("malformed credential scope {credential:?}"));
    };
    if access_key.is_empty() {
        return Err("no access key in the credential".to_owned());
    }
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad date {date:?} in the credential scope"));
    }
    if region.is_empty()
        || !region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!("bad region {region:?} in the credential scope"));
    }
    if service != "ecr" {
        return Err(format!(
            "the credential scope names service {service:?}, not ecr"
        ));
    }
    if terminator != "aws4_request" {
        return Err(format!(
            "the credential scope ends with {terminator:?}, not aws4_request"
        ));
    }
    let signed_headers: Vec<String> = signed.split(';').map(str::to_owned).collect();
    if signed_headers
        .iter()
        .any(|h| h.is_empty() || h.to_ascii_lowercase() != *h)
    {
        return Err(format!("bad SignedHeaders {signed:?}"));
    }
    if signature.len() != 64
        || !signature
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err("the Signature is not 64 lower-case hex digits".to_owned());
    }
    Ok(Authorization {
        access_key: access_key.to_owned(),
        date: date.to_owned(),
        region: region.to_owned(),
        signed_headers,
    })
}

/// `YYYYMMDDTHHMMSSZ` as a time.
fn parse_amz_date(value: &str) -> Option<SystemTime> {
    let b = value.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let s = value.get(range)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, mo, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (h, mi, s) = (num(9..11)?, num(11..13)?, num(13..15)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = u64::try_from(days * 86_400 + h * 3600 + mi * 60 + s).ok()?;
    Some(UNIX_EPOCH + Duration::from_secs(secs))
}

/// The `Authorization` header the client would have computed with [`TEST_SECRET_KEY`].
fn expected_authorization(
    request: &RawRequest,
    auth: &Authorization,
    time: SystemTime,
) -> Option<String> {
    let host = request.header("host")?;
    let mut builder = http::Request::builder()
        .method(request.method.as_str())
        .uri(format!("http://{host}{}", request.path));
    for name in &auth.signed_headers {
        if matches!(name.as_str(), "host" | "x-amz-date" | "authorization") {
            continue;
        }
        for (k, v) in request.headers.iter().filter(|(k, _)| k == name) {
            builder = builder.header(k.as_str(), v.as_str());
        }
    }
    let mut rebuilt = builder
        .body(bytes::Bytes::from(request.body.clone()))
        .ok()?;
    let credentials = ecr_runtime::Credentials::new(TEST_ACCESS_KEY, TEST_SECRET_KEY);
    ecr_runtime::sign::sign(&mut rebuilt, &credentials, &auth.region, "ecr", time).ok()?;
    rebuilt
        .headers()
        .get("authorization")?
        .to_str()
        .ok()
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amz_dates_parse() {
        let t = parse_amz_date("20150830T123600Z").expect("a date");
        assert_eq!(
            t.duration_since(UNIX_EPOCH).map(|d| d.as_secs()).ok(),
            Some(1_440_938_160)
        );
        assert!(parse_amz_date("20151330T123600Z").is_none());
        assert!(parse_amz_date("2015-08-30T12:36:00Z").is_none());
        assert!(parse_amz_date("2015083OT123600Z").is_none());
    }

    #[test]
    fn authorization_headers_parse() {
        let ok = "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ecr/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
        let a = parse_authorization(ok).expect("valid");
        assert_eq!(a.region, "us-east-1");
        assert_eq!(a.signed_headers, ["host", "x-amz-date"]);
        for bad in [
            "Bearer x",
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=xyz",
            "AWS4-HMAC-SHA256 Credential=AKID/2015/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            "AWS4-HMAC-SHA256 SignedHeaders=host",
        ] {
            assert!(parse_authorization(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_token_taking_operation_pages() {
        let model = Model::shared();
        let mut token_ops: Vec<&str> = model
            .operations()
            .into_iter()
            .filter(|op| {
                let input = model.input_shape(op).unwrap_or_default();
                model.member_shape(input, "nextToken").is_some()
            })
            .collect();
        token_ops.sort_unstable();
        let ours: Vec<&str> = PAGINATED_OPERATIONS.iter().map(|(op, _)| *op).collect();
        assert_eq!(token_ops, ours);
        let pagination = model.paginators()["pagination"]
            .as_object()
            .expect("paginators");
        assert_eq!(pagination.len(), 9);
        for (op, p) in pagination {
            let (_, keys) = PAGINATED_OPERATIONS
                .iter()
                .find(|(o, _)| o == op)
                .expect("listed");
            let result_keys: Vec<&str> = match &p["result_key"] {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            assert_eq!(result_keys, *keys, "{op}");
        }
        for (op, keys) in PAGINATED_OPERATIONS {
            let output = model.output_shape(op).expect("output");
            for key in *keys {
                assert!(list_shape(model, output, key).is_some(), "{op} {key}");
            }
        }
        let waiters = model.waiters()["waiters"].as_object().expect("waiters");
        for w in waiters.values() {
            let op = w["operation"].as_str().expect("operation");
            let path = w["acceptors"][0]["argument"].as_str().expect("argument");
            assert!(STATUS_OPERATIONS.contains(&(op, path)), "{op} {path}");
        }
    }

    #[test]
    fn personalized_items_stay_valid_and_differ() {
        let model = Model::shared();
        for (op, keys) in PAGINATED_OPERATIONS {
            let output = model.output_shape(op).expect("output");
            for key in *keys {
                let list = list_shape(model, output, key).expect("list");
                let member = model.list_member(list).expect("member");
                let items: Vec<Value> = (0..3)
                    .map(|i| {
                        let mut item = model.sample(member);
                        personalize(&mut item, i);
                        assert!(
                            model.validate(member, &item).is_empty(),
                            "{op} {key}: {item}"
                        );
                        item
                    })
                    .collect();
                assert_ne!(items[0], items[1], "{op} {key}");
                assert_ne!(items[1], items[2], "{op} {key}");
            }
        }
    }

    #[test]
    fn paths_are_set() {
        let mut v = json!({"a": {"b": 1}});
        set_path(&mut v, "a.c", json!(2));
        set_path(&mut v, "x.y", json!(3));
        assert_eq!(v, json!({"a": {"b": 1, "c": 2}, "x": {"y": 3}}));
    }
}
