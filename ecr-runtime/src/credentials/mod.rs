//! AWS credentials and where they come from.
//!
//! A [`ProvideCredentials`] source yields [`Credentials`]. The [`DefaultChain`] tries, in the
//! order of the AWS SDKs: the environment, the shared files' profile (static keys,
//! `credential_process`, or a role assumed with STS), web identity (a token file exchanged with
//! STS), the container endpoint (ECS, EKS Pod Identity), then the EC2 instance metadata
//! service; it explains every step it tried when none has credentials. Other
//! sources plug in through the same trait.

use crate::env::Env;
use crate::error::CredentialsError;
use crate::profile::ProfileSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

mod container;
mod fetch;
pub mod imds;
mod process;
mod sts;
mod web_identity;

pub use container::ContainerProvider;
pub use imds::ImdsProvider;
pub use process::ProcessProvider;
pub use web_identity::WebIdentityProvider;

/// Why one source of the chain gave no credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The source is not set up here: the chain goes on to the next one.
    NotConfigured(String),
    /// The source is set up but failed: the chain stops, as the AWS SDKs' chains do, rather
    /// than quietly use another identity.
    Failed(String),
}

impl Failure {
    fn message(&self) -> &str {
        match self {
            Failure::NotConfigured(m) | Failure::Failed(m) => m,
        }
    }

    fn into_error(self) -> CredentialsError {
        match self {
            Failure::NotConfigured(m) | Failure::Failed(m) => CredentialsError::new(m),
        }
    }
}

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

    fn load(&self) -> Result<Credentials, Failure> {
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
            (Some(_), None) => Err(Failure::NotConfigured(
                "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not".to_owned(),
            )),
            (None, Some(_)) => Err(Failure::NotConfigured(
                "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not".to_owned(),
            )),
            (None, None) => Err(Failure::NotConfigured(
                "AWS_ACCESS_KEY_ID is not set".to_owned(),
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load().map_err(Failure::into_error) })
    }
}

/// The selected profile of the shared files, as the AWS SDKs read it:
///
/// - `role_arn` assumes that role with STS `AssumeRole`, signed with the credentials of
///   `source_profile` (itself static keys, a `credential_process`, or another role: chains of
///   any length, a cycle is an error naming the profiles in it), or of `credential_source`
///   (`Environment`, `Ec2InstanceMetadata`, `EcsContainer`); with `web_identity_token_file` it
///   exchanges that token with `AssumeRoleWithWebIdentity` instead. `role_session_name`,
///   `external_id` and `duration_seconds` are passed on. STS is called in the region of
///   `AWS_REGION` (`AWS_DEFAULT_REGION`, the role profile's `region`, else `us-east-1`), at
///   `AWS_ENDPOINT_URL_STS` / `AWS_ENDPOINT_URL` when set. In the selected profile `role_arn`
///   wins over static keys; in a source profile static keys win, as in the SDKs.
/// - otherwise its static keys (`aws_access_key_id`, `aws_secret_access_key`,
///   `aws_session_token`), else its `credential_process` (see [`ProcessProvider`]).
///
/// SSO profiles are not supported yet: such a profile is an error, never skipped, so that no
/// other identity is used in its place.
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

    /// Uses files already read, with the profile they selected. What a role needs besides the
    /// files (the STS endpoint and region, `credential_source = Environment`'s keys) comes from
    /// the process environment; [`DefaultChain::from_loaded`] passes its own `Env` instead.
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

    async fn load(&self) -> Result<Credentials, Failure> {
        let set = match &self.loaded {
            Some(set) => set.clone(),
            None => Arc::new(
                ProfileSet::load(&self.env, self.profile.as_deref())
                    .map_err(|e| Failure::Failed(e.to_string()))?,
            ),
        };
        let name = set.selected_name().to_owned();
        let Some(profile) = set.selected() else {
            let files: Vec<String> = set
                .sources()
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            return Err(Failure::NotConfigured(if files.is_empty() {
                format!("profile `{name}`: no shared config or credentials file found")
            } else {
                format!("profile `{name}` is not defined in {}", files.join(" or "))
            }));
        };
        if profile.get("role_arn").is_some() {
            return assume_role_chain(&self.env, &set, &name).await;
        }
        static_or_process(profile).await?.ok_or_else(|| {
            for (key, what) in [("sso_session", "SSO"), ("sso_start_url", "SSO")] {
                if profile.get(key).is_some() {
                    return Failure::Failed(format!(
                        "profile `{name}` sets {key}: {what} credentials are not supported by \
                         this client yet"
                    ));
                }
            }
            if profile.get("web_identity_token_file").is_some()
                || profile.get("credential_source").is_some()
            {
                return Failure::Failed(format!(
                    "profile `{name}` sets web_identity_token_file or credential_source but no \
                     role_arn to assume"
                ));
            }
            Failure::NotConfigured(format!(
                "profile `{name}` has no aws_access_key_id and no credential_process"
            ))
        })
    }
}

