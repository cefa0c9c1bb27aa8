//! The client: one per service configuration, cheap to clone, shared by every operation.
//!
//! # Observability
//!
//! Every call emits [`tracing`] spans and events; the library installs no subscriber, so they
//! cost next to nothing until the application installs one.
//!
//! - an `INFO` span `aws.operation` per call, with `service` and `operation`, and, recorded as
//!   they become known, `status` (the final HTTP status), `attempts`, `latency_ms` (the whole
//!   call, retries and backoff included) and `request_id`;
//! - a `DEBUG` span `aws.attempt` per attempt inside it, with `attempt` (from 1), `status` and
//!   `latency_ms` of that attempt;
//! - `DEBUG` events for a retry (why, the backoff in milliseconds), a clock-skew correction (the
//!   learned offset) and the credentials used (the *name* of their source only), and an event
//!   when a failure is final.
//!
//! Nothing secret is ever logged: no header (so no `Authorization` signature), no key, no
//! session token, no request or response body (a `GetAuthorizationToken` body holds a
//! password), and of an error only its kind and code, never its message or body excerpt.

use crate::config::Config;
use crate::credentials::{CredentialsCache, DefaultChain, SharedCredentialsProvider};
use crate::endpoint::{self, Endpoint, ServiceInfo};
use crate::env::Env;
use crate::error::{ConfigError, Error, ResponseError, TransportError, TransportErrorKind};
use crate::http::{HttpClient, ReqwestClient, SharedHttpClient};
use crate::protocol::{self, Protocol};
use crate::region::Region;
use crate::retry::{self, RateLimiter, RetryConfig, RetryMode, RetryQuota, TimeoutConfig};
use crate::schema::{Described, OperationSchema};
use crate::sign;
use crate::validate::{Validate, validate_root};
use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant, SystemTime};
use tracing::field::Empty;
use tracing::{Instrument, Span};

/// `attempt=N; max=M`, the `amz-sdk-request` header.
fn sdk_request(attempt: u32, max: u32) -> String {
    let mut out = String::with_capacity(24);
    out.push_str("attempt=");
    push_decimal(&mut out, attempt);
    out.push_str("; max=");
    push_decimal(&mut out, max);
    out
}

fn push_decimal(out: &mut String, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| d as char));
}

/// The error for a success answer that does not parse. Neither serde's message (which can quote
/// a value) nor the body is kept when the body is JSON: an answer's members can be secrets (a
/// registry password). A body that is not JSON at all (an HTML page from a proxy) keeps its
/// start, to say what answered.
fn unparseable(
    operation: &str,
    status: u16,
    request_id: Option<String>,
    body: &[u8],
    error: &serde_json::Error,
) -> Error {
    use serde_json::error::Category;
    tracing::debug!(
        outcome = "unparseable",
        "{operation} response does not parse"
    );
    let what = match error.classify() {
        Category::Eof => "JSON cut short",
        Category::Syntax => "not JSON",
        Category::Data => "JSON of another shape than the operation's output",
        Category::Io => "unreadable",
    };
    let reason = format!(
        "a {operation} response that does not parse: {what} (line {}, column {})",
        error.line(),
        error.column()
    );
    let json_like = body
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| matches!(b, b'{' | b'['));
    let excerpt: &[u8] = if json_like { b"" } else { body };
    Error::Response(ResponseError::new(status, request_id, reason, excerpt))
}

/// A declared operation: what `#[aws_operation]` implements on a request structure.
pub trait Operation: Serialize + Validate + Described + Send {
    /// The parsed answer.
    type Output: DeserializeOwned + Described;
    /// Every way the operation can fail.
    type Error: From<Error>;
    /// The operation's name (`BatchGetImage`).
    const NAME: &'static str;
    /// The `X-Amz-Target` value.
    const TARGET: &'static str;
    /// The wire protocol.
    const PROTOCOL: Protocol;
    /// The error codes the declaration lists.
    const ERRORS: &'static [&'static str];
    /// The id of the service the operation was declared for (`service = Type`); a client of
    /// another service refuses it. `None` for an operation declared with a full `target`.
    const SERVICE_ID: Option<&'static str> = None;

    /// The declaration as data.
    fn schema() -> OperationSchema {
        OperationSchema {
            name: Self::NAME,
            target: Self::TARGET,
            protocol: Self::PROTOCOL,
            input: Self::type_schema,
            output: Self::Output::type_schema,
            errors: Self::ERRORS,
        }
    }
}

