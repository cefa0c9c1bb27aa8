//! The client: one per service configuration, cheap to clone, shared by every operation.

use crate::config::Config;
use crate::credentials::{CredentialsCache, DefaultChain, SharedCredentialsProvider};
use crate::endpoint::{self, Endpoint, ServiceInfo};
use crate::env::Env;
use crate::error::{ConfigError, Error, ResponseError};
use crate::http::{HttpClient, ReqwestClient, SharedHttpClient};
use crate::protocol::{self, Protocol};
use crate::region::Region;
use crate::schema::{Described, OperationSchema};
use crate::sign;
use crate::validate::{Validate, validate_root};
use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

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
    /// A client of `service` with `config`. Problems with the configuration (no region, an
    /// endpoint that is not a URL) are reported by the first call.
    pub fn new(service: ServiceInfo, config: &Config) -> Self {
        let endpoint = endpoint::resolve(
            &service,
            config.endpoint_url.as_deref(),
            config.region.as_ref(),
            config.env.as_ref(),
            config.profile.as_deref(),
        );
        let credentials = config.credentials.clone().unwrap_or_else(|| {
            let env = config.env.clone().unwrap_or_else(Env::process);
            SharedCredentialsProvider::new(DefaultChain::new(env))
        });
        let http = match &config.http_client {
            Some(client) => Ok(client.clone()),
            None => ReqwestClient::new()
                .map(SharedHttpClient::new)
                .map_err(|e| ConfigError::new(format!("cannot set up the HTTP client: {e}"))),
        };
        let user_agent = format!(
            "ecr-runtime/{} api/{}#{}",
            env!("CARGO_PKG_VERSION"),
            service.service_id.to_ascii_lowercase().replace(' ', "-"),
            env!("CARGO_PKG_VERSION")
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
                    .unwrap_or(http::HeaderValue::from_static("ecr-runtime")),
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
        let (status, request_id, body) = self.exchange(exchange, body).await?;
        let json: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &body
        };
        serde_json::from_slice(json).map_err(|e| {
            Error::Response(ResponseError::new(
                status,
                request_id,
                format!("a {} response that does not parse: {e}", O::NAME),
                &body,
            ))
        })
    }

    /// Signs and sends one request body; a success answers its status, request id and body,
    /// anything else the error it amounts to.
    async fn exchange(
        &self,
        exchange: Exchange,
        body: Vec<u8>,
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
        let credentials = inner.credentials.get().await?;

        let mut request = http::Request::builder()
            .method(http::Method::POST)
            .uri(endpoint.uri().clone())
            .header(http::header::CONTENT_TYPE, exchange.protocol.content_type())
            .header("x-amz-target", exchange.target)
            .header(http::header::USER_AGENT, inner.user_agent.clone())
            .body(Bytes::from(body))
            .map_err(|e| {
                Error::Config(ConfigError::new(format!(
                    "cannot build the {} request: {e}",
                    exchange.name
                )))
            })?;
        sign::sign(
            &mut request,
            &credentials,
            region.as_str(),
            inner.service.signing_name,
            SystemTime::now(),
        )?;

        let response = http.send(request).await?;
        let (parts, body) = response.into_parts();
        let status = parts.status.as_u16();
        if parts.status.is_success() {
            Ok((status, protocol::request_id(&parts.headers), body))
        } else {
            Err(protocol::parse_error(status, &parts.headers, body))
        }
    }
}

/// What the exchange needs to know of an operation.
#[derive(Clone, Copy)]
struct Exchange {
    name: &'static str,
    target: &'static str,
    protocol: Protocol,
}
