//! Client configuration: region, credentials, endpoint, transport, validation.

use crate::credentials::{DefaultChain, ProvideCredentials, SharedCredentialsProvider};
use crate::env::Env;
use crate::error::ConfigError;
use crate::http::{HttpClient, SharedHttpClient};
use crate::profile::ProfileSet;
use crate::region::Region;
use crate::retry::{RetryConfig, RetryMode, TimeoutConfig};
use std::sync::Arc;

/// Everything a client is built from. Cheap to clone; build one with [`Config::builder`] or read
/// one from the usual AWS places with [`Config::from_env`].
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) region: Option<Region>,
    pub(crate) credentials: Option<SharedCredentialsProvider>,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) http_client: Option<SharedHttpClient>,
    pub(crate) validate_requests: bool,
    pub(crate) env: Option<Env>,
    pub(crate) profile: Option<Arc<ProfileSet>>,
    pub(crate) retry: RetryConfig,
    pub(crate) timeouts: TimeoutConfig,
    pub(crate) use_fips: Option<bool>,
    pub(crate) use_dual_stack: Option<bool>,
}

impl Config {
    /// A builder with nothing set: no region, the default credentials chain, the standard
    /// endpoint, the reqwest transport, validation on. A configuration built this way reads
    /// nothing from the environment (no `AWS_ENDPOINT_URL`, no profile) except the default
    /// credentials chain when no credentials are given; [`ConfigBuilder::env`] opts in.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Reads the process environment and the shared files (see [`ConfigLoader::load`]).
    pub async fn from_env() -> Result<Config, ConfigError> {
        ConfigLoader::default().load().await
    }

    /// A loader to adjust before reading the environment.
    pub fn loader() -> ConfigLoader {
        ConfigLoader::default()
    }

    /// The region.
    pub fn region(&self) -> Option<&Region> {
        self.region.as_ref()
    }

    /// The configured endpoint URL, if any.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    /// Whether requests are validated before they are sent.
    pub fn validates_requests(&self) -> bool {
        self.validate_requests
    }

    /// How failed attempts are retried.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// The connect, attempt and operation timeouts.
    pub fn timeouts(&self) -> &TimeoutConfig {
        &self.timeouts
    }

    /// A builder starting from this configuration.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder {
            config: self.clone(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            region: None,
            credentials: None,
            endpoint_url: None,
            http_client: None,
            validate_requests: true,
            env: None,
            profile: None,
            retry: RetryConfig::default(),
            timeouts: TimeoutConfig::default(),
            use_fips: None,
            use_dual_stack: None,
        }
    }
}

/// Builds a [`Config`].
#[derive(Clone, Debug, Default)]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// Sets the region.
    pub fn region(mut self, region: impl Into<Region>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// Sets the credentials source (a [`crate::Credentials`] value is one).
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.config.credentials = Some(SharedCredentialsProvider::new(provider));
        self
    }

    /// Sends every request to this URL instead of the service's standard endpoint.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.config.endpoint_url = Some(url.into());
        self
    }

    /// Uses another HTTP transport.
    pub fn http_client(mut self, client: impl HttpClient + 'static) -> Self {
        self.config.http_client = Some(SharedHttpClient::new(client));
        self
    }

    /// Turns client-side validation on (the default) or off. With it off, requests are sent as
    /// built, and the service judges them: the way out when a service loosens a limit that this
    /// client still enforces. Missing required members are still refused.
    pub fn validate_requests(mut self, on: bool) -> Self {
        self.config.validate_requests = on;
        self
    }

    /// Reads the endpoint variables (`AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`,
    /// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`) and the default credentials chain from `env`
    /// (`Env::process()` for the real environment).
    pub fn env(mut self, env: Env) -> Self {
        self.config.env = Some(env);
        self
    }

    /// How failed attempts are retried: standard mode with 3 attempts unless set.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.config.retry = retry;
        self
    }

    /// The connect, attempt and operation timeouts (3.1 s, 60 s and 180 s unless set).
    pub fn timeouts(mut self, timeouts: TimeoutConfig) -> Self {
        self.config.timeouts = timeouts;
        self
    }

    /// FIPS endpoints on or off, whatever `AWS_USE_FIPS_ENDPOINT` and the profile say.
    pub fn use_fips(mut self, on: bool) -> Self {
        self.config.use_fips = Some(on);
        self
    }

    /// Dual-stack (IPv6) endpoints on or off, whatever `AWS_USE_DUALSTACK_ENDPOINT` and the
    /// profile say.
    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.config.use_dual_stack = Some(on);
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.config
    }
}

/// Reads configuration from the environment and the shared files.
#[derive(Clone, Debug, Default)]
pub struct ConfigLoader {
    env: Option<Env>,
    profile: Option<String>,
    region: Option<Region>,
}

impl ConfigLoader {
    /// Reads variables from `env` instead of the process environment.
    pub fn env(mut self, env: Env) -> Self {
        self.env = Some(env);
        self
    }