/// A profile's static keys, else its `credential_process`; `None` when it has neither.
async fn static_or_process(
    profile: &crate::profile::Profile,
) -> Result<Option<Credentials>, Failure> {
    let name = profile.name();
    match (
        profile.get("aws_access_key_id"),
        profile.get("aws_secret_access_key"),
    ) {
        (Some(id), Some(secret)) => {
            let mut creds = Credentials::new(id, secret).with_source("profile");
            if let Some(token) = profile.get("aws_session_token") {
                creds = creds.with_session_token(token);
            }
            return Ok(Some(creds));
        }
        (Some(_), None) => {
            return Err(Failure::Failed(format!(
                "profile `{name}` has aws_access_key_id but no aws_secret_access_key"
            )));
        }
        (None, Some(_)) => {
            return Err(Failure::Failed(format!(
                "profile `{name}` has aws_secret_access_key but no aws_access_key_id"
            )));
        }
        (None, None) => {}
    }
    if let Some(command) = profile.get("credential_process") {
        return ProcessProvider::new(command).run().await.map(Some);
    }
    Ok(None)
}

/// Where the first credentials of a role chain come from.
enum Base {
    /// A profile's static keys or `credential_process`.
    Profile(String),
    /// `credential_source`.
    Source(String, String),
    /// A web identity token file, exchanged for the role of the given profile.
    WebIdentity(String, std::path::PathBuf, sts::RoleRequest),
}

/// The `AssumeRole` parameters of a profile with `role_arn`.
fn role_of(profile: &crate::profile::Profile) -> Result<sts::RoleRequest, Failure> {
    let name = profile.name();
    let arn = profile.get("role_arn").unwrap_or_default();
    let mut role = sts::RoleRequest::new(arn, profile.get("role_session_name").map(str::to_owned));
    role.external_id = profile.get("external_id").map(str::to_owned);
    if let Some(text) = profile.get("duration_seconds") {
        role.duration_seconds = Some(text.trim().parse().map_err(|_| {
            Failure::Failed(format!(
                "profile `{name}`: duration_seconds `{text}` is not a whole number of seconds"
            ))
        })?);
    }
    Ok(role)
}

/// Resolves the role chain that starts at profile `start` (which sets `role_arn`): follows
/// `source_profile` until a profile with credentials of its own, a `credential_source` or a
/// `web_identity_token_file`, then assumes each role from the innermost out.
async fn assume_role_chain(
    env: &Env,
    set: &ProfileSet,
    start: &str,
) -> Result<Credentials, Failure> {
    let mut visited: Vec<String> = vec![start.to_owned()];
    // The roles to assume, innermost last.
    let mut roles: Vec<(String, sts::RoleRequest)> = Vec::new();
    let mut current = start.to_owned();
    let mut referrer = start.to_owned();
    let base = loop {
        let Some(profile) = set.get(&current) else {
            return Err(Failure::Failed(format!(
                "profile `{referrer}` names source_profile `{current}`, which is not defined"
            )));
        };
        let has_keys = profile.get("aws_access_key_id").is_some();
        if current != start && (has_keys || profile.get("role_arn").is_none()) {
            // A source profile: its own credentials win over its role_arn, as in the SDKs.
            break Base::Profile(current);
        }
        let role = role_of(profile)?;
        if let Some(file) = profile.get("web_identity_token_file") {
            break Base::WebIdentity(current.clone(), env.expand_home(file), role);
        }
        if let Some(source) = profile.get("source_profile") {
            roles.push((current.clone(), role));
            if source == current && has_keys {
                // A profile may assume its role with its own keys.
                break Base::Profile(current);
            }
            if let Some(at) = visited.iter().position(|v| v == source) {
                let mut cycle: Vec<String> =
                    visited[at..].iter().map(|v| format!("`{v}`")).collect();
                cycle.push(format!("`{source}`"));
                return Err(Failure::Failed(format!(
                    "profile `{start}`: source_profile forms a cycle: {}",
                    cycle.join(" -> ")
                )));
            }
            visited.push(source.to_owned());
            referrer = std::mem::replace(&mut current, source.to_owned());
            continue;
        }
        if let Some(source) = profile.get("credential_source") {
            roles.push((current.clone(), role));
            break Base::Source(current, source.to_owned());
        }
        return Err(Failure::Failed(format!(
            "profile `{current}` sets role_arn but none of source_profile, credential_source \
             and web_identity_token_file"
        )));
    };
    let region_of =
        |name: &str| sts::Sts::region_of(env, set.get(name).and_then(|p| p.get("region")));
    let mut credentials = match base {
        Base::Profile(name) => {
            let profile = set
                .get(&name)
                .ok_or_else(|| Failure::Failed(format!("profile `{name}` is not defined")))?;
            static_or_process(profile).await?.ok_or_else(|| {
                Failure::Failed(format!(
                    "profile `{name}` is a source_profile but has neither static keys, a \
                     credential_process nor a role_arn"
                ))
            })?
        }
        Base::Source(name, source) => match source.as_str() {
            "Environment" => EnvironmentProvider::new(env.clone()).load().map_err(|f| {
                Failure::Failed(format!(
                    "profile `{name}`: credential_source Environment: {}",
                    f.message()
                ))
            })?,
            "Ec2InstanceMetadata" => ImdsProvider::new(env.clone()).load().await?,
            "EcsContainer" => ContainerProvider::new(env.clone()).load().await?,
            other => {
                return Err(Failure::Failed(format!(
                    "profile `{name}`: credential_source `{other}` is not one of Environment, \
                     Ec2InstanceMetadata and EcsContainer"
                )));
            }
        },
        Base::WebIdentity(name, file, role) => {
            web_identity::exchange(env, &region_of(&name), &file, &role).await?
        }
    };
    for (name, role) in roles.iter().rev() {
        credentials = sts::Sts::new(env, &region_of(name))
            .assume_role(&credentials, role)
            .await
            .map_err(|f| Failure::Failed(format!("profile `{name}`: {}", f.message())))?;
    }
    Ok(credentials)
}

