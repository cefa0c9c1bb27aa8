//! The error model: what the service said ([`ServiceError`], [`ErrorMetadata`]) and what went
//! wrong around it ([`Error`]).

use crate::validate::ValidationError;
use bytes::Bytes;
use std::fmt;

/// What a service said about a failed call: its error code, message, HTTP status and request id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorMetadata {
    code: String,
    message: Option<String>,
    status: Option<u16>,
    request_id: Option<String>,
}

impl ErrorMetadata {
    /// Metadata with only an error code.
    pub fn new(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            ..Self::default()
        }
    }

    /// Sets the message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Sets the request id.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// The error code, without namespace or suffix: `RepositoryNotFoundException`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The human-readable message, when the service sent one.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The request id (`x-amzn-RequestId`), to quote to AWS support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl fmt::Display for ErrorMetadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        match (self.status, &self.request_id) {
            (Some(status), Some(id)) => write!(f, " (HTTP {status}, request id {id})"),
            (Some(status), None) => write!(f, " (HTTP {status})"),
            (None, Some(id)) => write!(f, " (request id {id})"),
            (None, None) => Ok(()),
        }
    }
}

/// An error response from the service, as read off the wire. Each operation's error enum turns
/// the codes its model lists into their own types; the others stay `ServiceError`s.
#[derive(Clone, Debug)]
pub struct ServiceError {
    meta: ErrorMetadata,
    body: Bytes,
}

impl ServiceError {
    /// An error with the given metadata and raw response body.
    pub fn new(meta: ErrorMetadata, body: Bytes) -> Self {
        Self { meta, body }
    }

    /// The error code.
    pub fn code(&self) -> &str {
        self.meta.code()
    }

    /// The message, when there is one.
    pub fn message(&self) -> Option<&str> {
        self.meta.message()
    }

    /// The request id, when there is one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }

    /// The HTTP status.
    pub fn status(&self) -> Option<u16> {
        self.meta.status()
    }

    /// Code, message, status and request id together.
    pub fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }

    /// Takes the metadata out.
    pub fn into_meta(self) -> ErrorMetadata {
        self.meta
    }

    /// The raw response body.
    pub fn body(&self) -> &Bytes {
        &self.body
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.meta, f)
    }
}

impl std::error::Error for ServiceError {}

/// Why credentials could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialsError {
    message: String,
}

impl CredentialsError {
    /// An error with an explanation of what was tried.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no usable credentials: {}", self.message)
    }
}

impl std::error::Error for CredentialsError {}

/// A configuration that cannot work: no region, an endpoint that is not a URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    message: String,
}

impl ConfigError {
    /// An error with an explanation.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// No region is configured anywhere a client looks.
    pub fn no_region() -> Self {
        Self::new(
            "no region: set AWS_REGION, `region` in the profile of the shared config file, \
             or Config::builder().region(..)",
        )
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid configuration: {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// What kind of transport failure happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made.
    Connect,
    /// No connection could be made within the connect timeout.
    ConnectTimeout,
    /// The transport gave up waiting for the server (a read timeout of an HTTP client the
    /// program supplied).
    Timeout,
    /// One attempt took longer than the attempt timeout.
    AttemptTimeout,
    /// The whole operation, retries included, took longer than the operation timeout.
    OperationTimeout,
    /// The response body was larger than the client accepts.
    BodyTooLarge,
    /// Any other I/O or protocol failure.
    Io,
}

/// The HTTP exchange failed: nothing usable came back.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl TransportError {
    /// A transport error of `kind`, caused by `source`.
    pub fn new(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Self {
            kind,
            source: source.into(),
        }
    }

    /// What kind of failure it was.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::ConnectTimeout => "connect timed out",
            TransportErrorKind::Timeout => "timed out waiting for the server",
            TransportErrorKind::AttemptTimeout => "attempt timed out",
            TransportErrorKind::OperationTimeout => "operation timed out",
            TransportErrorKind::BodyTooLarge => "response body too large",
            TransportErrorKind::Io => "HTTP exchange failed",
        };
        write!(f, "{what}: {}", self.source)?;
        let mut source = self.source.source();
        while let Some(inner) = source {
            write!(f, ": {inner}")?;
            source = inner.source();
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {}

/// A response that could not be understood: not JSON, the wrong shape, or an error without a code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseError {
    status: u16,
    request_id: Option<String>,
    reason: String,
    excerpt: String,
}

impl ResponseError {
    /// The maximum number of characters of the body kept in [`ResponseError::excerpt`].
    pub const EXCERPT_CHARS: usize = 200;

