//! Service metadata and endpoint resolution.

use crate::env::Env;
use crate::error::ConfigError;
use crate::profile::ProfileSet;
use crate::region::Region;
use crate::rules::{EndpointParams, Partitions, RuleSet, Value};
use std::sync::{Arc, Mutex};

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
    /// The service's endpoint rule set (Smithy `endpoint-rule-set-1.json`), when it has one.
    pub endpoint_rules: Option<&'static str>,
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
            endpoint_rules: None,
        }
    }

    /// The service resolves its endpoints with this rule set (the JSON of its
    /// `endpoint-rule-set-1.json`, usually `include_str!`-ed): FIPS, dual-stack, every partition
    /// and the custom endpoint's rules, as the service defines them. Without one, endpoints are
    /// `{prefix}[-fips].{region}.{partition's DNS suffix}`.
    pub const fn with_endpoint_rules(mut self, rules: &'static str) -> Self {
        self.endpoint_rules = Some(rules);
        self
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

    /// The standard regional endpoint: `https://{prefix}.{region}.{DNS suffix of its
    /// partition}`, for a service without endpoint rules.
    pub fn default_endpoint(&self, region: &Region) -> Result<String, ConfigError> {
        self.standard_endpoint(region, Variant::default())
    }

    /// As [`ServiceInfo::default_endpoint`]; FIPS adds `-fips` to the prefix, dual-stack takes
    /// the partition's dual-stack suffix.
    fn standard_endpoint(&self, region: &Region, variant: Variant) -> Result<String, ConfigError> {
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
        let partitions = Partitions::aws()
            .map_err(|e| ConfigError::new(format!("the partitions table: {e}")))?;
        let Some(Value::Record(partition)) = partitions.resolve(region) else {
            return Err(ConfigError::new(format!(
                "no partition for region `{region}`"
            )));
        };
        let text = |key: &str| match partition.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        };
        let supports = |key: &str| matches!(partition.get(key), Some(Value::Bool(true)));
        if variant.fips && !supports("supportsFIPS") {
            return Err(ConfigError::new(format!(
                "FIPS endpoints are not available in the partition of `{region}`"
            )));
        }
        if variant.dual_stack && !supports("supportsDualStack") {
            return Err(ConfigError::new(format!(
                "dual-stack endpoints are not available in the partition of `{region}`"
            )));
        }
        let suffix = if variant.dual_stack {
            text("dualStackDnsSuffix")
        } else {
            text("dnsSuffix")
        }
        .ok_or_else(|| ConfigError::new(format!("no DNS suffix for region `{region}`")))?;
        let fips = if variant.fips { "-fips" } else { "" };
        Ok(format!(
            "https://{}{fips}.{region}.{suffix}",
            self.endpoint_prefix
        ))
    }
}

/// A service declared with `#[aws_service]`: a unit type naming the service, whose operations
/// (`#[aws_operation(service = Type)]`) take their protocol and target prefix from it, and which
/// converts into its [`ServiceInfo`] (`Client::new(DynamoDb, &config)`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a service",
    label = "not declared with `#[aws_service]`",
    note = "declare it: `#[aws_service(id = \"..\", endpoint_prefix = \"..\", protocol = \"json-1.0\", target_prefix = \"..\")] pub struct {Self};`"
)]
pub trait Service: Copy {
    /// Service id, signing name, endpoint prefix and endpoint rules.
    const INFO: ServiceInfo;
    /// The wire protocol of every operation of the service.
    const PROTOCOL: crate::Protocol;
    /// The first half of every operation's `X-Amz-Target` (`DynamoDB_20120810`), as the model's
    /// `targetPrefix` gives it.
    const TARGET_PREFIX: &'static str;
}

/// FIPS and dual-stack, as the configuration asks for them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Variant {
    fips: bool,
    dual_stack: bool,
}

/// Rule sets parsed once per process, by their text's address.
fn rule_set(rules: &'static str) -> Result<Arc<RuleSet>, ConfigError> {
    static CACHE: Mutex<Vec<(usize, Arc<RuleSet>)>> = Mutex::new(Vec::new());
    let key = rules.as_ptr() as usize;
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, set)) = cache.iter().find(|(k, _)| *k == key) {
        return Ok(set.clone());
    }
    let set = Arc::new(
        RuleSet::from_json(rules)
            .map_err(|e| ConfigError::new(format!("the service's endpoint rules: {e}")))?,
    );
    cache.push((key, set.clone()));
    Ok(set)
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

