//! SigV4 signing.
//!
//! The canonical request is written here, in one buffer, for the requests a client sends; the
//! signing key, which only changes once a day per secret, region and service, is derived with
//! `aws-sigv4` once and kept by the [`Signer`]; the signature is `aws-sigv4`'s HMAC. Deriving the
//! key is four HMACs, more than half of what signing a small request costs, so a client that
//! keeps it signs in about half the time. The output is byte for byte what `aws-sigv4`'s own
//! `sign` gives with its default settings (the tests compare the two).

use crate::credentials::Credentials;
use crate::error::{ConfigError, Error};
use crate::http::HttpRequest;
use aws_sigv4::sign::v4::{calculate_signature, generate_signing_key};
use http::HeaderValue;
use sha2::{Digest, Sha256};
use std::sync::Mutex;
use std::time::SystemTime;

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Headers a proxy or the transport may change, left out of the signature (the SDKs' common set).
const UNSIGNED: [&str; 4] = [
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
];

/// Signs requests, keeping the signing key of the last day, secret, region and service it
/// signed for. One per client; cheap when the key is current (a lock held for a 32-byte copy).
#[derive(Default)]
pub struct Signer {
    key: Mutex<Option<CachedKey>>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer").finish_non_exhaustive()
    }
}

/// A derived signing key and what it was derived from.
struct CachedKey {
    day: [u8; 8],
    region: String,
    service: String,
    /// SHA-256 of the secret access key: the key is reused only for the same secret, and the
    /// secret itself is not kept a second time.
    secret: [u8; 32],
    key: [u8; 32],
}

impl Signer {
    /// A signer with no key yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Signs `request` in place: sets `x-amz-date`, `authorization`, and `x-amz-security-token`
    /// for temporary credentials. The payload hash is the SHA-256 of the body.
    pub fn sign(
        &self,
        request: &mut HttpRequest,
        credentials: &Credentials,
        region: &str,
        signing_name: &str,
        time: SystemTime,
    ) -> Result<(), Error> {
        let date_time = format_date_time(time);
        let day = &date_time[..8];
        let set = |request: &mut HttpRequest, name: &'static str, value: &str| {
            let value = HeaderValue::from_str(value)
                .map_err(|e| sign_error(format!("the {name} header: {e}")))?;
            request.headers_mut().insert(name, value);
            Ok::<(), Error>(())
        };
        set(request, "x-amz-date", &date_time)?;
        if let Some(token) = credentials.session_token() {
            let mut value = HeaderValue::from_str(token)
                .map_err(|e| sign_error(format!("the session token: {e}")))?;
            value.set_sensitive(true);
            request.headers_mut().insert("x-amz-security-token", value);
        }

        let (canonical, signed_headers) = canonical_request(request)?;
        let mut scope = String::with_capacity(day.len() + region.len() + signing_name.len() + 16);
        for part in [day, "/", region, "/", signing_name, "/aws4_request"] {
            scope.push_str(part);
        }
        let mut string_to_sign = String::with_capacity(ALGORITHM.len() + scope.len() + 90);
        string_to_sign.push_str(ALGORITHM);
        string_to_sign.push('\n');
        string_to_sign.push_str(&date_time);
        string_to_sign.push('\n');
        string_to_sign.push_str(&scope);
        string_to_sign.push('\n');
        push_hex(&mut string_to_sign, &Sha256::digest(canonical.as_bytes()));