/// Sends operations of one service with one configuration. Cloning shares everything: the
/// connection pool, the credentials cache, the resolved endpoint.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    service: ServiceInfo,
    region: Option<Region>,
    endpoint: Result<Endpoint, ConfigError>,
    credentials: CredentialsCache,
    http: Result<SharedHttpClient, ConfigError>,
    validate_requests: bool,
    user_agent: http::HeaderValue,
    retry: RetryConfig,
    timeouts: TimeoutConfig,
    quota: RetryQuota,
    limiter: RateLimiter,
    /// The service's clock minus ours, in milliseconds, once a clock-skew answer told it.
    clock_offset_ms: AtomicI64,
    /// Signs every attempt, keeping the day's signing key.
    signer: sign::Signer,
}

impl From<&Client> for Client {
    fn from(client: &Client) -> Self {
        client.clone()
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("service", &self.inner.service.service_id)
            .field("region", &self.inner.region)
            .field(
                "endpoint",
                &self.inner.endpoint.as_ref().map(|e| e.uri().to_string()),
            )
            .field("validate_requests", &self.inner.validate_requests)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client of `service` (a type declared with `#[aws_service]`, or a [`ServiceInfo`]) with
    /// `config`. Problems with the configuration (no region, an
    /// endpoint that is not a URL) are reported by the first call.
    pub fn new(service: impl Into<ServiceInfo>, config: &Config) -> Self {
        let service = service.into();
        let endpoint = endpoint::resolve(
            &service,
            config.endpoint_url.as_deref(),
            config.region.as_ref(),
            config.env.as_ref(),
            config.profile.as_deref(),
            (config.use_fips, config.use_dual_stack),
        );
        let credentials = config.credentials.clone().unwrap_or_else(|| {
            let env = config.env.clone().unwrap_or_else(Env::process);
            SharedCredentialsProvider::new(DefaultChain::new(env))
        });
        let http = match &config.http_client {
            Some(client) => Ok(client.clone()),
            None => ReqwestClient::with_connect_timeout(config.timeouts.connect)
                .map(SharedHttpClient::new)
                .map_err(|e| ConfigError::new(format!("cannot set up the HTTP client: {e}"))),
        };
        let user_agent = format!(
            "ecr-rs/{} api/{} os/{} lang/rust/{}",
            env!("CARGO_PKG_VERSION"),
            service.service_id.to_ascii_lowercase().replace(' ', "-"),
            std::env::consts::OS,
            env!("ECR_RUNTIME_RUSTC_VERSION"),
        );
        Client {
            inner: Arc::new(Inner {
                service,
                region: config.region.clone(),
                endpoint,
                credentials: CredentialsCache::new(credentials),
                http,
                validate_requests: config.validate_requests,
                user_agent: http::HeaderValue::from_str(&user_agent)
                    .unwrap_or(http::HeaderValue::from_static("ecr-rs")),
                retry: config.retry,
                timeouts: config.timeouts,
                quota: RetryQuota::new(),
                limiter: RateLimiter::new(),
                clock_offset_ms: AtomicI64::new(0),
                signer: sign::Signer::new(),
            }),
        }
    }

    /// The service this client talks to.
    pub fn service(&self) -> &ServiceInfo {
        &self.inner.service
    }

    /// The region requests are signed for.
    pub fn region(&self) -> Option<&Region> {
        self.inner.region.as_ref()
    }

    /// The endpoint requests go to, or why there is none.
    pub fn endpoint(&self) -> Result<&Endpoint, &ConfigError> {
        self.inner.endpoint.as_ref()
    }

    /// Whether requests are validated before they are sent.
    pub fn validates_requests(&self) -> bool {
        self.inner.validate_requests
    }

    /// Validates `operation` (unless validation is off), then sends it and parses the answer.
    pub async fn send<O: Operation>(&self, operation: O) -> Result<O::Output, O::Error> {
        if self.inner.validate_requests {
            validate_root(&operation, O::NAME).map_err(|e| O::Error::from(Error::Validation(e)))?;
        }
        self.call(operation).await.map_err(O::Error::from)
    }

    /// Sends an operation that was already validated. Only serializing the request and parsing
    /// the answer depend on the operation; the exchange itself is compiled once.
    pub(crate) async fn call<O: Operation>(&self, operation: O) -> Result<O::Output, Error> {
        let span = tracing::info_span!(
            "aws.operation",
            service = self.inner.service.service_id,
            operation = O::NAME,
            status = Empty,
            attempts = Empty,
            latency_ms = Empty,
            request_id = Empty,
        );
        self.call_in(operation, span.clone()).instrument(span).await
    }

    /// [`call`](Self::call) inside the operation's span, whose fields it records.
    async fn call_in<O: Operation>(&self, operation: O, span: Span) -> Result<O::Output, Error> {
        if let Some(id) = O::SERVICE_ID
            && id != self.inner.service.service_id
        {
            return Err(Error::Config(ConfigError::new(format!(
                "{} is an operation of {id}, and this client sends to {}: make a client of {id}",
                O::NAME,
                self.inner.service.service_id
            ))));
        }
        let body = serde_json::to_vec(&operation).map_err(|e| {
            Error::Config(ConfigError::new(format!(
                "cannot serialize {}: {e}",
                O::NAME
            )))
        })?;
        let exchange = Exchange {
            name: O::NAME,
            target: O::TARGET,
            protocol: O::PROTOCOL,
        };
        let (status, request_id, body) = self.exchange(exchange, body, &span).await?;
        let json: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &body
        };
        serde_json::from_slice(json)
            .map_err(|e| unparseable(O::NAME, status, request_id, &body, &e))
    }

