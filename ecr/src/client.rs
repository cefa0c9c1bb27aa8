//! The ECR client facade.

use crate::Ecr;
use crate::types::ImageIdentifier;
use ecr_runtime::{Config, ConfigError, Operation};

/// An ECR client. Cheap to clone: clones share the connection pool, credentials cache and
/// configuration.
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: ecr_runtime::Client,
}

impl Client {
    /// A client configured from the usual AWS places: `AWS_REGION`, the credentials chain
    /// (environment, shared files), `AWS_ENDPOINT_URL_ECR` / `AWS_ENDPOINT_URL`, `AWS_PROFILE`.
    pub async fn from_env() -> Result<Self, ConfigError> {
        Ok(Self::new(&Config::from_env().await?))
    }

    /// A client with `config`.
    pub fn new(config: &Config) -> Self {
        Self {
            inner: ecr_runtime::Client::new(Ecr, config),
        }
    }

    /// The runtime client underneath, to send operations declared outside this crate.
    pub fn runtime(&self) -> &ecr_runtime::Client {
        &self.inner
    }

    /// Sends any declared operation, including one declared outside this crate.
    pub async fn send<O: Operation>(&self, operation: O) -> Result<O::Output, O::Error> {
        self.inner.send(operation).await
    }
}

/// An ECR client over a runtime client built for [`Ecr`].
impl From<ecr_runtime::Client> for Client {
    fn from(inner: ecr_runtime::Client) -> Self {
        Self { inner }
    }
}

impl ImageIdentifier {
    /// The image with this tag.
    pub fn tag(tag: impl Into<String>) -> Self {
        ImageIdentifier::builder().image_tag(tag).build()
    }

    /// The image with this digest (`sha256:...`).
    pub fn digest(digest: impl Into<String>) -> Self {
        ImageIdentifier::builder().image_digest(digest).build()
    }

    /// A digest when `reference` has the form `algorithm:encoded` (`sha256:...`), else a tag:
    /// tags cannot contain a `:`.
    pub fn parse(reference: &str) -> Self {
        if reference.contains(':') {
            Self::digest(reference)
        } else {
            Self::tag(reference)
        }
    }
}
