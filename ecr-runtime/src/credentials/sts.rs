//! A minimal client of AWS STS for `AssumeRole` and `AssumeRoleWithWebIdentity`.
//!
//! STS speaks the AWS Query protocol: a form-encoded `POST /` with `Action` and `Version`, and
//! an XML answer. The runtime's awsJson protocols do not cover it, and only four leaf elements
//! of one answer are needed, so the request is built and the answer read by hand here rather
//! than with an XML library: the elements read (`AccessKeyId`, `SecretAccessKey`,
//! `SessionToken`, `Expiration`, and an error's `Code` and `Message`) are leaves whose text is
//! decoded for the five predefined XML entities and numeric character references.

use super::{Credentials, Failure};
use crate::endpoint::{ServiceInfo, resolve};
use crate::env::Env;
use crate::http::{HttpClient, HttpRequest, ReqwestClient};
use crate::region::Region;
use bytes::Bytes;
use std::fmt;
use std::time::{Duration, SystemTime};

/// The STS API version the requests name.
const VERSION: &str = "2011-06-15";
/// The longest wait for one attempt.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest answer read.
const MAX_BODY: usize = 1 << 20;

/// What to assume: the role, and the optional parameters of `AssumeRole`.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct RoleRequest {
    /// The role's ARN.
    pub(super) role_arn: String,
    /// The session name (`role_session_name`, else a generated one).
    pub(super) session_name: String,
    /// `external_id` (for `AssumeRole` only).
    pub(super) external_id: Option<String>,
    /// `duration_seconds`.
    pub(super) duration_seconds: Option<u32>,
}

/// The external id may be a shared secret between accounts: `Debug` does not show it.
impl fmt::Debug for RoleRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RoleRequest")
            .field("role_arn", &self.role_arn)
            .field("session_name", &self.session_name)
            .field(
                "external_id",
                &self.external_id.as_ref().map(|_| "** redacted **"),
            )
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

impl RoleRequest {
    /// A request for `role_arn` with the given session name, or a generated one.
    pub(super) fn new(role_arn: impl Into<String>, session_name: Option<String>) -> Self {
        Self {
            role_arn: role_arn.into(),
            session_name: session_name.unwrap_or_else(generated_session_name),
            external_id: None,
            duration_seconds: None,
        }
    }
}

/// A session name when none is configured: `ecr-rs-` and the time in milliseconds, as the
/// AWS SDKs generate one from the time.
pub(super) fn generated_session_name() -> String {
    let millis = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("ecr-rs-{millis}")
}

/// Where STS requests go and in which region they are signed.
#[derive(Clone, Debug)]
pub(super) struct Sts {
    /// The endpoint without its trailing `/`, or why there is none.
    endpoint: Result<String, String>,
    region: String,
}

/// STS as the endpoint resolution sees it: `AWS_ENDPOINT_URL_STS`, regional hosts `sts.*`.
const STS: ServiceInfo = ServiceInfo::new("STS", "sts", "sts");

impl Sts {
    /// STS of `region`, resolved as any service is: `AWS_ENDPOINT_URL_STS`, else
    /// `AWS_ENDPOINT_URL` (unless `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`), else the regional
    /// endpoint of the region's partition (`https://sts.{region}.amazonaws.com`, `.com.cn` in
    /// China, ...).
    pub(super) fn new(env: &Env, region: &str) -> Self {
        let endpoint = resolve(
            &STS,
            None,
            Some(&Region::new(region.to_owned())),
            Some(env),
            None,
            (None, None),
        )
        .map(|e| e.uri().to_string().trim_end_matches('/').to_owned())
        .map_err(|e| e.to_string());
        Self {
            endpoint,
            region: region.to_owned(),
        }
    }