impl ProvideCredentials for ProfileProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load().await.map_err(Failure::into_error) })
    }
}

/// One source of a chain, and whether its failure ends the chain.
#[derive(Clone, Debug)]
enum Link {
    Environment(EnvironmentProvider),
    Profile(ProfileProvider),
    WebIdentity(WebIdentityProvider),
    Container(ContainerProvider),
    Imds(ImdsProvider),
    /// A source given to [`DefaultChain::of`]: its errors never end the chain.
    External(SharedCredentialsProvider),
}

impl Link {
    async fn load(&self) -> Result<Credentials, Failure> {
        match self {
            Link::Environment(p) => p.load(),
            Link::Profile(p) => p.load().await,
            Link::WebIdentity(p) => p.load().await,
            Link::Container(p) => p.load().await,
            Link::Imds(p) => p.load().await,
            Link::External(p) => p
                .provide_credentials()
                .await
                .map_err(|e| Failure::NotConfigured(e.message())),
        }
    }
}

/// The default chain, in the AWS SDKs' order: the environment ([`EnvironmentProvider`]), the
/// shared files' profile ([`ProfileProvider`]: a role to assume, static keys, then
/// `credential_process`), web identity ([`WebIdentityProvider`]), the container endpoint
/// ([`ContainerProvider`]), the EC2 instance metadata service ([`ImdsProvider`]).
///
/// The first source that has credentials wins. A source that is not set up is skipped; a source
/// that is set up but fails (a `credential_process` that exits non-zero, a container endpoint
/// that answers 500, a refused `AWS_CONTAINER_CREDENTIALS_FULL_URI`) ends the chain, as in the
/// AWS SDKs. Either way the error says what each source tried lacked.
#[derive(Clone, Debug)]
pub struct DefaultChain {
    sources: Vec<(&'static str, Link)>,
}

impl DefaultChain {
    /// The chain over `env`, with the profile `AWS_PROFILE` selects.
    pub fn new(env: Env) -> Self {
        Self::of_sources(env.clone(), ProfileProvider::new(env))
    }

    /// The chain over `env`, with shared files already read (and their selected profile).
    pub fn from_loaded(env: Env, profiles: Arc<ProfileSet>) -> Self {
        let mut from_profile = ProfileProvider::from_loaded(profiles);
        // The files are read already; `env` still says where STS is and holds
        // `credential_source = Environment`'s keys.
        from_profile.env = env.clone();
        Self::of_sources(env, from_profile)
    }

    fn of_sources(env: Env, from_profile: ProfileProvider) -> Self {
        Self {
            sources: vec![
                (
                    "environment",
                    Link::Environment(EnvironmentProvider::new(env.clone())),
                ),
                ("profile", Link::Profile(from_profile)),
                (
                    "web identity",
                    Link::WebIdentity(WebIdentityProvider::new(env.clone())),
                ),
                (
                    "container",
                    Link::Container(ContainerProvider::new(env.clone())),
                ),
                ("imds", Link::Imds(ImdsProvider::new(env))),
            ],
        }
    }

    /// A chain of the given sources, tried in order; an error from one moves on to the next.
    pub fn of(sources: Vec<(&'static str, SharedCredentialsProvider)>) -> Self {
        Self {
            sources: sources
                .into_iter()
                .map(|(name, p)| (name, Link::External(p)))
                .collect(),
        }
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            let mut tried = Vec::new();
            for (name, source) in &self.sources {
                match source.load().await {
                    Ok(creds) => return Ok(creds),
                    Err(Failure::NotConfigured(why)) => tried.push(format!("{name}: {why}")),
                    Err(Failure::Failed(why)) => {
                        tried.push(format!("{name}: {why}"));
                        return Err(CredentialsError::new(format!(
                            "tried {} (a configured source failed, so the chain stopped there)",
                            tried.join("; ")
                        )));
                    }
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
        let env = Env::from_vars([
            ("HOME", "/nonexistent-home"),
            ("AWS_EC2_METADATA_DISABLED", "true"),
        ]);
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
        assert!(text.contains("container: neither"), "{text}");
        assert!(
            text.contains("imds: disabled by AWS_EC2_METADATA_DISABLED"),
            "{text}"
        );
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
