//! What the HTTP sources share: a reqwest client with short timeouts, no proxy and no
//! redirects; one retry at most; and the JSON credentials document they answer with.

use super::{Credentials, Failure};
use std::time::{Duration, SystemTime};

/// The largest response body read from a credentials endpoint.
const MAX_BODY: usize = 64 * 1024;

/// A response: its status and whole body.
pub(super) struct Reply {
    pub(super) status: u16,
    pub(super) body: Vec<u8>,
}

/// A client for link-local credential endpoints: `connect` to connect, no proxy (a proxy cannot
/// reach a link-local address), no redirects (a redirect could leave the allowed hosts).
pub(super) fn client(connect: Duration) -> Result<reqwest::Client, Failure> {
    // rustls takes its crypto from the process default; install ring unless the program
    // installed a provider of its own first (as `crate::http` does).
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::builder()
        .connect_timeout(connect)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Failure::Failed(format!("cannot set up the HTTP client: {e}")))
}

/// Sends one request, each attempt bounded by `attempt`, and retries once after a transport
/// failure or a 5xx answer. The error says what happened, never what was sent.
pub(super) async fn send(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: &str,
    headers: &[(&str, &str)],
    attempt: Duration,
) -> Result<Reply, String> {
    let mut last = String::new();
    for round in 0..2 {
        let mut request = client.request(method.clone(), url).timeout(attempt);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                match read_body(response).await {
                    Ok(_) if status >= 500 && round == 0 => last = format!("HTTP {status}"),
                    Ok(body) => return Ok(Reply { status, body }),
                    Err(e) => last = e,
                }
            }
            Err(e) => last = describe(&e, attempt),
        }
    }
    Err(last)
}

async fn read_body(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(format!("the response body exceeds {MAX_BODY} bytes"));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(e) => return Err(describe(&e, Duration::ZERO)),
        }
    }
}

/// A transport error in words, with its root cause.
fn describe(e: &reqwest::Error, attempt: Duration) -> String {
    let what = if e.is_connect() && e.is_timeout() {
        "connect timed out".to_owned()
    } else if e.is_timeout() {
        format!("no answer within {} ms", attempt.as_millis())
    } else if e.is_connect() {
        "could not connect".to_owned()
    } else {
        "HTTP exchange failed".to_owned()
    };
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut root = None;
    while let Some(s) = source {
        root = Some(s.to_string());
        source = s.source();
    }
    match root {
        Some(root) => format!("{what}: {root}"),
        None => what,
    }
}

/// The fields of a JSON credentials document, named as its source names them.
pub(super) struct Fields {
    pub(super) token: &'static str,
    pub(super) source: &'static str,
}

/// Reads a JSON credentials document. Error messages name fields, never their values (except
/// the expiration time and the status code, which are not secret).
pub(super) fn parse_credentials(body: &[u8], fields: &Fields) -> Result<Credentials, String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("the answer is not JSON ({e})"))?;
    let Some(map) = value.as_object() else {
        return Err("the answer is not a JSON object".to_owned());
    };
    if let Some(code) = map.get("Code").and_then(|c| c.as_str())
        && code != "Success"
    {
        let message = map.get("Message").and_then(|m| m.as_str()).unwrap_or("");
        return Err(format!("the answer's Code is `{code}`: {message}"));
    }
    let text = |name: &str| -> Result<Option<String>, String> {
        match map.get(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) if s.is_empty() => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(format!("`{name}` is not a string")),
        }
    };
    let id = text("AccessKeyId")?.ok_or("`AccessKeyId` is missing")?;
    let secret = text("SecretAccessKey")?.ok_or("`SecretAccessKey` is missing")?;
    let mut creds = Credentials::new(id, secret).with_source(fields.source);
    if let Some(token) = text(fields.token)? {
        creds = creds.with_session_token(token);
    }
    if let Some(expiration) = text("Expiration")? {
        creds = creds.with_expiry(parse_rfc3339(&expiration)?);
    }
    Ok(creds)
}

/// An RFC 3339 timestamp (`2024-05-01T12:00:00Z`) as a `SystemTime`.
pub(super) fn parse_rfc3339(text: &str) -> Result<SystemTime, String> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map(SystemTime::from)
        .map_err(|_| format!("`Expiration` `{text}` is not an RFC 3339 timestamp"))
}

/// The `Code` and `Message` of an error answer, when it is JSON that has them.
pub(super) fn error_detail(body: &[u8]) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(body)
    else {
        return String::new();
    };
    let code = map.get("Code").and_then(|c| c.as_str());
    let message = map.get("Message").and_then(|m| m.as_str());
    match (code, message) {
        (Some(c), Some(m)) => format!(" ({c}: {m})"),
        (Some(c), None) => format!(" ({c})"),
        (None, Some(m)) => format!(" ({m})"),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: Fields = Fields {
        token: "Token",
        source: "test",
    };

    #[test]
    fn documents() {
        let c = parse_credentials(
            br#"{"AccessKeyId":"AK","SecretAccessKey":"S","Token":"T","Expiration":"2030-01-02T03:04:05Z"}"#,
            &FIELDS,
        )
        .unwrap();
        assert_eq!(c.session_token(), Some("T"));
        assert_eq!(
            c.expiry(),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_893_553_445))
        );
        let err =
            parse_credentials(br#"{"AccessKeyId":"AK","SecretAccessKey":7}"#, &FIELDS).unwrap_err();
        assert_eq!(err, "`SecretAccessKey` is not a string");
        let err = parse_credentials(br#"{"Code":"Failed","Message":"no"}"#, &FIELDS).unwrap_err();
        assert!(err.contains("`Failed`"), "{err}");
        let err = parse_credentials(
            br#"{"AccessKeyId":"AK","SecretAccessKey":"S","Expiration":"soon"}"#,
            &FIELDS,
        )
        .unwrap_err();
        assert!(err.contains("RFC 3339"), "{err}");
        assert!(
            parse_credentials(b"<html>", &FIELDS)
                .unwrap_err()
                .contains("not JSON")
        );
    }
}
