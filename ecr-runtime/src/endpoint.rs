//! Service metadata and endpoint resolution.

use crate::env::Env;
use crate::error::ConfigError;
use crate::profile::ProfileSet;
use crate::region::Region;

/// What the runtime needs to know about a service; a service crate declares one with
/// [`ServiceInfo::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServiceInfo {
    /// The service id as AWS spells it (`ECR`); `AWS_ENDPOINT_URL_<ID>` is derived from it.
    pub service_id: &'static str,
    /// The SigV4 signing name (`ecr`).
    pub signing_name: &'static str,
    /// The first label of the default endpoint host (`api.ecr`).
    pub endpoint_prefix: &'static str,
}

impl ServiceInfo {
    /// A service by its id (`"ECR"`), SigV4 signing name (`"ecr"`) and endpoint prefix
    /// (`"api.ecr"`), as its model's metadata gives them.
    pub const fn new(
        service_id: &'static str,
        signing_name: &'static str,
        endpoint_prefix: &'static str,
    ) -> Self {
        Self {
            service_id,
            signing_name,
            endpoint_prefix,
        }
    }

    /// `AWS_ENDPOINT_URL_ECR` for service id `ECR` (spaces and dashes become underscores).
    pub fn endpoint_env_var(&self) -> String {
        let id: String = self
            .service_id
            .chars()
            .map(|c| {
                if c == ' ' || c == '-' {
                    '_'
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
        format!("AWS_ENDPOINT_URL_{id}")
    }

    /// The standard regional endpoint: `https://{prefix}.{region}.{dns suffix of its partition}`.
    pub fn default_endpoint(&self, region: &Region) -> Result<String, ConfigError> {
        let region = region.as_str();
        let valid = !region.is_empty()
            && region.len() <= 63
            && region
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && !region.starts_with('-')
            && !region.ends_with('-');
        if !valid {
            return Err(ConfigError::new(format!(
                "region `{region}` is not a valid host label"
            )));
        }
        Ok(format!(
            "https://{}.{region}.{}",
            self.endpoint_prefix,
            dns_suffix(region)
        ))
    }
}

/// The DNS suffix of a region's partition (the `dnsSuffix` of `partitions.json`).
fn dns_suffix(region: &str) -> &'static str {
    const SUFFIXES: [(&str, &str); 6] = [
        ("cn-", "amazonaws.com.cn"),
        ("us-isob-", "sc2s.sgov.gov"),
        ("us-iso-", "c2s.ic.gov"),
        ("eu-isoe-", "cloud.adc-e.uk"),
        ("us-isof-", "csp.hci.ic.gov"),
        ("eusc-", "amazonaws.eu"),
    ];
    SUFFIXES
        .iter()
        .find(|(prefix, _)| region.starts_with(prefix))
        .map_or("amazonaws.com", |(_, suffix)| suffix)
}

/// Where requests go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    uri: http::Uri,
}

impl Endpoint {
    /// Parses an endpoint URL (`https://host[:port][/path]`).
    pub fn parse(url: &str) -> Result<Self, ConfigError> {
        let uri: http::Uri = url
            .parse()
            .map_err(|e| ConfigError::new(format!("endpoint `{url}` is not a URL: {e}")))?;
        match uri.scheme_str() {
            Some("http") | Some("https") => {}
            _ => {
                return Err(ConfigError::new(format!(
                    "endpoint `{url}` must start with http:// or https://"
                )));
            }
        }
        if uri.host().is_none_or(str::is_empty) {
            return Err(ConfigError::new(format!("endpoint `{url}` has no host")));
        }
        Ok(Self { uri })
    }

    /// The URL requests are posted to.
    pub fn uri(&self) -> &http::Uri {
        &self.uri
    }
}

/// Resolves the endpoint of `service`: the configured one, else `AWS_ENDPOINT_URL_<SERVICE>`, else
/// `AWS_ENDPOINT_URL`, else the profile's `endpoint_url`, else the standard regional endpoint.
/// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` ignores the environment and profile.
pub fn resolve(
    service: &ServiceInfo,
    configured: Option<&str>,
    region: Option<&Region>,
    env: Option<&Env>,
    profile: Option<&ProfileSet>,
) -> Result<Endpoint, ConfigError> {
    if let Some(url) = configured {
        return Endpoint::parse(url);
    }
    let profile = profile.and_then(|p| p.selected());
    let ignore = env
        .and_then(|e| e.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
        .or_else(|| {
            profile
                .and_then(|p| p.get("ignore_configured_endpoint_urls"))
                .map(str::to_owned)
        })
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if !ignore {
        if let Some(env) = env
            && let Some(url) = env
                .get(&service.endpoint_env_var())
                .or_else(|| env.get("AWS_ENDPOINT_URL"))
        {
            return Endpoint::parse(&url);
        }
        if let Some(url) = profile.and_then(|p| p.get("endpoint_url")) {
            return Endpoint::parse(url);
        }
    }
    let region = region.ok_or_else(ConfigError::no_region)?;
    Endpoint::parse(&service.default_endpoint(region)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ECR: ServiceInfo = ServiceInfo::new("ECR", "ecr", "api.ecr");

    #[test]
    fn precedence_most_specific_first() {
        let r = Region::new("us-east-1");
        let env = Env::from_vars([
            ("AWS_ENDPOINT_URL_ECR", "http://127.0.0.1:1"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2"),
        ]);
        assert_eq!(
            resolve(&ECR, None, Some(&r), Some(&env), None)
                .unwrap()
                .uri(),
            "http://127.0.0.1:1/"
        );
        assert_eq!(
            resolve(&ECR, Some("http://127.0.0.1:3"), Some(&r), Some(&env), None)
                .unwrap()
                .uri(),
            "http://127.0.0.1:3/"
        );
        let env = Env::from_vars([("AWS_ENDPOINT_URL", "http://127.0.0.1:2")]);
        assert_eq!(
            resolve(&ECR, None, Some(&r), Some(&env), None)
                .unwrap()
                .uri(),
            "http://127.0.0.1:2/"
        );
        let env = Env::from_vars([
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        ]);
        assert_eq!(
            resolve(&ECR, None, Some(&r), Some(&env), None)
                .unwrap()
                .uri(),
            "https://api.ecr.us-east-1.amazonaws.com/"
        );
    }

    #[test]
    fn regional_defaults_and_errors() {
        let env = Env::from_vars([("X", "y")]);
        let cn = Region::new("cn-north-1");
        assert_eq!(
            resolve(&ECR, None, Some(&cn), Some(&env), None)
                .unwrap()
                .uri(),
            "https://api.ecr.cn-north-1.amazonaws.com.cn/"
        );
        assert!(
            resolve(&ECR, None, None, Some(&env), None)
                .unwrap_err()
                .to_string()
                .contains("no region")
        );
        assert!(resolve(&ECR, Some("ftp://x"), None, Some(&env), None).is_err());
        assert!(
            resolve(
                &ECR,
                None,
                Some(&Region::new("bad/region")),
                Some(&env),
                None
            )
            .is_err()
        );
    }
}