    /// The region STS is called in: `AWS_REGION`, `AWS_DEFAULT_REGION`, the `region` of the
    /// given profile, else `us-east-1`.
    pub(super) fn region_of(env: &Env, profile_region: Option<&str>) -> String {
        env.get("AWS_REGION")
            .or_else(|| env.get("AWS_DEFAULT_REGION"))
            .or_else(|| profile_region.map(str::to_owned))
            .unwrap_or_else(|| "us-east-1".to_owned())
    }

    /// `AssumeRole`, signed with `source`.
    pub(super) async fn assume_role(
        &self,
        source: &Credentials,
        role: &RoleRequest,
    ) -> Result<Credentials, Failure> {
        let mut params = vec![
            ("Action", "AssumeRole".to_owned()),
            ("Version", VERSION.to_owned()),
            ("RoleArn", role.role_arn.clone()),
            ("RoleSessionName", role.session_name.clone()),
        ];
        if let Some(id) = &role.external_id {
            params.push(("ExternalId", id.clone()));
        }
        if let Some(seconds) = role.duration_seconds {
            params.push(("DurationSeconds", seconds.to_string()));
        }
        self.call("AssumeRole", &role.role_arn, &params, Some(source))
            .await
            .map(|c| c.with_source("assume-role"))
    }

    /// `AssumeRoleWithWebIdentity` (unsigned: the token is the proof).
    pub(super) async fn assume_role_with_web_identity(
        &self,
        token: &str,
        role: &RoleRequest,
    ) -> Result<Credentials, Failure> {
        let mut params = vec![
            ("Action", "AssumeRoleWithWebIdentity".to_owned()),
            ("Version", VERSION.to_owned()),
            ("RoleArn", role.role_arn.clone()),
            ("RoleSessionName", role.session_name.clone()),
            ("WebIdentityToken", token.to_owned()),
        ];
        if let Some(seconds) = role.duration_seconds {
            params.push(("DurationSeconds", seconds.to_string()));
        }
        self.call("AssumeRoleWithWebIdentity", &role.role_arn, &params, None)
            .await
            .map(|c| c.with_source("web-identity"))
    }

    /// Sends one action, retrying once after a transport failure or a 5xx answer, and reads
    /// the credentials of its answer. Messages name the action, the role and the endpoint;
    /// never the token or the keys.
    async fn call(
        &self,
        action: &str,
        role_arn: &str,
        params: &[(&str, String)],
        signer: Option<&Credentials>,
    ) -> Result<Credentials, Failure> {
        let endpoint = self
            .endpoint
            .as_deref()
            .map_err(|e| Failure::Failed(format!("STS {action} of `{role_arn}`: {e}")))?;
        let what = format!("STS {action} of `{role_arn}` at {endpoint}");
        let body = Bytes::from(form(params));
        let client = ReqwestClient::new()
            .map_err(|e| Failure::Failed(format!("{what}: cannot set up HTTP: {e}")))?
            .max_body_bytes(MAX_BODY);
        let mut last = String::new();
        for round in 0..2 {
            let request = self
                .request(endpoint, body.clone(), signer)
                .map_err(|e| Failure::Failed(format!("{what}: cannot build the request: {e}")))?;
            match tokio::time::timeout(ATTEMPT_TIMEOUT, client.send(request)).await {
                Err(_) => last = format!("no answer within {} s", ATTEMPT_TIMEOUT.as_secs()),
                Ok(Err(e)) => last = e.to_string(),
                Ok(Ok(response)) => {
                    let status = response.status().as_u16();
                    if status >= 500 && round == 0 {
                        last = format!("HTTP {status}");
                        continue;
                    }
                    return parse_answer(status, response.body())
                        .map_err(|e| Failure::Failed(format!("{what}: {e}")));
                }
            }
        }
        Err(Failure::Failed(format!("{what}: {last}")))
    }

