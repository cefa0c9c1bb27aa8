//! The EC2 instance metadata service (IMDSv2): the instance role's credentials, and the
//! instance's region.

use super::fetch::{self, Fields};
use super::{BoxFuture, Credentials, Failure, ProvideCredentials};
use crate::env::Env;
use crate::error::{ConfigError, CredentialsError};
use crate::region::Region;
use std::time::Duration;

/// The service's address unless `AWS_EC2_METADATA_SERVICE_ENDPOINT` says otherwise.
pub const DEFAULT_ENDPOINT: &str = "http://169.254.169.254";
/// The service's IPv6 address (`AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6`).
pub const DEFAULT_ENDPOINT_IPV6: &str = "http://[fd00:ec2::254]";

const TOKEN_TTL_SECONDS: &str = "21600";
const CREDENTIALS_PATH: &str = "/latest/meta-data/iam/security-credentials/";

/// Whether `AWS_EC2_METADATA_DISABLED` turns the service off.
fn disabled(env: &Env) -> bool {
    env.get("AWS_EC2_METADATA_DISABLED")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// A session with the metadata service: its address, a client, and the attempt timeout.
struct Session {
    base: String,
    client: reqwest::Client,
    attempt: Duration,
}

impl Session {
    fn open(env: &Env, connect: Duration, attempt: Duration) -> Result<Self, Failure> {
        if disabled(env) {
            return Err(Failure::NotConfigured(
                "disabled by AWS_EC2_METADATA_DISABLED".to_owned(),
            ));
        }
        let base = match env.get("AWS_EC2_METADATA_SERVICE_ENDPOINT") {
            Some(endpoint) => endpoint,
            None => match env.get("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE") {
                Some(mode) if mode.eq_ignore_ascii_case("ipv6") => DEFAULT_ENDPOINT_IPV6.to_owned(),
                _ => DEFAULT_ENDPOINT.to_owned(),
            },
        };
        Ok(Self {
            base: base.trim_end_matches('/').to_owned(),
            client: fetch::client(connect)?,
            attempt,
        })
    }

    /// An IMDSv2 session token (`PUT /latest/api/token`).
    async fn token(&self) -> Result<String, Failure> {
        let url = format!("{}/latest/api/token", self.base);
        let headers = [("x-aws-ec2-metadata-token-ttl-seconds", TOKEN_TTL_SECONDS)];
        let reply = fetch::send(
            &self.client,
            reqwest::Method::PUT,
            &url,
            &headers,
            self.attempt,
        )
        .await
        .map_err(|e| {
            Failure::NotConfigured(format!(
                "no instance metadata service at {}: {e}",
                self.base
            ))
        })?;
        match reply.status {
            200 => {
                let token = String::from_utf8_lossy(&reply.body).trim().to_owned();
                if token.is_empty() || token.contains(['\r', '\n']) {
                    Err(Failure::Failed(
                        "the instance metadata service sent an unusable session token".to_owned(),
                    ))
                } else {
                    Ok(token)
                }
            }
            403 => Err(Failure::NotConfigured(
                "the instance metadata service refused a session token (HTTP 403): it is \
                 disabled on this instance"
                    .to_owned(),
            )),
            status => Err(Failure::Failed(format!(
                "the instance metadata service answered the token request with HTTP {status}"
            ))),
        }
    }

    /// `GET path` with the session token; the status and body.
    async fn get(&self, path: &str, token: &str) -> Result<fetch::Reply, Failure> {
        let url = format!("{}{path}", self.base);
        let headers = [("x-aws-ec2-metadata-token", token)];
        fetch::send(
            &self.client,
            reqwest::Method::GET,
            &url,
            &headers,
            self.attempt,
        )
        .await
        .map_err(|e| Failure::Failed(format!("the instance metadata service, GET {path}: {e}")))
    }
}

/// The credentials of the EC2 instance's IAM role, from the instance metadata service (IMDSv2
/// only): a session token (`PUT /latest/api/token`), the role's name
/// (`GET /latest/meta-data/iam/security-credentials/`), then its credentials.
///
/// The address is `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else `http://[fd00:ec2::254]` when
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` is `IPv6`, else `http://169.254.169.254`.
/// `AWS_EC2_METADATA_DISABLED=true` turns the source off. Each request connects within 1 s,
/// is answered within 1 s, and is retried once after a transport failure or a 5xx answer.
#[derive(Clone, Debug)]
pub struct ImdsProvider {
    env: Env,
    connect_timeout: Duration,
    attempt_timeout: Duration,
}

impl ImdsProvider {
    /// Reads the variables from `env`.
    pub fn new(env: Env) -> Self {
        Self {
            env,
            connect_timeout: Duration::from_secs(1),
            attempt_timeout: Duration::from_secs(1),
        }
    }

    /// Sets the connect timeout and the limit on each attempt of each request.
    pub fn timeouts(mut self, connect: Duration, attempt: Duration) -> Self {
        self.connect_timeout = connect;
        self.attempt_timeout = attempt;
        self
    }

    pub(super) async fn load(&self) -> Result<Credentials, Failure> {
        let session = Session::open(&self.env, self.connect_timeout, self.attempt_timeout)?;
        let token = session.token().await?;
        let listing = session.get(CREDENTIALS_PATH, &token).await?;
        let role = match listing.status {
            200 => String::from_utf8_lossy(&listing.body)
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(str::to_owned),
            404 => None,
            status => {
                return Err(Failure::Failed(format!(
                    "the instance metadata service answered GET {CREDENTIALS_PATH} with HTTP \
                     {status}"
                )));
            }
        };
        let Some(role) = role else {
            return Err(Failure::NotConfigured(
                "no IAM role is attached to this instance".to_owned(),
            ));
        };
        let path = format!("{CREDENTIALS_PATH}{role}");
        let reply = session.get(&path, &token).await?;
        if reply.status != 200 {
            return Err(Failure::Failed(format!(
                "the instance metadata service answered GET {path} with HTTP {}{}",
                reply.status,
                fetch::error_detail(&reply.body)
            )));
        }
        fetch::parse_credentials(
            &reply.body,
            &Fields {
                token: "Token",
                source: "imds",
            },
        )
        .map_err(|e| Failure::Failed(format!("the instance metadata service, role `{role}`: {e}")))
    }
}

impl ProvideCredentials for ImdsProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load().await.map_err(Failure::into_error) })
    }
}

/// The instance's region (`GET /latest/meta-data/placement/region`), from the metadata service
/// `env` designates, with the same timeouts and switches as [`ImdsProvider`].
pub async fn region(env: &Env) -> Result<Region, ConfigError> {
    let failed = |f: Failure| ConfigError::new(format!("region from IMDS: {}", f.message()));
    let session =
        Session::open(env, Duration::from_secs(1), Duration::from_secs(1)).map_err(failed)?;
    let token = session.token().await.map_err(failed)?;
    let path = "/latest/meta-data/placement/region";
    let reply = session.get(path, &token).await.map_err(failed)?;
    let region = String::from_utf8_lossy(&reply.body).trim().to_owned();
    if reply.status != 200 || region.is_empty() || region.contains(char::is_whitespace) {
        return Err(ConfigError::new(format!(
            "region from IMDS: GET {path} answered HTTP {} without a region",
            reply.status
        )));
    }
    Ok(Region::from(region))
}