    /// Sends one request body, retrying as the retry settings say, within the operation
    /// timeout; a success answers its status, request id and body, anything else the error it
    /// amounts to.
    ///
    /// Records `latency_ms`, `status` and `request_id` (when known) on `span`, the operation's.
    async fn exchange(
        &self,
        exchange: Exchange,
        body: Vec<u8>,
        span: &Span,
    ) -> Result<(u16, Option<String>, Bytes), Error> {
        let started = Instant::now();
        let limit = self.inner.timeouts.operation;
        let result =
            match tokio::time::timeout(limit, self.attempts(exchange, Bytes::from(body), span))
                .await
            {
                Ok(result) => result,
                Err(_) => Err(Error::Transport(TransportError::new(
                    TransportErrorKind::OperationTimeout,
                    format!(
                        "{} took longer than the operation timeout ({limit:?})",
                        exchange.name
                    ),
                ))),
            };
        span.record("latency_ms", millis(started.elapsed()));
        match &result {
            Ok((status, request_id, _)) => {
                span.record("status", status);
                if let Some(id) = request_id {
                    span.record("request_id", id.as_str());
                }
            }
            Err(error) => {
                if let Some(status) = error_status(error) {
                    span.record("status", status);
                }
                if let Some(id) = error.request_id() {
                    span.record("request_id", id);
                }
                tracing::debug!(error = error_kind(error), "{} failed", exchange.name);
            }
        }
        result
    }