        let key = self.key(
            credentials.secret_access_key(),
            day,
            region,
            signing_name,
            time,
        );
        let signature = calculate_signature(key, string_to_sign.as_bytes());
        let mut authorization = String::with_capacity(
            ALGORITHM.len() + scope.len() + signed_headers.len() + signature.len() + 80,
        );
        for part in [
            ALGORITHM,
            " Credential=",
            credentials.access_key_id(),
            "/",
            &scope,
            ", SignedHeaders=",
            &signed_headers,
            ", Signature=",
            &signature,
        ] {
            authorization.push_str(part);
        }
        let mut value = HeaderValue::from_str(&authorization)
            .map_err(|e| sign_error(format!("the authorization header: {e}")))?;
        value.set_sensitive(true);
        request
            .headers_mut()
            .insert(http::header::AUTHORIZATION, value);
        Ok(())
    }

    /// The signing key for `day`, `region` and `service` under `secret`: the kept one when it
    /// is for those, else a new one, which is kept.
    fn key(
        &self,
        secret: &str,
        day: &str,
        region: &str,
        service: &str,
        time: SystemTime,
    ) -> [u8; 32] {
        let secret_hash: [u8; 32] = Sha256::digest(secret.as_bytes()).into();
        let mut slot = self.key.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(cached) = slot.as_ref()
            && cached.day == day.as_bytes()
            && cached.region == region
            && cached.service == service
            && cached.secret == secret_hash
        {
            return cached.key;
        }
        let derived = generate_signing_key(secret, time, region, service);
        let mut key = [0u8; 32];
        key.copy_from_slice(derived.as_ref());
        let mut day_bytes = [0u8; 8];
        day_bytes.copy_from_slice(day.as_bytes());
        *slot = Some(CachedKey {
            day: day_bytes,
            region: region.to_owned(),
            service: service.to_owned(),
            secret: secret_hash,
            key,
        });
        key
    }
}

/// Signs `request` in place with a key derived for this request alone (see [`Signer::sign`],
/// which keeps the key between requests).
pub fn sign(
    request: &mut HttpRequest,
    credentials: &Credentials,
    region: &str,
    signing_name: &str,
    time: SystemTime,
) -> Result<(), Error> {
    Signer::new().sign(request, credentials, region, signing_name, time)
}

fn sign_error(message: String) -> Error {
    Error::Config(ConfigError::new(format!("cannot sign: {message}")))
}

/// `YYYYMMDDTHHMMSSZ` in UTC.
fn format_date_time(time: SystemTime) -> String {
    let at = time::OffsetDateTime::from(time);
    let mut out = String::with_capacity(16);
    let digits = |out: &mut String, n: u32, width: u32| {
        for place in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
        }
    };
    digits(&mut out, at.year().clamp(0, 9999) as u32, 4);
    digits(&mut out, u32::from(u8::from(at.month())), 2);
    digits(&mut out, u32::from(at.day()), 2);
    out.push('T');
    digits(&mut out, u32::from(at.hour()), 2);
    digits(&mut out, u32::from(at.minute()), 2);
    digits(&mut out, u32::from(at.second()), 2);
    out.push('Z');
    out
}

/// The canonical request and its signed-headers list.
fn canonical_request(request: &HttpRequest) -> Result<(String, String), Error> {
    let uri = request.uri();
    let mut headers: Vec<(&str, String)> = Vec::with_capacity(request.headers().len() + 1);
    for (name, value) in request.headers() {
        let name = name.as_str();
        if UNSIGNED.contains(&name) {
            continue;
        }
        let value = value
            .to_str()
            .map_err(|_| sign_error(format!("the {name} header is not visible ASCII")))?;
        headers.push((name, trim_all(value)));
    }
    if !request.headers().contains_key(http::header::HOST) {
        let host = uri
            .host()
            .ok_or_else(|| sign_error("the request has no host".to_owned()))?;
        let default_port = matches!(
            (uri.scheme_str(), uri.port_u16()),
            (Some("http"), Some(80)) | (Some("https"), Some(443))
        );
        let value = match uri.authority() {
            Some(authority) if !default_port => authority.as_str().to_owned(),
            _ => host.to_owned(),
        };
        headers.push(("host", value));
    }
    // A stable sort keeps the values of one header in the order they were added.
    headers.sort_by(|a, b| a.0.cmp(b.0));

    let path = normalize_path(uri.path());
    let body = request.body();
    let mut out =
        String::with_capacity(256 + headers.iter().map(|h| h.1.len() + 24).sum::<usize>());
    out.push_str(request.method().as_str());
    out.push('\n');
    encode(&mut out, path.as_bytes(), true);
    out.push('\n');
    canonical_query(&mut out, uri.query().unwrap_or_default());
    out.push('\n');
    let mut signed = String::with_capacity(headers.len() * 16);
    let mut i = 0;
    while i < headers.len() {
        let name = headers[i].0;
        out.push_str(name);
        out.push(':');
        out.push_str(&headers[i].1);
        i += 1;
        while i < headers.len() && headers[i].0 == name {
            out.push(',');
            out.push_str(&headers[i].1);
            i += 1;
        }
        out.push('\n');
        if !signed.is_empty() {
            signed.push(';');
        }
        signed.push_str(name);
    }
    out.push('\n');
    out.push_str(&signed);
    out.push('\n');
    push_hex(&mut out, &Sha256::digest(body));
    Ok((out, signed))
}

