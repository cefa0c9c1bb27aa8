//! Web identity credentials: an OIDC token from a file exchanged for a role's temporary
//! credentials with STS `AssumeRoleWithWebIdentity` (EKS IRSA, GitHub Actions, ...).

use super::sts::{RoleRequest, Sts};
use super::{BoxFuture, Credentials, Failure, ProvideCredentials};
use crate::env::Env;
use crate::error::CredentialsError;

const TOKEN_FILE: &str = "AWS_WEB_IDENTITY_TOKEN_FILE";
const ROLE_ARN: &str = "AWS_ROLE_ARN";
const SESSION_NAME: &str = "AWS_ROLE_SESSION_NAME";

/// `AWS_WEB_IDENTITY_TOKEN_FILE` with `AWS_ROLE_ARN` (and `AWS_ROLE_SESSION_NAME`, else a
/// generated session name): the token file is read again at every fetch (the platform rotates
/// it), and exchanged with STS `AssumeRoleWithWebIdentity` in the region of `AWS_REGION`
/// (`AWS_DEFAULT_REGION`, else `us-east-1`), at `AWS_ENDPOINT_URL_STS` / `AWS_ENDPOINT_URL` when
/// set. The credentials expire; a client's cache fetches new ones before they do.
#[derive(Clone, Debug)]
pub struct WebIdentityProvider {
    env: Env,
}

impl WebIdentityProvider {
    /// Reads the variables from `env`.
    pub fn new(env: Env) -> Self {
        Self { env }
    }

    pub(super) async fn load(&self) -> Result<Credentials, Failure> {
        let (file, role_arn) = match (self.env.get(TOKEN_FILE), self.env.get(ROLE_ARN)) {
            (Some(file), Some(arn)) => (file, arn),
            (Some(_), None) => {
                return Err(Failure::Failed(format!(
                    "{TOKEN_FILE} is set but {ROLE_ARN} is not: set both, or neither"
                )));
            }
            _ => {
                return Err(Failure::NotConfigured(format!(
                    "{TOKEN_FILE} and {ROLE_ARN} are not both set"
                )));
            }
        };
        let role = RoleRequest::new(role_arn, self.env.get(SESSION_NAME));
        let region = Sts::region_of(&self.env, None);
        exchange(&self.env, &region, &self.env.expand_home(&file), &role).await
    }
}

/// Reads the token in `file` and exchanges it for `role`'s credentials.
pub(super) async fn exchange(
    env: &Env,
    region: &str,
    file: &std::path::Path,
    role: &RoleRequest,
) -> Result<Credentials, Failure> {
    let token = std::fs::read_to_string(file).map_err(|e| {
        Failure::Failed(format!(
            "cannot read the web identity token file `{}`: {e}",
            file.display()
        ))
    })?;
    let token = token.trim();
    if token.is_empty() {
        return Err(Failure::Failed(format!(
            "the web identity token file `{}` is empty",
            file.display()
        )));
    }
    Sts::new(env, region)
        .assume_role_with_web_identity(token, role)
        .await
}

impl ProvideCredentials for WebIdentityProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.load().await.map_err(Failure::into_error) })
    }
}