    /// An unreadable response with `status`, explained by `reason`.
    pub fn new(
        status: u16,
        request_id: Option<String>,
        reason: impl Into<String>,
        body: &[u8],
    ) -> Self {
        let text = String::from_utf8_lossy(body);
        let mut excerpt: String = text.chars().take(Self::EXCERPT_CHARS).collect();
        if text.chars().count() > Self::EXCERPT_CHARS {
            excerpt.push_str("...");
        }
        Self {
            status,
            request_id,
            reason: reason.into(),
            excerpt,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The request id, when the response carried one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Why it could not be read.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The start of the body, lossily decoded.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unreadable response (HTTP {}): {}",
            self.status, self.reason
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        if !self.excerpt.is_empty() {
            write!(f, "; body starts: {:?}", self.excerpt)?;
        }
        Ok(())
    }
}

impl std::error::Error for ResponseError {}

/// A paginated operation handed back a pagination token it had already given in the same
/// stream: following it would request the same pages again, forever. The paginator yields this
/// once, after the page that carried the token, and ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaginationError {
    operation: &'static str,
    token: String,
}

impl PaginationError {
    /// The most characters of the token `Display` shows; [`PaginationError::token`] has it all.
    pub const TOKEN_CHARS: usize = 64;

    /// `operation` returned `token` a second time.
    pub fn new(operation: &'static str, token: impl Into<String>) -> Self {
        Self {
            operation,
            token: token.into(),
        }
    }

    /// The operation's name (`ListImages`).
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The repeated token, whole.
    pub fn token(&self) -> &str {
        &self.token
    }
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut token: String = self.token.chars().take(Self::TOKEN_CHARS).collect();
        if token.len() < self.token.len() {
            token.push_str("...");
        }
        write!(
            f,
            "{} returned the pagination token `{token}` again: stopping instead of requesting \
             the same page forever",
            self.operation
        )
    }
}

impl std::error::Error for PaginationError {}

/// Everything that can go wrong with a call, service-independent. Each operation's error enum is
/// built from this: it keeps [`Error::Validation`], sorts [`Error::Service`] into the
/// operation's modeled errors, and holds the rest as they are.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request broke its constraints; nothing was sent.
    Validation(ValidationError),
    /// The service answered with an error.
    Service(ServiceError),
    /// No credentials could be had.
    Credentials(CredentialsError),
    /// The configuration cannot work.
    Config(ConfigError),
    /// The HTTP exchange failed.
    Transport(TransportError),
    /// The response could not be read.
    Response(ResponseError),
    /// A paginator stopped: the service repeated a pagination token.
    Pagination(PaginationError),
}

impl Error {
    /// The request id, when the service gave one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.request_id(),
            Error::Response(e) => e.request_id(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Validation(e) => fmt::Display::fmt(e, f),
            Error::Service(e) => fmt::Display::fmt(e, f),
            Error::Credentials(e) => fmt::Display::fmt(e, f),
            Error::Config(e) => fmt::Display::fmt(e, f),
            Error::Transport(e) => fmt::Display::fmt(e, f),
            Error::Response(e) => fmt::Display::fmt(e, f),
            Error::Pagination(e) => fmt::Display::fmt(e, f),
        }
    }
}

/// `Display` already names every cause, so there is no separate `source`.
impl std::error::Error for Error {}

macro_rules! from_error {
    ($($variant:ident($t:ty)),*) => {$(
        impl From<$t> for Error {
            fn from(e: $t) -> Self {
                Error::$variant(e)
            }
        }
    )*};
}
from_error!(
    Validation(ValidationError),
    Service(ServiceError),
    Credentials(CredentialsError),
    Config(ConfigError),
    Transport(TransportError),
    Response(ResponseError),
    Pagination(PaginationError)
);
