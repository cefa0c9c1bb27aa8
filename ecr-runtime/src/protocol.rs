//! The awsJson 1.0 and 1.1 protocols: how a request is framed and how an error is read.

use crate::error::{Error, ErrorMetadata, ResponseError, ServiceError};
use bytes::Bytes;
use http::HeaderMap;

/// The wire protocol of a service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// awsJson 1.0 (DynamoDB, SQS, ...).
    AwsJson1_0,
    /// awsJson 1.1 (ECR, CloudWatch Logs, ...).
    AwsJson1_1,
}

impl Protocol {
    /// The `Content-Type` of requests.
    pub fn content_type(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::AwsJson1_1 => "application/x-amz-json-1.1",
        }
    }
}

/// The request id header; header names are case-insensitive.
pub const REQUEST_ID_HEADER: &str = "x-amzn-requestid";
const ERROR_TYPE_HEADER: &str = "x-amzn-errortype";

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The request id of a response.
pub fn request_id(headers: &HeaderMap) -> Option<String> {
    header(headers, REQUEST_ID_HEADER).map(str::to_owned)
}

/// `aws.protocols#awsJson1_x` error codes: cut at the first `:`, keep what follows the last `#`.
pub fn sanitize_error_code(raw: &str) -> &str {
    let raw = raw.split(':').next().unwrap_or(raw);
    raw.rsplit('#').next().unwrap_or(raw).trim()
}

/// An error body as a JSON object (the error path is rare; the success path never builds one).
type ErrorBody = serde_json::Map<String, serde_json::Value>;

fn string<'a>(body: &'a ErrorBody, key: &str) -> Option<&'a str> {
    body.get(key)
        .and_then(serde_json::Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// Reads an error response: the code from the `x-amzn-errortype` header, else the body's
/// `code`, else its `__type`; the message from `message`, `Message` or `errorMessage`. A body
/// that is not JSON (an XML auth error, a proxy's HTML page) still gives a typed error: an
/// XML `<Code>` is read as the code, and anything else becomes a [`ResponseError`] with the
/// status and the start of the body.
pub fn parse_error(status: u16, headers: &HeaderMap, body: Bytes) -> Error {
    let request_id = request_id(headers);
    let header_code = header(headers, ERROR_TYPE_HEADER)
        .map(sanitize_error_code)
        .filter(|c| !c.is_empty());
    let parsed: Option<ErrorBody> = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        serde_json::from_slice(&body).ok()
    };
    let (code, message) = match &parsed {
        Some(b) => {
            let body_code = string(b, "code")
                .or_else(|| string(b, "__type"))
                .map(sanitize_error_code);
            let message = string(b, "message")
                .or_else(|| string(b, "Message"))
                .or_else(|| string(b, "errorMessage"))
                .map(str::to_owned);
            (header_code.or(body_code).map(str::to_owned), message)
        }
        None => {
            let (xml_code, xml_message) = xml_error(&body);
            (header_code.map(str::to_owned).or(xml_code), xml_message)
        }
    };
    match code.filter(|c| !c.is_empty()) {
        Some(code) => {
            let mut meta = ErrorMetadata::new(code).with_status(status);
            if let Some(m) = message {
                meta = meta.with_message(m);
            }
            if let Some(id) = request_id {
                meta = meta.with_request_id(id);
            }
            Error::Service(ServiceError::new(meta, body))
        }
        None => {
            let reason = if parsed.is_some() {
                "an error response without an error code".to_owned()
            } else {
                format!("an error response that is not JSON (HTTP {status})")
            };
            Error::Response(ResponseError::new(status, request_id, reason, &body))
        }
    }
}

/// `<Code>` and `<Message>` of an XML error body (the query protocol's `ErrorResponse`, S3's
/// `Error`), as some front ends and local servers answer auth failures.
fn xml_error(body: &[u8]) -> (Option<String>, Option<String>) {
    let Ok(text) = std::str::from_utf8(body) else {
        return (None, None);
    };
    if !text.trim_start().starts_with('<') {
        return (None, None);
    }
    (xml_element(text, "Code"), xml_element(text, "Message"))
}

fn xml_element(text: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = text.find(&open)? + open.len();
    let len = text[start..].find(&close)?;
    let value = text[start..start + len].trim();
    (!value.is_empty()).then(|| unescape_xml(value))
}

fn unescape_xml(value: &str) -> String {
    value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