    /// Selects a profile, whatever `AWS_PROFILE` says.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Uses this region, whatever the environment and the profile say.
    pub fn region(mut self, region: impl Into<Region>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Reads the region (`AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's `region`, the instance
    /// metadata service), the
    /// credentials chain (environment; the profile's keys, `credential_process` or role; web
    /// identity; the container endpoint; the instance metadata service), the retry settings (`AWS_RETRY_MODE`,
    /// `AWS_MAX_ATTEMPTS`, the profile's `retry_mode`, `max_attempts`) and the endpoint settings.
    /// Fails when the shared files cannot be read, a setting is malformed, or no region is
    /// configured.
    pub async fn load(self) -> Result<Config, ConfigError> {
        let env = self.env.unwrap_or_else(Env::process);
        let profiles = ProfileSet::load(&env, self.profile.as_deref())?;
        let from_files = env
            .get("AWS_REGION")
            .or_else(|| env.get("AWS_DEFAULT_REGION"))
            .or_else(|| {
                profiles
                    .selected()
                    .and_then(|p| p.get("region"))
                    .map(str::to_owned)
            })
            .map(Region::from);
        let region = match (self.region, from_files) {
            (Some(region), _) | (None, Some(region)) => region,
            // Last, the instance's own region, as the SDKs' region chain ends.
            (None, None) => crate::credentials::imds::region(&env)
                .await
                .map_err(|imds| {
                    ConfigError::new(format!(
                        "no region: set AWS_REGION, or `region` in profile `{}` of the shared \
                     config file, or ConfigLoader::region(..) ({imds})",
                        profiles.selected_name()
                    ))
                })?,
        };
        let retry = retry_settings(&env, &profiles)?;
        let profiles = Arc::new(profiles);
        let credentials = SharedCredentialsProvider::new(DefaultChain::from_loaded(
            env.clone(),
            profiles.clone(),
        ));
        Ok(Config {
            region: Some(region),
            credentials: Some(credentials),
            endpoint_url: None,
            http_client: None,
            validate_requests: true,
            env: Some(env),
            profile: Some(profiles),
            retry,
            timeouts: TimeoutConfig::default(),
            use_fips: None,
            use_dual_stack: None,
        })
    }
}

/// `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS`, else the profile's `retry_mode` / `max_attempts`.
fn retry_settings(env: &Env, profiles: &ProfileSet) -> Result<RetryConfig, ConfigError> {
    let setting = |var: &str, key: &str| {
        env.get(var).map(|v| (var.to_owned(), v)).or_else(|| {
            let profile = profiles.selected()?;
            let value = profile.get(key)?;
            Some((format!("`{key}` of the profile"), value.to_owned()))
        })
    };
    let mut retry = RetryConfig::default();
    if let Some((from, mode)) = setting("AWS_RETRY_MODE", "retry_mode") {
        retry = match RetryMode::parse(&mode) {
            Some(RetryMode::Adaptive) => RetryConfig::adaptive(),
            Some(_) => RetryConfig::standard(),
            None => {
                return Err(ConfigError::new(format!(
                    "{from} is `{mode}`: expected `standard` or `adaptive`"
                )));
            }
        };
    }
    if let Some((from, attempts)) = setting("AWS_MAX_ATTEMPTS", "max_attempts") {
        match attempts.trim().parse::<u32>() {
            Ok(n) if n >= 1 => retry = retry.max_attempts(n),
            _ => {
                return Err(ConfigError::new(format!(
                    "{from} is `{attempts}`: expected a whole number of attempts, 1 or more"
                )));
            }
        }
    }
    Ok(retry)
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn region_of(vars: &[(&str, &str)]) -> Result<String, ConfigError> {
        let env = Env::from_vars(vars.iter().map(|(k, v)| (*k, *v)));
        let config = Config::loader().env(env).load().await?;
        Ok(config
            .region()
            .map(|r| r.as_str().to_owned())
            .unwrap_or_default())
    }

    #[tokio::test]
    async fn region_precedence() {
        let dir = std::env::temp_dir().join(format!("ecr-runtime-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("config");
        std::fs::write(
            &file,
            "[default]\nregion = eu-west-1\n[profile other]\nregion = sa-east-1\n",
        )
        .unwrap();
        let file = file.to_str().unwrap();
        let base = [("HOME", "/nonexistent"), ("AWS_CONFIG_FILE", file)];
        assert_eq!(region_of(&base).await.unwrap(), "eu-west-1");
        let with_profile = [base[0], base[1], ("AWS_PROFILE", "other")];
        assert_eq!(region_of(&with_profile).await.unwrap(), "sa-east-1");
        let with_default = [base[0], base[1], ("AWS_DEFAULT_REGION", "us-west-1")];
        assert_eq!(region_of(&with_default).await.unwrap(), "us-west-1");
        let with_both = [
            base[0],
            base[1],
            ("AWS_DEFAULT_REGION", "us-west-1"),
            ("AWS_REGION", "ca-central-1"),
        ];
        assert_eq!(region_of(&with_both).await.unwrap(), "ca-central-1");
        let none = region_of(&[
            ("HOME", "/nonexistent"),
            ("AWS_EC2_METADATA_DISABLED", "true"),
        ])
        .await
        .unwrap_err();
        assert!(none.to_string().contains("no region"), "{none}");
        let _ = std::fs::remove_dir_all(dir);
    }
}