    fn request(
        &self,
        endpoint: &str,
        body: Bytes,
        signer: Option<&Credentials>,
    ) -> Result<HttpRequest, String> {
        let mut request = http::Request::builder()
            .method(http::Method::POST)
            .uri(format!("{endpoint}/"))
            .header(
                http::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded; charset=utf-8",
            )
            .body(body)
            .map_err(|e| e.to_string())?;
        if let Some(source) = signer {
            crate::sign::sign(&mut request, source, &self.region, "sts", SystemTime::now())
                .map_err(|e| e.to_string())?;
        }
        Ok(request)
    }
}

/// A form body: `key=value` pairs joined by `&`, each side percent-encoded (everything but
/// the unreserved characters `A-Z a-z 0-9 - _ . ~`).
pub(super) fn form(params: &[(&str, String)]) -> String {
    params
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Reads an STS answer: the credentials of a success, or the `Code` and `Message` of an error.
pub(super) fn parse_answer(status: u16, body: &[u8]) -> Result<Credentials, String> {
    let text = String::from_utf8_lossy(body);
    if !(200..300).contains(&status) {
        let code = leaf(&text, "Code");
        let message = leaf(&text, "Message");
        return Err(match (code, message) {
            (Some(c), Some(m)) => format!("HTTP {status}, {c}: {m}"),
            (Some(c), None) => format!("HTTP {status}, {c}"),
            (None, Some(m)) => format!("HTTP {status}: {m}"),
            (None, None) => format!("HTTP {status} with no STS error in the answer"),
        });
    }
    // Read within `<Credentials>` when there is one, so that no other element can be taken.
    let scope = element(&text, "Credentials").unwrap_or(&text);
    let id = leaf(scope, "AccessKeyId").ok_or("the answer has no AccessKeyId")?;
    let secret = leaf(scope, "SecretAccessKey").ok_or("the answer has no SecretAccessKey")?;
    let token = leaf(scope, "SessionToken").ok_or("the answer has no SessionToken")?;
    let expiration = leaf(scope, "Expiration").ok_or("the answer has no Expiration")?;
    let expiry = super::fetch::parse_rfc3339(&expiration)?;
    Ok(Credentials::new(id, secret)
        .with_session_token(token)
        .with_expiry(expiry))
}

/// The raw content of the first `<name>` element (`<name>` or `<name attr=..>`), if it is
/// closed by `</name>`; `""` for `<name/>`.
fn element<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}");
    let close = format!("</{name}>");
    let mut from = 0;
    while let Some(found) = xml.get(from..)?.find(&open) {
        let after = from + found + open.len();
        let rest = xml.get(after..)?;
        match rest.chars().next() {
            Some('>') => {
                let start = after + 1;
                let end = xml.get(start..)?.find(&close)? + start;
                return xml.get(start..end);
            }
            Some(c) if c.is_whitespace() || c == '/' => {
                let gt = rest.find('>')? + after;
                if xml.get(..gt)?.ends_with('/') {
                    return Some("");
                }
                let start = gt + 1;
                let end = xml.get(start..)?.find(&close)? + start;
                return xml.get(start..end);
            }
            // `<CodeX>` when looking for `<Code>`: keep looking.
            _ => from = after,
        }
    }
    None
}

/// The decoded, trimmed text of the first `<name>` leaf element; `None` when it is missing,
/// empty or not a leaf.
fn leaf(xml: &str, name: &str) -> Option<String> {
    let raw = element(xml, name)?;
    if raw.contains('<') {
        return None;
    }
    let text = decode_entities(raw.trim());
    (!text.is_empty()).then_some(text)
}

