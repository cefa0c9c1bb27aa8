//! What the client logs through `tracing`: the operation and attempt spans carry the operation,
//! the attempt numbers and the statuses, and no secret ever reaches a log — not the secret key,
//! not the session token, not the `Authorization` signature, not a response body (the
//! `GetAuthorizationToken` one holds a registry password). Nor does the token show in the
//! output's `Debug`.
//!
//! A small hand-written [`tracing::Subscriber`] writes every span, every recorded field and every
//! event, at every level, as a line of text into a shared buffer.

use base64::Engine;
use ecr::{Config, Credentials};
use ecr_runtime::RetryConfig;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tests::{CannedServer, REGION};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const SESSION_TOKEN: &str = "FwoGZXIvYXdzEXAMPLESESSIONTOKENdoNotLog";
const PASSWORD: &str = "supersecretpassword";

/// Every span and event, with all its fields, as lines of text.
#[derive(Clone, Default)]
struct Capture {
    lines: Arc<Mutex<Vec<String>>>,
    next_id: Arc<AtomicU64>,
}

/// Writes the fields it visits as ` name=value`.
struct Fields<'a>(&'a mut String);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        use std::fmt::Write;
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Capture {
    fn push(&self, line: String) {
        self.lines.lock().unwrap().push(line);
    }

    fn text(&self) -> String {
        self.lines.lock().unwrap().join("\n")
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed) + 1;
        let mut line = format!(
            "span#{id} {} {}",
            span.metadata().level(),
            span.metadata().name()
        );
        span.record(&mut Fields(&mut line));
        self.push(line);
        Id::from_u64(id)
    }

    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut line = format!("record span#{}", span.into_u64());
        values.record(&mut Fields(&mut line));
        self.push(line);
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut line = format!(
            "event {} {}",
            event.metadata().level(),
            event.metadata().target()
        );
        event.record(&mut Fields(&mut line));
        self.push(line);
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

fn client(server: &CannedServer) -> ecr::Client {
    let config = Config::builder()
        .region(REGION)
        .credentials(Credentials::new("AKIDEXAMPLE", SECRET_KEY).with_session_token(SESSION_TOKEN))
        .endpoint_url(server.endpoint())
        .retry(RetryConfig::standard().initial_backoff(Duration::from_millis(10)))
        .build();
    ecr::Client::new(&config)
}

/// The `Signature=` value of the last request's `Authorization` header.
fn signature(server: &CannedServer) -> String {
    let request = String::from_utf8_lossy(&server.last_request()).into_owned();
    let at = request.find("Signature=").expect("a signed request") + "Signature=".len();
    request[at..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

#[test]
fn spans_and_events_carry_no_secret() {
    let capture = Capture::default();
    let token = base64::engine::general_purpose::STANDARD.encode(format!("AWS:{PASSWORD}"));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (output_debug, signatures) = tracing::subscriber::with_default(capture.clone(), || {
        runtime.block_on(async {
                let mut signatures = Vec::new();

                // A call that succeeds at once.
                let ok = CannedServer::start(CannedServer::json_200(r#"{"repositories":[]}"#));
                client(&ok)
                    .describe_repositories()
                    .send()
                    .await
                    .expect("a success");
                signatures.push(signature(&ok));

                // A 500, retried, then a 200.
                let flaky = CannedServer::script(vec![
                    CannedServer::json(
                        500,
                        r#"{"__type":"ServerException","message":"try again"}"#,
                    ),
                    CannedServer::json_200(r#"{"repositories":[]}"#),
                ]);
                client(&flaky)
                    .describe_images()
                    .repository_name("demo/app")
                    .send()
                    .await
                    .expect("a success on the second attempt");
                assert_eq!(flaky.connections(), 2);
                signatures.push(signature(&flaky));

                // A registry password in the response body.
                let auth = CannedServer::start(CannedServer::json_200(&format!(
                    r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":1700000000,"proxyEndpoint":"https://123456789012.dkr.ecr.us-east-1.amazonaws.com"}}]}}"#
                )));
                let output = client(&auth)
                    .get_authorization_token()
                    .send()
                    .await
                    .expect("a token");
                let data = output.authorization_data.as_deref().unwrap_or_default();
                assert_eq!(
                    data[0].authorization_token.as_deref(),
                    Some(token.as_str()),
                    "the token is parsed, only hidden from Debug"
                );
                signatures.push(signature(&auth));
                (format!("{output:?}"), signatures)
            })
    });
    let logs = capture.text();

    // The logs say something: the operations, the attempts and the statuses.
    for wanted in [
        "operation=\"DescribeRepositories\"",
        "operation=\"DescribeImages\"",
        "operation=\"GetAuthorizationToken\"",
        "service=\"ECR\"",
        "attempt=1",
        "attempt=2",
        "attempts=2",
        "status=500",
        "status=200",
        "latency_ms=",
        "request_id=\"req-1\"",
        "backoff_ms=",
        "source=\"static\"",
    ] {
        assert!(logs.contains(wanted), "no `{wanted}` in the logs:\n{logs}");
    }

    // And nothing secret, neither in the logs nor in the output's Debug.
    let mut secrets = vec![
        SECRET_KEY.to_owned(),
        SESSION_TOKEN.to_owned(),
        token.clone(),
        PASSWORD.to_owned(),
    ];
    for s in signatures {
        assert_eq!(s.len(), 64, "a SigV4 signature");
        secrets.push(s);
    }
    for secret in &secrets {
        assert!(
            !logs.contains(secret.as_str()),
            "`{secret}` logged:\n{logs}"
        );
        assert!(
            !output_debug.contains(secret.as_str()),
            "`{secret}` in Debug: {output_debug}"
        );
    }
    assert!(!logs.contains("Signature="), "a signature logged:\n{logs}");
    assert!(
        !logs.to_ascii_lowercase().contains("authorization:"),
        "an Authorization header logged:\n{logs}"
    );
    assert!(
        output_debug.contains("authorization_token"),
        "the member is named, its value hidden: {output_debug}"
    );
}
