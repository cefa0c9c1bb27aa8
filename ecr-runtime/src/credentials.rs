//! AWS credentials and where they come from.
//!
//! A [`ProvideCredentials`] source yields [`Credentials`]. The [`DefaultChain`] tries the
//! environment, then the shared files' profile, and explains every step it tried when none
//! has credentials. Other sources (a process, a container endpoint, instance metadata, web
//! identity) plug in through the same trait.

use crate::env::Env;
use crate::error::CredentialsError;
use crate::profile::ProfileSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

/// A boxed future, as returned by the runtime's object-safe traits.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An access key, its secret, and for temporary credentials a session token and an expiry.
///
/// `Debug` shows the access key id only; the secret and the token never appear in `Debug`,
/// `Display` or logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiry: Option<SystemTime>,
    source: &'static str,
}

impl Credentials {
    /// Long-term credentials from a key id and its secret.
    pub fn new(access_key_id: impl Into<String>, secret_access_key: impl Into<String>) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token: None,
            expiry: None,
            source: "static",
        }
    }

    /// Adds a session token (temporary credentials).
    pub fn with_session_token(mut self, token: impl Into<String>) -> Self {
        self.session_token = Some(token.into());
        self
    }

    /// Adds the time after which the credentials are no longer valid.
    pub fn with_expiry(mut self, expiry: SystemTime) -> Self {
        self.expiry = Some(expiry);
        self
    }

    /// Names where the credentials came from (shown in `Debug`).
    pub fn with_source(mut self, source: &'static str) -> Self {
        self.source = source;
        self
    }

    /// The access key id.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }

    /// The session token, for temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }

    /// When the credentials expire, if they do.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expiry
    }

    /// Where the credentials came from.
    pub fn source(&self) -> &'static str {
        self.source
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiry", &self.expiry)
            .field("source", &self.source)
            .finish()
    }
}

/// A source of credentials.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Fetches credentials. Called again when cached ones near their expiry.
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let creds = self.clone();
        Box::pin(async move { Ok(creds) })
    }
}

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
#[derive(Clone, Debug, Default)]
pub struct EnvironmentProvider {
    env: Env,
}

impl EnvironmentProvider {
    /// Reads from `env`.
    pub fn new(env: Env) -> Self {
        Self { env }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let id = self.env.get("AWS_ACCESS_KEY_ID");
        let secret = self.env.get("AWS_SECRET_ACCESS_KEY");
        match (id, secret) {
            (Some(id), Some(secret)) => {
                let mut creds = Credentials::new(id, secret).with_source("environment");
                if let Some(token) = self.env.get("AWS_SESSION_TOKEN") {
                    creds = creds.with_session_token(token);
                }
                Ok(creds)
            }
            (Some(_), None) => Err(CredentialsError::new(
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not",
            )),
            (None, Some(_)) => Err(CredentialsError::new(
                "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not",
            )),
            (None, None) => Err(CredentialsError::new("AWS_ACCESS_KEY_ID is not set")),
        }
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load() })
    }
}

/// Static keys of the selected profile in the shared files (`aws_access_key_id`,
/// `aws_secret_access_key`, `aws_session_token`).
#[derive(Clone, Debug, Default)]
pub struct ProfileProvider {
    env: Env,
    profile: Option<String>,
    loaded: Option<Arc<ProfileSet>>,
}

impl ProfileProvider {
    /// Reads the files `env` names, selecting `AWS_PROFILE` or `default`.
    pub fn new(env: Env) -> Self {
        Self {
            env,
            profile: None,
            loaded: None,
        }
    }

    /// Uses files already read, with the profile they selected.
    pub fn from_loaded(profiles: Arc<ProfileSet>) -> Self {
        Self {
            env: Env::default(),
            profile: None,
            loaded: Some(profiles),
        }
    }

    /// Selects a profile by name, whatever `AWS_PROFILE` says.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let set = match &self.loaded {
            Some(set) => set.clone(),
            None => Arc::new(
                ProfileSet::load(&self.env, self.profile.as_deref())
                    .map_err(|e| CredentialsError::new(e.to_string()))?,
            ),
        };
        let name = set.selected_name().to_owned();
        let Some(profile) = set.selected() else {
            let files: Vec<String> = set
                .sources()
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            return Err(CredentialsError::new(if files.is_empty() {
                format!("profile `{name}`: no shared config or credentials file found")
            } else {
                format!("profile `{name}` is not defined in {}", files.join(" or "))
            }));
        };
        match (
            profile.get("aws_access_key_id"),
            profile.get("aws_secret_access_key"),
        ) {
            (Some(id), Some(secret)) => {
                let mut creds = Credentials::new(id, secret).with_source("profile");
                if let Some(token) = profile.get("aws_session_token") {
                    creds = creds.with_session_token(token);
                }
                Ok(creds)
            }
            (Some(_), None) => Err(CredentialsError::new(format!(
                "profile `{name}` has aws_access_key_id but no aws_secret_access_key"
            ))),
            _ => Err(CredentialsError::new(format!(
                "profile `{name}` has no aws_access_key_id"
            ))),
        }
    }
}