/// Replaces `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and `&#N;` / `&#xN;`; anything else
/// that starts with `&` is kept as it is.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').and_then(|semi| {
            let ch = match &rest[1..semi] {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                name => name.strip_prefix('#').and_then(|num| {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            ch.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = r#"<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn><AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser>
    <Credentials>
      <AccessKeyId>ASIAEXAMPLE</AccessKeyId>
      <SecretAccessKey>se&amp;cr&#x65;t&lt;</SecretAccessKey>
      <SessionToken>TOKEN&#61;&#61;</SessionToken>
      <Expiration>2030-01-02T03:04:05Z</Expiration>
    </Credentials>
  </AssumeRoleResult>
</AssumeRoleResponse>"#;

    #[test]
    fn reads_credentials() {
        let c = parse_answer(200, ANSWER.as_bytes()).unwrap();
        assert_eq!(c.access_key_id(), "ASIAEXAMPLE");
        assert_eq!(c.secret_access_key(), "se&cret<");
        assert_eq!(c.session_token(), Some("TOKEN=="));
        assert_eq!(
            c.expiry(),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_893_553_445))
        );
    }

    #[test]
    fn reads_errors() {
        let body = r#"<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not &quot;allowed&quot;</Message></Error><RequestId>r</RequestId></ErrorResponse>"#;
        let e = parse_answer(403, body.as_bytes()).unwrap_err();
        assert_eq!(e, r#"HTTP 403, AccessDenied: not "allowed""#);
        let e = parse_answer(400, b"<html>oops</html>").unwrap_err();
        assert_eq!(e, "HTTP 400 with no STS error in the answer");
    }

    #[test]
    fn odd_xml_never_panics() {
        for body in [
            "",
            "<",
            "<Credentials",
            "<Credentials>",
            "<Credentials><AccessKeyId>",
            "<AccessKeyId/><SecretAccessKey x='1'>s</SecretAccessKey>",
            "<AccessKeyIdX>a</AccessKeyIdX>",
            "<AccessKeyId>&#xFFFFFFFF;&#;&;&unknown;&</AccessKeyId>",
            "<AccessKeyId>é&</AccessKeyId><SecretAccessKey>€</SecretAccessKey>",
            "<Credentials><AccessKeyId>A</AccessKeyId><SecretAccessKey>S</SecretAccessKey><SessionToken>T</SessionToken><Expiration>soon</Expiration></Credentials>",
        ] {
            assert!(parse_answer(200, body.as_bytes()).is_err(), "{body}");
            let _ = parse_answer(500, body.as_bytes());
        }
        assert_eq!(
            decode_entities("&#xFFFFFFFF;&#;&;&unknown;&"),
            "&#xFFFFFFFF;&#;&;&unknown;&"
        );
        assert_eq!(leaf("<Code x='1'>C</Code>", "Code").as_deref(), Some("C"));
        assert_eq!(
            leaf("<CodeX>no</CodeX><Code>C</Code>", "Code").as_deref(),
            Some("C")
        );
    }

    #[test]
    fn form_encoding() {
        let body = form(&[
            ("Action", "AssumeRole".to_owned()),
            ("RoleArn", "arn:aws:iam::1:role/a b+c".to_owned()),
        ]);
        assert_eq!(
            body,
            "Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fa%20b%2Bc"
        );
    }

    #[test]
    fn endpoints() {
        let none = Env::from_vars(Vec::<(String, String)>::new());
        assert_eq!(
            Sts::new(&none, "eu-west-1").endpoint.unwrap(),
            "https://sts.eu-west-1.amazonaws.com"
        );
        assert_eq!(
            Sts::new(&none, "cn-north-1").endpoint.unwrap(),
            "https://sts.cn-north-1.amazonaws.com.cn"
        );
        let both = Env::from_vars([
            ("AWS_ENDPOINT_URL", "http://all"),
            ("AWS_ENDPOINT_URL_STS", "http://sts/"),
        ]);
        assert_eq!(Sts::new(&both, "us-east-1").endpoint.unwrap(), "http://sts");
        let debug = format!(
            "{:?}",
            RoleRequest {
                external_id: Some("SHARED-SECRET".to_owned()),
                ..RoleRequest::new("arn", None)
            }
        );
        assert!(!debug.contains("SHARED-SECRET"), "{debug}");
    }
}
