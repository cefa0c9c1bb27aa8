//! Container credentials: the ECS task role endpoint and EKS Pod Identity.

use super::fetch::{self, Fields};
use super::{BoxFuture, Credentials, Failure, ProvideCredentials};
use crate::env::Env;
use crate::error::CredentialsError;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

/// Where `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is resolved: the ECS agent's address.
pub const ECS_ENDPOINT: &str = "http://169.254.170.2";

const RELATIVE_URI: &str = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
const FULL_URI: &str = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
const TOKEN: &str = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
const TOKEN_FILE: &str = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";

/// Credentials from the container's credentials endpoint, as ECS tasks and EKS Pod Identity
/// provide it:
///
/// - `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`: a path on the ECS agent, `http://169.254.170.2`;
/// - otherwise `AWS_CONTAINER_CREDENTIALS_FULL_URI`: any `https` URL, or an `http` URL whose
///   host is a loopback address, `localhost`, the ECS address `169.254.170.2`, or the EKS
///   addresses `169.254.170.23` and `fd00:ec2::23` (any other is refused, as the AWS SDKs do);
/// - `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read again at every fetch) or else
///   `AWS_CONTAINER_AUTHORIZATION_TOKEN` is sent as the `Authorization` header.
///
/// The answer is JSON with `AccessKeyId`, `SecretAccessKey`, `Token` and `Expiration`. A fetch
/// connects within 1 s and finishes within 5 s, with one retry after a transport failure or a
/// 5xx answer if time is left.
#[derive(Clone, Debug)]
pub struct ContainerProvider {
    env: Env,
    relative_base: String,
    connect_timeout: Duration,
    timeout: Duration,
}

impl ContainerProvider {
    /// Reads the variables from `env`.
    pub fn new(env: Env) -> Self {
        Self {
            env,
            relative_base: ECS_ENDPOINT.to_owned(),
            connect_timeout: Duration::from_secs(1),
            timeout: Duration::from_secs(5),
        }
    }

    /// Resolves `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` against `base` instead of
    /// `http://169.254.170.2`: for tests and emulators, which serve on loopback.
    pub fn relative_uri_base(mut self, base: impl Into<String>) -> Self {
        self.relative_base = base.into().trim_end_matches('/').to_owned();
        self
    }

    /// Sets the connect timeout and the limit on a whole fetch, retry included.
    pub fn timeouts(mut self, connect: Duration, total: Duration) -> Self {
        self.connect_timeout = connect;
        self.timeout = total;
        self
    }

    fn url(&self) -> Result<String, Failure> {
        if let Some(relative) = self.env.get(RELATIVE_URI) {
            let slash = if relative.starts_with('/') { "" } else { "/" };
            return Ok(format!("{}{slash}{relative}", self.relative_base));
        }
        let Some(full) = self.env.get(FULL_URI) else {
            return Err(Failure::NotConfigured(format!(
                "neither {RELATIVE_URI} nor {FULL_URI} is set"
            )));
        };
        let url = reqwest::Url::parse(&full)
            .map_err(|e| Failure::Failed(format!("{FULL_URI} is not a URL: {e}")))?;
        let host = url.host_str().unwrap_or("");
        match url.scheme() {
            "https" => Ok(full),
            "http" if allowed_http_host(host) => Ok(full),
            "http" => Err(Failure::Failed(format!(
                "{FULL_URI} names host `{host}`: over plain http only a loopback host, \
                 169.254.170.2, 169.254.170.23 or fd00:ec2::23 is allowed; use https"
            ))),
            other => Err(Failure::Failed(format!(
                "{FULL_URI} has scheme `{other}`: only http and https are allowed"
            ))),
        }
    }

    fn token(&self) -> Result<Option<String>, Failure> {
        let token = match self.env.get(TOKEN_FILE) {
            Some(path) => {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    Failure::Failed(format!("cannot read {TOKEN_FILE} `{path}`: {e}"))
                })?;
                Some(text.trim().to_owned())
            }
            None => self.env.get(TOKEN),
        };
        match token {
            Some(t) if t.contains(['\r', '\n']) => Err(Failure::Failed(
                "the container authorization token contains a line break".to_owned(),
            )),
            other => Ok(other.filter(|t| !t.is_empty())),
        }
    }

    pub(super) async fn load(&self) -> Result<Credentials, Failure> {
        let url = self.url()?;
        let token = self.token()?;
        let client = fetch::client(self.connect_timeout)?;
        let mut headers = vec![("accept", "application/json")];
        if let Some(token) = &token {
            headers.push(("authorization", token.as_str()));
        }
        let reply = tokio::time::timeout(
            self.timeout,
            fetch::send(&client, reqwest::Method::GET, &url, &headers, self.timeout),
        )
        .await
        .map_err(|_| {
            Failure::Failed(format!(
                "the container credentials endpoint did not answer within {} ms",
                self.timeout.as_millis()
            ))
        })?
        .map_err(|e| Failure::Failed(format!("the container credentials endpoint: {e}")))?;
        if reply.status != 200 {
            return Err(Failure::Failed(format!(
                "the container credentials endpoint answered HTTP {}{}",
                reply.status,
                fetch::error_detail(&reply.body)
            )));
        }
        fetch::parse_credentials(
            &reply.body,
            &Fields {
                token: "Token",
                source: "container",
            },
        )
        .map_err(|e| Failure::Failed(format!("the container credentials endpoint: {e}")))
    }
}

/// Whether plain http may be used with `host` (as `Url::host_str` gives it).
fn allowed_http_host(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) => {
            ip.is_loopback()
                || ip == Ipv4Addr::new(169, 254, 170, 2)
                || ip == Ipv4Addr::new(169, 254, 170, 23)
        }
        Ok(IpAddr::V6(ip)) => {
            ip.is_loopback() || ip == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x23)
        }
        Err(_) => false,
    }
}

impl ProvideCredentials for ContainerProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load().await.map_err(Failure::into_error) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_allowed_over_http() {
        for host in [
            "127.0.0.1",
            "127.1.2.3",
            "[::1]",
            "localhost",
            "169.254.170.2",
            "169.254.170.23",
            "[fd00:ec2::23]",
        ] {
            assert!(allowed_http_host(host), "{host}");
        }
        for host in [
            "169.254.169.254",
            "10.0.0.1",
            "example.com",
            "[fd00:ec2::24]",
            "",
        ] {
            assert!(!allowed_http_host(host), "{host}");
        }
    }

    #[test]
    fn which_url() {
        let p = ContainerProvider::new(Env::from_vars([
            (RELATIVE_URI, "/v2/creds"),
            (FULL_URI, "http://127.0.0.1/x"),
        ]));
        assert_eq!(
            p.url().ok(),
            Some("http://169.254.170.2/v2/creds".to_owned())
        );
        let p = ContainerProvider::new(Env::from_vars([(FULL_URI, "ftp://127.0.0.1/x")]));
        assert!(matches!(p.url(), Err(Failure::Failed(_))));
        let p = ContainerProvider::new(Env::from_vars([(FULL_URI, "https://creds.example/x")]));
        assert_eq!(p.url().ok(), Some("https://creds.example/x".to_owned()));
    }
}
