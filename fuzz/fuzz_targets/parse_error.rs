//! `ecr_runtime::protocol::parse_error` on an arbitrary status, header list and body: it must
//! always give an error value, never panic.
#![no_main]

use arbitrary::Arbitrary;
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    status: u16,
    /// (which of the interesting names, or a raw name; value bytes)
    headers: Vec<(u8, Vec<u8>, Vec<u8>)>,
    body: Vec<u8>,
}

const NAMES: [&str; 4] = [
    "x-amzn-errortype",
    "x-amzn-requestid",
    "X-Amzn-ErrorType",
    "content-type",
];

fuzz_target!(|input: Input| {
    let mut headers = HeaderMap::new();
    for (pick, raw_name, value) in &input.headers {
        let name = match NAMES.get(usize::from(*pick) % (NAMES.len() + 1)) {
            Some(n) => HeaderName::from_bytes(n.as_bytes()).ok(),
            None => HeaderName::from_bytes(raw_name).ok(),
        };
        // Header values the http crate would refuse never reach the parser.
        if let (Some(name), Ok(value)) = (name, HeaderValue::from_bytes(value)) {
            headers.append(name, value);
        }
    }
    let error = ecr_runtime::protocol::parse_error(input.status, &headers, Bytes::from(input.body));
    // Formatting the error walks every field it kept.
    let _ = error.to_string();
    let _ = format!("{error:?}");
    let _ = ecr_runtime::protocol::request_id(&headers);
});