/// Spaces trimmed at both ends and runs of spaces made one (other whitespace is kept).
fn trim_all(value: &str) -> String {
    let value = value.trim_matches(' ');
    let mut out = String::with_capacity(value.len());
    let mut space = false;
    for c in value.chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// The absolute path with `.` and `..` segments and empty segments removed (RFC 3986 5.2.4),
/// a trailing slash kept.
fn normalize_path(path: &str) -> std::borrow::Cow<'_, str> {
    if path.is_empty() {
        return "/".into();
    }
    if path.starts_with('/') && !path.contains('.') && !path.contains("//") {
        return path.into();
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    let mut out = String::with_capacity(path.len() + 1);
    for segment in &segments {
        out.push('/');
        out.push_str(segment);
    }
    let trailing = ["/", "/.", "/..", "/./", "/../"]
        .iter()
        .any(|end| path.ends_with(end));
    if out.is_empty() || trailing {
        out.push('/');
    }
    out.into()
}

/// The query's parameters decoded, encoded again, sorted, joined with `&`.
fn canonical_query(out: &mut String, query: &str) {
    if query.is_empty() {
        return;
    }
    let mut params: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let mut k = String::new();
            let mut v = String::new();
            encode(&mut k, &form_decode(key), false);
            encode(&mut v, &form_decode(value), false);
            (k, v)
        })
        .collect();
    params.sort();
    for (i, (key, value)) in params.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    }
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte.
fn form_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex_value(bytes[i + 1]), hex_value(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h << 4 | l);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    out
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-encodes every byte but the unreserved ones (and `/` in a path), upper-case hex.
fn encode(out: &mut String, bytes: &[u8], path: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in bytes {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (path && b == b'/')
        {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

/// Lower-case hex of `bytes`.
fn push_hex(out: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for &b in bytes {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings};
    use bytes::Bytes;
    use std::time::{Duration, UNIX_EPOCH};

    /// The signature `aws-sigv4`'s own `sign` gives, as the reference.
    fn reference(
        request: &mut HttpRequest,
        credentials: &Credentials,
        region: &str,
        name: &str,
        time: SystemTime,
    ) {
        let identity = aws_credential_types::Credentials::new(
            credentials.access_key_id(),
            credentials.secret_access_key(),
            credentials.session_token().map(str::to_owned),
            None,
            "test",
        )
        .into();
        let params = aws_sigv4::sign::v4::SigningParams::builder()
            .identity(&identity)
            .region(region)
            .name(name)
            .time(time)
            .settings(SigningSettings::default())
            .build()
            .unwrap()
            .into();
        let uri = request.uri().to_string();
        let headers = request
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str(), v.to_str().unwrap()));
        let signable = SignableRequest::new(
            request.method().as_str(),
            &uri,
            headers,
            SignableBody::Bytes(request.body()),
        )
        .unwrap();
        let (instructions, _) = aws_sigv4::http_request::sign(signable, &params)
            .unwrap()
            .into_parts();
        instructions.apply_to_request_http1x(request);
    }

    fn request(uri: &str, headers: &[(&str, &str)], body: &str) -> HttpRequest {
        let mut builder = http::Request::builder().method("POST").uri(uri);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(Bytes::from(body.to_owned())).unwrap()
    }

    fn signed_headers(request: &HttpRequest) -> Vec<(String, String)> {
        ["authorization", "x-amz-date", "x-amz-security-token"]
            .iter()
            .filter_map(|h| {
                request
                    .headers()
                    .get(*h)
                    .map(|v| (h.to_string(), v.to_str().unwrap().to_owned()))
            })
            .collect()
    }

    #[test]
    fn signs_exactly_as_aws_sigv4_does() {
        let plain = Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        let temporary =
            Credentials::new("ASIAEXAMPLE", "secret").with_session_token("token/with+=");
        let uris = [
            "https://api.ecr.us-east-1.amazonaws.com/",
            "https://api.ecr.us-east-1.amazonaws.com",
            "http://127.0.0.1:5000/",
            "http://localhost:80/",
            "https://localhost:443/x",
            "https://example.com:8443/prefix/",
            "https://example.com/a/./b/../c",
            "https://example.com/a//b/",
            "https://example.com/../x/..",
            "https://example.com/%2Fx/caf%C3%A9/~t_-.",
            "https://example.com/?b=2&a=1&a=0",
            "https://example.com/?x=a+b&k&%41=%7e&e=",
            "https://example.com/?q=%zz&r=1%",
        ];
        let headers: [&[(&str, &str)]; 4] = [
            &[
                ("content-type", "application/x-amz-json-1.1"),
                (
                    "x-amz-target",
                    "AmazonEC2ContainerRegistry_V20150921.ListImages",
                ),
            ],
            &[
                ("content-type", "application/x-amz-json-1.0"),
                ("user-agent", "ecr-rs/0.1.0"),
                ("amz-sdk-request", "attempt=1; max=3"),
                ("amz-sdk-invocation-id", "a1b2"),
                ("x-amzn-trace-id", "Root=1"),
            ],
            &[
                ("x-custom", "  spaced   out  value "),
                ("x-multi", "one"),
                ("x-multi", "two"),
                ("X-Upper", "Case"),
            ],
            &[("host", "override.example.com"), ("content-type", "a/b")],
        ];
        let times = [
            UNIX_EPOCH + Duration::from_secs(1_440_938_160),
            UNIX_EPOCH + Duration::from_secs(1_795_803_056),
        ];
        let signer = Signer::new();
        let mut cases = 0;
        for uri in uris {
            for headers in headers {
                for credentials in [&plain, &temporary] {
                    for time in times {
                        for body in ["", r#"{"repositoryName":"a"}"#] {
                            let mut ours = request(uri, headers, body);
                            let mut theirs = ours.clone();
                            signer
                                .sign(&mut ours, credentials, "us-west-2", "ecr", time)
                                .unwrap();
                            reference(&mut theirs, credentials, "us-west-2", "ecr", time);
                            assert_eq!(
                                signed_headers(&ours),
                                signed_headers(&theirs),
                                "{uri} {headers:?} {body}"
                            );
                            cases += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(cases, 13 * 4 * 2 * 2 * 2);
    }

    #[test]
    fn keeps_the_key_for_one_day_secret_region_and_service() {
        let signer = Signer::new();
        let day = UNIX_EPOCH + Duration::from_secs(1_795_803_056);
        let credentials = Credentials::new("AKID", "secret");
        let derived = |secret: &str, time, region: &str, service: &str| {
            let mut key = [0u8; 32];
            key.copy_from_slice(generate_signing_key(secret, time, region, service).as_ref());
            key
        };
        let first = signer.key("secret", "20261128", "us-east-1", "ecr", day);
        assert_eq!(first, derived("secret", day, "us-east-1", "ecr"));
        let mut out = request("https://example.com/", &[], "");
        signer
            .sign(&mut out, &credentials, "us-east-1", "ecr", day)
            .unwrap();
        // Each of day, secret, region and service gives another key.
        let next_day = day + Duration::from_secs(86_400);
        assert_eq!(
            signer.key("secret", "20261129", "us-east-1", "ecr", next_day),
            derived("secret", next_day, "us-east-1", "ecr")
        );
        assert_eq!(
            signer.key("other", "20261129", "us-east-1", "ecr", next_day),
            derived("other", next_day, "us-east-1", "ecr")
        );
        assert_eq!(
            signer.key("other", "20261129", "eu-west-1", "ecr", next_day),
            derived("other", next_day, "eu-west-1", "ecr")
        );
        assert_eq!(
            signer.key("other", "20261129", "eu-west-1", "sts", next_day),
            derived("other", next_day, "eu-west-1", "sts")
        );
    }

    #[test]
    fn paths_normalize_as_rfc_3986_says() {
        for (path, expected) in [
            ("", "/"),
            ("/", "/"),
            ("/a/b", "/a/b"),
            ("/a/./b/../c", "/a/c"),
            ("/a//b/", "/a/b/"),
            ("/..", "/"),
            ("/a/.", "/a/"),
            ("/a/b/..", "/a/"),
        ] {
            assert_eq!(normalize_path(path), expected, "{path}");
        }
    }
}