    /// The attempts of one exchange; records on `span` (the operation's) how many were made.
    async fn attempts(
        &self,
        exchange: Exchange,
        body: Bytes,
        span: &Span,
    ) -> Result<(u16, Option<String>, Bytes), Error> {
        let inner = &*self.inner;
        let endpoint = inner
            .endpoint
            .as_ref()
            .map_err(|e| Error::Config(e.clone()))?;
        let region = inner
            .region
            .as_ref()
            .ok_or_else(|| Error::Config(ConfigError::no_region()))?;
        let http = inner.http.as_ref().map_err(|e| Error::Config(e.clone()))?;
        let invocation = retry::invocation_id();
        let max = inner.retry.max_attempts;
        let adaptive = inner.retry.mode == RetryMode::Adaptive;
        let (mut attempt, mut taken, mut skew_corrected) = (1u32, 0u32, false);
        loop {
            span.record("attempts", attempt);
            let attempt_span =
                tracing::debug_span!("aws.attempt", attempt, status = Empty, latency_ms = Empty,);
            let started = Instant::now();
            if adaptive {
                let wait = inner.limiter.delay();
                if !wait.is_zero() {
                    tracing::debug!(
                        parent: &attempt_span,
                        delay_ms = millis(wait),
                        "client-side rate limit: waiting"
                    );
                    tokio::time::sleep(wait).await;
                }
            }
            let credentials = inner
                .credentials
                .get()
                .instrument(attempt_span.clone())
                .await?;
            // The name of the source only: never a key or a token.
            tracing::debug!(
                parent: &attempt_span,
                source = credentials.source(),
                "credentials resolved"
            );
            let mut request = http::Request::builder()
                .method(http::Method::POST)
                .uri(endpoint.uri().clone())
                .header(http::header::CONTENT_TYPE, exchange.protocol.content_type())
                .header("x-amz-target", exchange.target)
                .header(http::header::USER_AGENT, inner.user_agent.clone())
                .header("amz-sdk-invocation-id", invocation.as_str())
                .header("amz-sdk-request", sdk_request(attempt, max))
                .body(body.clone())
                .map_err(|e| {
                    Error::Config(ConfigError::new(format!(
                        "cannot build the {} request: {e}",
                        exchange.name
                    )))
                })?;
            inner.signer.sign(
                &mut request,
                &credentials,
                region.as_str(),
                inner.service.signing_name,
                self.signing_time(),
            )?;
            let send = http.send(request).instrument(attempt_span.clone());
            let outcome = match tokio::time::timeout(inner.timeouts.attempt, send).await {
                Err(_) => Err((
                    Error::Transport(TransportError::new(
                        TransportErrorKind::AttemptTimeout,
                        format!(
                            "attempt {attempt} of {} took longer than the attempt timeout ({:?})",
                            exchange.name, inner.timeouts.attempt
                        ),
                    )),
                    None,
                )),
                Ok(Err(e)) => Err((Error::Transport(e), None)),
                Ok(Ok(response)) => {
                    let (parts, body) = response.into_parts();
                    let status = parts.status.as_u16();
                    if parts.status.is_success() {
                        Ok((status, protocol::request_id(&parts.headers), body))
                    } else {
                        let date = parts
                            .headers
                            .get(http::header::DATE)
                            .and_then(|v| v.to_str().ok())
                            .and_then(httpdate_parse);
                        Err((protocol::parse_error(status, &parts.headers, body), date))
                    }
                }
            };
            attempt_span.record("latency_ms", millis(started.elapsed()));
            match &outcome {
                Ok((status, _, _)) => {
                    attempt_span.record("status", status);
                }
                Err((error, _)) => {
                    if let Some(status) = error_status(error) {
                        attempt_span.record("status", status);
                    }
                }
            }
            let (error, server_date) = match outcome {
                Ok(success) => {
                    if adaptive {
                        inner.limiter.record(false);
                    }
                    inner.quota.release(taken);
                    return Ok(success);
                }
                Err(failure) => failure,
            };
            // A clock-skew answer: learn the offset from the service's `Date` and sign again,
            // once, without spending an attempt.
            if !skew_corrected
                && let (Error::Service(e), Some(date)) = (&error, server_date)
                && retry::CLOCK_SKEW_CODES.contains(&e.code())
            {
                let offset = offset_ms(date, SystemTime::now());
                if offset.abs() >= SKEW_THRESHOLD_MS {
                    tracing::debug!(
                        parent: &attempt_span,
                        code = e.code(),
                        offset_ms = offset,
                        "clock skew: signing again with the service's clock"
                    );
                    inner.clock_offset_ms.store(offset, Ordering::Relaxed);
                    skew_corrected = true;
                    continue;
                }
            }
            let why = retry::classify(&error);
            if adaptive {
                inner
                    .limiter
                    .record(why == Some(retry::Retryable::Throttling));
            }
            let Some(why) = why else {
                tracing::debug!(
                    parent: &attempt_span,
                    error = error_kind(&error),
                    "not retryable"
                );
                return Err(error);
            };
            if attempt >= max {
                tracing::debug!(
                    parent: &attempt_span,
                    error = error_kind(&error),
                    max_attempts = max,
                    "retryable, but no attempts left"
                );
                return Err(error);
            }
            let Some(cost) = inner.quota.acquire(why) else {
                tracing::debug!(
                    parent: &attempt_span,
                    error = error_kind(&error),
                    "retryable, but the retry quota is spent"
                );
                return Err(error);
            };
            taken += cost;
            let backoff = inner.retry.backoff(attempt);
            tracing::debug!(
                parent: &attempt_span,
                error = error_kind(&error),
                reason = ?why,
                backoff_ms = millis(backoff),
                "retrying"
            );
            tokio::time::sleep(backoff).await;
            attempt += 1;
        }
    }

