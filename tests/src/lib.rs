//! Test harness: a moto server per test, clients pointed at it, small local servers that
//! answer with canned bytes and count connections, the ECR model as data with a generator of
//! model-valid values ([`model`]), and a loopback ECR that answers every operation of the model
//! ([`ecr_server`]).

pub mod ecr_server;
mod every;
pub mod model;
pub mod programs;

pub use ecr_server::EcrServer;

use bytes::Bytes;
use ecr_runtime::http::{HttpClient, ReqwestClient};
use ecr_runtime::{Config, Credentials, ServiceInfo};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

/// The region every test signs for (moto keeps one backend per region).
pub const REGION: &str = "us-east-1";

/// A manifest as Docker pushes it (docker v2 schema 2).
pub const MANIFEST: &str = r#"{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":7023,"digest":"sha256:b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":32654,"digest":"sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f"}]}"#;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A `moto_server` on a free loopback port, stopped when dropped.
pub struct Moto {
    child: Child,
    port: u16,
}

impl Moto {
    /// Starts moto with signature checks off.
    pub fn start() -> Moto {
        Self::start_with(&[])
    }

    /// Starts moto with extra environment variables (e.g. `INITIAL_NO_AUTH_ACTION_COUNT`).
    pub fn start_with(vars: &[(&str, &str)]) -> Moto {
        let program = std::env::var("MOTO_SERVER").unwrap_or_else(|_| "moto_server".to_owned());
        // A free port can be taken by another test between the look and moto's bind; moto then
        // exits at once, and another port is tried.
        let mut last = String::new();
        for _ in 0..5 {
            let port = free_port();
            let mut command = Command::new(&program);
            command
                .args(["-H", "127.0.0.1", "-p", &port.to_string()])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            for (k, v) in vars {
                command.env(k, v);
            }
            let child = command.spawn().unwrap_or_else(|e| {
                panic!("cannot start `{program}` ({e}): install it with pip install 'moto[server]'")
            });
            let mut moto = Moto { child, port };
            match moto.wait_ready() {
                Ok(()) => return moto,
                Err(e) => last = e,
            }
        }
        panic!("{last}");
    }

    /// Waits until moto answers; an error when it exited first.
    fn wait_ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "moto_server exited early on port {}: {status}",
                    self.port
                ));
            }
            if http_get(self.port, "/moto-api/data.json")
                .is_some_and(|r| r.starts_with("HTTP/1.1 200"))
            {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "moto_server did not answer on port {} within 30 s",
            self.port
        );
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// A client of any service moto serves, with the given credentials.
    pub fn service_client(
        &self,
        service: impl Into<ServiceInfo>,
        credentials: Credentials,
    ) -> ecr_runtime::Client {
        let config = Config::builder()
            .region(REGION)
            .credentials(credentials)
            .endpoint_url(self.endpoint())
            .build();
        ecr_runtime::Client::new(service, &config)
    }

    /// An ECR client of moto with the given credentials.
    pub fn client_with(&self, credentials: Credentials) -> ecr::Client {
        ecr::Client::from(self.service_client(ecr::Ecr, credentials))
    }

    /// A client of moto with test credentials.
    pub fn client(&self) -> ecr::Client {
        self.client_with(Credentials::new("AKIDTESTING", "testing-secret"))
    }

    /// Makes an IAM user with an allow-all policy and returns its access key and secret, signing
    /// each IAM call (moto routes by the signature's credential scope).
    pub async fn create_admin_key(&self) -> (String, String) {
        let bootstrap = Credentials::new("AKIDBOOTSTRAP", "bootstrap");
        let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
        self.iam(
            &bootstrap,
            &[("Action", "CreateUser"), ("UserName", "ecr-admin")],
        )
        .await;
        self.iam(
            &bootstrap,
            &[
                ("Action", "PutUserPolicy"),
                ("UserName", "ecr-admin"),
                ("PolicyName", "allow-all"),
                ("PolicyDocument", policy),
            ],
        )
        .await;
        let xml = self
            .iam(
                &bootstrap,
                &[("Action", "CreateAccessKey"), ("UserName", "ecr-admin")],
            )
            .await;
        (
            xml_value(&xml, "AccessKeyId"),
            xml_value(&xml, "SecretAccessKey"),
        )
    }

    async fn iam(&self, credentials: &Credentials, params: &[(&str, &str)]) -> String {
        let mut body = String::from("Version=2010-05-08");
        for (k, v) in params {
            body.push('&');
            body.push_str(k);
            body.push('=');
            body.push_str(&form_encode(v));
        }
        let mut request = http::Request::builder()
            .method("POST")
            .uri(format!("{}/", self.endpoint()))
            .header(
                "content-type",
                "application/x-www-form-urlencoded; charset=utf-8",
            )
            .body(Bytes::from(body))
            .expect("IAM request");
        ecr_runtime::sign::sign(&mut request, credentials, REGION, "iam", SystemTime::now())
            .expect("signed IAM request");
        let response = ReqwestClient::new()
            .expect("HTTP client")
            .send(request)
            .await
            .expect("IAM answer");
        let text = String::from_utf8_lossy(response.body()).into_owned();
        assert!(response.status().is_success(), "IAM call failed: {text}");
        text
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn form_encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn xml_value(xml: &str, name: &str) -> String {
    let open = format!("<{name}>");
    let start = xml
        .find(&open)
        .map(|i| i + open.len())
        .unwrap_or_else(|| panic!("no <{name}> in {xml}"));
    let end = xml[start..].find('<').expect("closing tag") + start;
    xml[start..end].to_owned()
}

fn http_get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut buf = Vec::new();
    stream.read_to_end(&mut buf).ok()?;
    Some(String::from_utf8_lossy(&buf).into_owned())
}