/// Resolves the endpoint of `service`. The custom endpoint is the configured one, else
/// `AWS_ENDPOINT_URL_<SERVICE>`, else `AWS_ENDPOINT_URL`, else the profile's `endpoint_url`
/// (`AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` ignores the environment and profile). FIPS and
/// dual-stack (`variant`) come from the configuration, else `AWS_USE_FIPS_ENDPOINT` /
/// `AWS_USE_DUALSTACK_ENDPOINT`, else the profile's `use_fips_endpoint` /
/// `use_dualstack_endpoint`. A service with endpoint rules resolves all of it with them (a custom
/// endpoint with FIPS is an error there); one without takes the custom endpoint as it is, else
/// the standard regional endpoint.
pub fn resolve(
    service: &ServiceInfo,
    configured: Option<&str>,
    region: Option<&Region>,
    env: Option<&Env>,
    profile: Option<&ProfileSet>,
    variant: (Option<bool>, Option<bool>),
) -> Result<Endpoint, ConfigError> {
    let profile = profile.and_then(|p| p.selected());
    let setting = |var: &str, key: &str| -> Option<String> {
        env.and_then(|e| e.get(var))
            .or_else(|| profile.and_then(|p| p.get(key)).map(str::to_owned))
    };
    let flag = |configured: Option<bool>, var: &str, key: &str| -> Result<bool, ConfigError> {
        if let Some(on) = configured {
            return Ok(on);
        }
        match setting(var, key) {
            None => Ok(false),
            Some(v) if v.trim().eq_ignore_ascii_case("true") => Ok(true),
            Some(v) if v.trim().eq_ignore_ascii_case("false") => Ok(false),
            Some(v) => Err(ConfigError::new(format!(
                "{var} (or the profile's `{key}`) is `{v}`: expected `true` or `false`"
            ))),
        }
    };
    let variant = Variant {
        fips: flag(variant.0, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint")?,
        dual_stack: flag(
            variant.1,
            "AWS_USE_DUALSTACK_ENDPOINT",
            "use_dualstack_endpoint",
        )?,
    };
    let ignore = setting(
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
        "ignore_configured_endpoint_urls",
    )
    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let custom = match configured {
        Some(url) => Some(url.to_owned()),
        None if ignore => None,
        None => env
            .and_then(|e| {
                e.get(&service.endpoint_env_var())
                    .or_else(|| e.get("AWS_ENDPOINT_URL"))
            })
            .or_else(|| {
                profile
                    .and_then(|p| p.get("endpoint_url"))
                    .map(str::to_owned)
            }),
    };
    if let Some(rules) = service.endpoint_rules {
        if custom.is_none() && region.is_none() {
            return Err(ConfigError::no_region());
        }
        let params = EndpointParams::new()
            .set_opt("Region", region.map(|r| r.as_str().to_owned()))
            .use_fips(variant.fips)
            .use_dual_stack(variant.dual_stack)
            .set_opt("Endpoint", custom);
        let resolved = rule_set(rules)?
            .resolve(&params)
            .map_err(|e| ConfigError::new(format!("endpoint: {}", e.message())))?;
        return Endpoint::parse(resolved.url());
    }
    if let Some(url) = custom {
        return Endpoint::parse(&url);
    }
    let region = region.ok_or_else(ConfigError::no_region)?;
    Endpoint::parse(&service.standard_endpoint(region, variant)?)
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
            resolve(&ECR, None, Some(&r), Some(&env), None, (None, None))
                .unwrap()
                .uri(),
            "http://127.0.0.1:1/"
        );
        assert_eq!(
            resolve(
                &ECR,
                Some("http://127.0.0.1:3"),
                Some(&r),
                Some(&env),
                None,
                (None, None)
            )
            .unwrap()
            .uri(),
            "http://127.0.0.1:3/"
        );
        let env = Env::from_vars([("AWS_ENDPOINT_URL", "http://127.0.0.1:2")]);
        assert_eq!(
            resolve(&ECR, None, Some(&r), Some(&env), None, (None, None))
                .unwrap()
                .uri(),
            "http://127.0.0.1:2/"
        );
        let env = Env::from_vars([
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:2"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        ]);
        assert_eq!(
            resolve(&ECR, None, Some(&r), Some(&env), None, (None, None))
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
            resolve(&ECR, None, Some(&cn), Some(&env), None, (None, None))
                .unwrap()
                .uri(),
            "https://api.ecr.cn-north-1.amazonaws.com.cn/"
        );
        assert!(
            resolve(&ECR, None, None, Some(&env), None, (None, None))
                .unwrap_err()
                .to_string()
                .contains("no region")
        );
        assert!(resolve(&ECR, Some("ftp://x"), None, Some(&env), None, (None, None)).is_err());
        assert!(
            resolve(
                &ECR,
                None,
                Some(&Region::new("bad/region")),
                Some(&env),
                None,
                (None, None)
            )
            .is_err()
        );
    }
}