    /// Now, as the service's clock has it (when a clock-skew answer told the difference).
    fn signing_time(&self) -> SystemTime {
        let offset = self.inner.clock_offset_ms.load(Ordering::Relaxed);
        let magnitude = Duration::from_millis(offset.unsigned_abs());
        if offset >= 0 {
            SystemTime::now() + magnitude
        } else {
            SystemTime::now() - magnitude
        }
    }
}

/// A duration in whole milliseconds, for span fields.
fn millis(d: Duration) -> u64 {
    d.as_millis().min(u64::MAX as u128) as u64
}

/// The HTTP status an error came with, if any.
fn error_status(error: &Error) -> Option<u16> {
    match error {
        Error::Service(e) => e.status(),
        Error::Response(e) => Some(e.status()),
        _ => None,
    }
}

/// What an error is, for a log: its kind and, for a service error, its code. Never a message,
/// which may quote a body or a credential source's output.
fn error_kind(error: &Error) -> String {
    match error {
        Error::Service(e) => format!("service error {}", e.code()),
        Error::Transport(e) => format!("transport error {:?}", e.kind()),
        Error::Response(e) => format!("unusable response ({})", e.status()),
        Error::Credentials(_) => "credentials error".to_owned(),
        Error::Config(_) => "configuration error".to_owned(),
        Error::Validation(_) => "validation error".to_owned(),
        Error::Pagination(_) => "pagination error".to_owned(),
    }
}

/// A difference smaller than this is not skew: SigV4 allows five minutes either way.
const SKEW_THRESHOLD_MS: i64 = 60_000;

/// `server - local`, in milliseconds.
fn offset_ms(server: SystemTime, local: SystemTime) -> i64 {
    match server.duration_since(local) {
        Ok(ahead) => ahead.as_millis().min(i64::MAX as u128) as i64,
        Err(behind) => -(behind.duration().as_millis().min(i64::MAX as u128) as i64),
    }
}

/// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110's preferred form).
fn httpdate_parse(text: &str) -> Option<SystemTime> {
    let mut words = text.trim().split_ascii_whitespace().skip(1);
    let day: u8 = words.next()?.parse().ok()?;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = words.next()?;
    let month = MONTHS.iter().position(|m| *m == month)? as u8 + 1;
    let year: i32 = words.next()?.parse().ok()?;
    let mut clock = words.next()?.split(':').map(|n| n.parse::<u8>().ok());
    let (h, m, sec) = (clock.next()??, clock.next()??, clock.next()??);
    if words.next()? != "GMT" {
        return None;
    }
    let date =
        time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    let at = time::PrimitiveDateTime::new(date, time::Time::from_hms(h, m, sec).ok()?);
    Some(at.assume_utc().into())
}

/// What the exchange needs to know of an operation.
#[derive(Clone, Copy)]
struct Exchange {
    name: &'static str,
    target: &'static str,
    protocol: Protocol,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        let t = httpdate_parse("Sun, 06 Nov 1994 08:49:37 GMT").expect("parses");
        let secs = t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
        assert_eq!(secs, 784_111_777);
        assert!(httpdate_parse("Sunday, 06-Nov-94 08:49:37 GMT").is_none());
        assert!(httpdate_parse("Sun, 06 Nov 1994 08:49:37 PST").is_none());
        assert!(httpdate_parse("").is_none());
    }
}