/// Stores `MANIFEST` under `tag` in an existing repository and returns the image's digest.
pub async fn put_manifest(client: &ecr::Client, repository: &str, tag: &str) -> String {
    let put = client
        .put_image()
        .repository_name(repository)
        .image_tag(tag)
        .image_manifest(MANIFEST)
        .send()
        .await
        .expect("PutImage");
    put.image()
        .and_then(|i| i.image_id())
        .and_then(|i| i.image_digest())
        .expect("a digest")
        .to_owned()
}

/// A loopback server that answers each connection with canned raw bytes (the same ones every
/// time, or the next of a script), counts connections and keeps every request it read. It stops
/// when dropped, or after 60 s at most.
pub struct CannedServer {
    addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    requests: Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl CannedServer {
    /// Answers every request with `response` (status line, headers and body, verbatim).
    pub fn start(response: impl Into<Vec<u8>>) -> CannedServer {
        let response = response.into();
        Self::serve(move || response.clone())
    }

    /// Answers the first request with `script[0]`, the second with `script[1]`, and so on; once
    /// the script is spent, with a 500 `ScriptSpent` error.
    pub fn script(script: Vec<Vec<u8>>) -> CannedServer {
        let mut script = std::collections::VecDeque::from(script);
        Self::serve(move || {
            script.pop_front().unwrap_or_else(|| {
                Self::json(
                    500,
                    r#"{"__type":"ScriptSpent","message":"no scripted response is left"}"#,
                )
            })
        })
    }

    fn serve(mut next: impl FnMut() -> Vec<u8> + Send + 'static) -> CannedServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener
            .set_nonblocking(true)
            .expect("nonblocking listener");
        let addr = listener.local_addr().expect("address");
        let connections = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (c, r, s) = (connections.clone(), requests.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while !s.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((mut stream, _)) => {
                        c.fetch_add(1, Ordering::SeqCst);
                        let _ = stream.set_nonblocking(false);
                        let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                        let request = read_request(&mut stream);
                        r.lock().unwrap_or_else(|p| p.into_inner()).push(request);
                        let _ = stream.write_all(&next());
                        let _ = stream.flush();
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        CannedServer {
            addr,
            connections,
            requests,
            stop,
            thread: Some(thread),
        }
    }

    /// A JSON response with `status` and `body`; the connection closes after it.
    pub fn json(status: u16, body: &str) -> Vec<u8> {
        format!(
            "HTTP/1.1 {status} {}\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-RequestId: req-1\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("Status"),
            body.len()
        )
        .into_bytes()
    }

    /// A JSON 200 response with `body`.
    pub fn json_200(body: &str) -> Vec<u8> {
        Self::json(200, body)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many connections were accepted.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// The raw bytes of the last request read.
    pub fn last_request(&self) -> Vec<u8> {
        self.requests().pop().unwrap_or_default()
    }

    /// The raw bytes of every request read, in order.
    pub fn requests(&self) -> Vec<Vec<u8>> {
        self.requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// The body of every request read, in order.
    pub fn bodies(&self) -> Vec<Vec<u8>> {
        self.requests()
            .into_iter()
            .map(|r| match find(&r, b"\r\n\r\n") {
                Some(end) => r[end + 4..].to_vec(),
                None => Vec::new(),
            })
            .collect()
    }

    /// A client of this server, with static test credentials and validation as given.
    pub fn client(&self, validate: bool) -> ecr::Client {
        let config = Config::builder()
            .region(REGION)
            .credentials(Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            ))
            .endpoint_url(self.endpoint())
            .validate_requests(validate)
            .build();
        ecr::Client::new(&config)
    }
}

impl Drop for CannedServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Reads one HTTP/1.1 request: headers, then `Content-Length` bytes of body (what arrived, if
/// the peer stops early). For the tests' own loopback servers.
pub fn read_request(stream: &mut TcpStream) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = find(&buf, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buf.len() >= end + 4 + length {
                return buf;
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return buf,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
