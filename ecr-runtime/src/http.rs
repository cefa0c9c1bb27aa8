//! The HTTP transport: a trait any client can implement, and its reqwest implementation.

use crate::credentials::BoxFuture;
use crate::error::{TransportError, TransportErrorKind};
use bytes::{Bytes, BytesMut};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// A request as the runtime sends it: a signed, complete HTTP request.
pub type HttpRequest = http::Request<Bytes>;
/// A response with its whole body.
pub type HttpResponse = http::Response<Bytes>;

/// Sends one HTTP request and reads the whole response. Implement it to plug in another HTTP
/// stack, or a recording or fault-injecting one in tests.
pub trait HttpClient: Send + Sync + fmt::Debug {
    /// Sends `request` and returns the response with its body.
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>>;
}

/// A transport shared by every clone of a client.
#[derive(Clone, Debug)]
pub struct SharedHttpClient(Arc<dyn HttpClient>);

impl SharedHttpClient {
    /// Shares `client`.
    pub fn new(client: impl HttpClient + 'static) -> Self {
        Self(Arc::new(client))
    }
}

impl HttpClient for SharedHttpClient {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        self.0.send(request)
    }
}

/// The default transport: reqwest with rustls (ring), HTTP/1.1, a connection pool, and a cap on
/// response size so that a hostile server cannot exhaust memory.
#[derive(Clone, Debug)]
pub struct ReqwestClient {
    client: reqwest::Client,
    max_body_bytes: usize,
}

impl ReqwestClient {
    /// The largest response body accepted by default: 64 MiB.
    pub const DEFAULT_MAX_BODY_BYTES: usize = 64 << 20;

    /// A transport with a 3.1 s connect timeout, a 60 s limit on waiting for the next bytes of a
    /// response (a server that accepts and never answers cannot hang a call), and the default
    /// body cap.
    pub fn new() -> Result<Self, TransportError> {
        Self::with_connect_timeout(Duration::from_millis(3100))
    }

    /// As [`ReqwestClient::new`], with another connect timeout.
    pub fn with_connect_timeout(connect: Duration) -> Result<Self, TransportError> {
        // rustls takes its crypto from the process default; install ring unless the program
        // installed a provider of its own first.
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        // No read timeout here: the client's attempt timeout bounds every attempt, and a read
        // timeout would arm a timer on every read of every response.
        let client = reqwest::Client::builder()
            .connect_timeout(connect)
            .build()
            .map_err(|e| TransportError::new(TransportErrorKind::Io, e))?;
        Ok(Self::from_client(client))
    }

    /// Wraps a reqwest client configured by the caller.
    pub fn from_client(client: reqwest::Client) -> Self {
        Self {
            client,
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
        }
    }

    /// Sets the largest response body accepted.
    pub fn max_body_bytes(mut self, max: usize) -> Self {
        self.max_body_bytes = max;
        self
    }

    async fn send_inner(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let request = reqwest::Request::try_from(request.map(reqwest::Body::from))
            .map_err(|e| TransportError::new(TransportErrorKind::Io, e))?;
        let mut response = self.client.execute(request).await.map_err(classify)?;
        let mut builder = http::Response::builder()
            .status(response.status())
            .version(response.version());
        if let Some(headers) = builder.headers_mut() {
            std::mem::swap(headers, response.headers_mut());
        }
        let too_large = || {
            TransportError::new(
                TransportErrorKind::BodyTooLarge,
                format!("the response body exceeds {} bytes", self.max_body_bytes),
            )
        };
        if response
            .content_length()
            .is_some_and(|n| n > self.max_body_bytes as u64)
        {
            return Err(too_large());
        }
        // A body that comes in one chunk (most answers) is kept as it came, without a copy.
        let first = response
            .chunk()
            .await
            .map_err(classify)?
            .unwrap_or_default();
        let body = match response.chunk().await.map_err(classify)? {
            None if first.len() <= self.max_body_bytes => first,
            None => return Err(too_large()),
            Some(second) => {
                // The announced length is a hint, not a promise: trust it up to 1 MiB.
                let capacity = response.content_length().map_or(8 * 1024, |n| {
                    (n as usize).min(self.max_body_bytes).min(1 << 20)
                });
                let mut body = BytesMut::with_capacity(capacity.max(first.len() + second.len()));
                body.extend_from_slice(&first);
                let mut next = Some(second);
                while let Some(chunk) = next {
                    if body.len() + chunk.len() > self.max_body_bytes {
                        return Err(too_large());
                    }
                    body.extend_from_slice(&chunk);
                    next = response.chunk().await.map_err(classify)?;
                }
                if body.len() > self.max_body_bytes {
                    return Err(too_large());
                }
                body.freeze()
            }
        };
        builder
            .body(body)
            .map_err(|e| TransportError::new(TransportErrorKind::Io, e))
    }
}

fn classify(e: reqwest::Error) -> TransportError {
    let kind = if e.is_connect() && e.is_timeout() {
        TransportErrorKind::ConnectTimeout
    } else if e.is_timeout() {
        TransportErrorKind::Timeout
    } else if e.is_connect() {
        TransportErrorKind::Connect
    } else {
        TransportErrorKind::Io
    };
    TransportError::new(kind, e)
}

impl HttpClient for ReqwestClient {
    fn send(&self, request: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
        Box::pin(self.send_inner(request))
    }
}