impl ProvideCredentials for ProfileProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load() })
    }
}

/// The default chain: the environment, then the shared files' profile. The first source that
/// has credentials wins; when none has, the error says what each one lacked.
#[derive(Clone, Debug)]
pub struct DefaultChain {
    sources: Vec<(&'static str, SharedCredentialsProvider)>,
}

impl DefaultChain {
    /// The chain over `env`, with the profile `AWS_PROFILE` selects.
    pub fn new(env: Env) -> Self {
        Self::of_sources(env.clone(), ProfileProvider::new(env))
    }

    /// The chain over `env`, with shared files already read (and their selected profile).
    pub fn from_loaded(env: Env, profiles: Arc<ProfileSet>) -> Self {
        Self::of_sources(env, ProfileProvider::from_loaded(profiles))
    }

    fn of_sources(env: Env, from_profile: ProfileProvider) -> Self {
        Self {
            sources: vec![
                (
                    "environment",
                    SharedCredentialsProvider::new(EnvironmentProvider::new(env)),
                ),
                ("profile", SharedCredentialsProvider::new(from_profile)),
            ],
        }
    }

    /// A chain of the given sources, tried in order.
    pub fn of(sources: Vec<(&'static str, SharedCredentialsProvider)>) -> Self {
        Self { sources }
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let mut tried = Vec::new();
            for (name, source) in &self.sources {
                match source.provide_credentials().await {
                    Ok(creds) => return Ok(creds),
                    Err(e) => tried.push(format!("{name}: {}", e.message())),
                }
            }
            Err(CredentialsError::new(format!("tried {}", tried.join("; "))))
        })
    }
}

impl CredentialsError {
    fn message(&self) -> String {
        let text = self.to_string();
        text.strip_prefix("no usable credentials: ")
            .unwrap_or(&text)
            .to_owned()
    }
}

/// A credentials source shared by every clone of a client.
#[derive(Clone, Debug)]
pub struct SharedCredentialsProvider(Arc<dyn ProvideCredentials>);

impl SharedCredentialsProvider {
    /// Shares `provider`.
    pub fn new(provider: impl ProvideCredentials + 'static) -> Self {
        Self(Arc::new(provider))
    }
}

impl ProvideCredentials for SharedCredentialsProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        self.0.provide_credentials()
    }
}

/// How long before expiry cached credentials are refreshed.
const REFRESH_BEFORE_EXPIRY: Duration = Duration::from_secs(5 * 60);

/// Caches what a source returns until shortly before it expires. One caller refreshes while the
/// others wait for its result.
#[derive(Debug)]
pub(crate) struct CredentialsCache {
    provider: SharedCredentialsProvider,
    current: RwLock<Option<Credentials>>,
    refresh: tokio::sync::Mutex<()>,
}

impl CredentialsCache {
    pub(crate) fn new(provider: SharedCredentialsProvider) -> Self {
        Self {
            provider,
            current: RwLock::new(None),
            refresh: tokio::sync::Mutex::new(()),
        }
    }

    fn fresh(&self) -> Option<Credentials> {
        let guard = self.current.read().unwrap_or_else(|p| p.into_inner());
        guard.as_ref().filter(|c| is_fresh(c)).cloned()
    }

    pub(crate) async fn get(&self) -> Result<Credentials, CredentialsError> {
        if let Some(creds) = self.fresh() {
            return Ok(creds);
        }
        let _refreshing = self.refresh.lock().await;
        if let Some(creds) = self.fresh() {
            return Ok(creds);
        }
        let creds = self.provider.provide_credentials().await?;
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some(creds.clone());
        Ok(creds)
    }
}

fn is_fresh(creds: &Credentials) -> bool {
    match creds.expiry {
        None => true,
        Some(expiry) => SystemTime::now() + REFRESH_BEFORE_EXPIRY < expiry,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secrets() {
        let c = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI").with_session_token("TOKEN123");
        let shown = format!("{c:?}");
        assert!(shown.contains("AKIDEXAMPLE"));
        assert!(!shown.contains("wJalrXUtnFEMI"));
        assert!(!shown.contains("TOKEN123"));
    }

    #[tokio::test]
    async fn chain_explains_what_it_tried() {
        let env = Env::from_vars([("HOME", "/nonexistent-home")]);
        let err = DefaultChain::new(env)
            .provide_credentials()
            .await
            .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("environment: AWS_ACCESS_KEY_ID is not set"),
            "{text}"
        );
        assert!(text.contains("profile: profile `default`"), "{text}");
    }

    #[tokio::test]
    async fn environment_wins_over_profile() {
        let env = Env::from_vars([
            ("AWS_ACCESS_KEY_ID", "AKENV"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
            ("AWS_SESSION_TOKEN", "t"),
        ]);
        let c = DefaultChain::new(env).provide_credentials().await.unwrap();
        assert_eq!(c.access_key_id(), "AKENV");
        assert_eq!(c.session_token(), Some("t"));
        assert_eq!(c.source(), "environment");
    }
}
