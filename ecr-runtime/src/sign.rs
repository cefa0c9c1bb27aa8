//! SigV4 signing with the `aws-sigv4` crate.

use crate::credentials::Credentials;
use crate::error::{ConfigError, Error};
use crate::http::HttpRequest;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign as sigv4_sign};
use aws_sigv4::sign::v4;
use std::time::SystemTime;

/// Signs `request` in place: adds `x-amz-date`, `authorization`, and `x-amz-security-token` for
/// temporary credentials. The payload hash is the SHA-256 of the body.
pub fn sign(
    request: &mut HttpRequest,
    credentials: &Credentials,
    region: &str,
    signing_name: &str,
    time: SystemTime,
) -> Result<(), Error> {
    let identity = aws_credential_types::Credentials::new(
        credentials.access_key_id(),
        credentials.secret_access_key(),
        credentials.session_token().map(str::to_owned),
        credentials.expiry(),
        "ecr-runtime",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(signing_name)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| Error::Config(ConfigError::new(format!("cannot sign: {e}"))))?
        .into();
    let uri = request.uri().to_string();
    let headers = request
        .headers()
        .iter()
        .filter_map(|(k, v)| v.to_str().ok().map(|v| (k.as_str(), v)));
    let signable = SignableRequest::new(
        request.method().as_str(),
        &uri,
        headers,
        SignableBody::Bytes(request.body()),
    )
    .map_err(|e| Error::Config(ConfigError::new(format!("cannot sign: {e}"))))?;
    let (instructions, _signature) = sigv4_sign(signable, &params)
        .map_err(|e| Error::Config(ConfigError::new(format!("cannot sign: {e}"))))?
        .into_parts();
    instructions.apply_to_request_http1x(request);
    Ok(())
}
