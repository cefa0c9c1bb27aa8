//! A bounded, deterministic stand-in for the cargo-fuzz targets in `fuzz/`, run with the normal
//! test suite (no cargo-fuzz, no nightly, no new dependency): the error parser, the output
//! parsers and the endpoint rule engine get a few thousand random and mutated inputs each from
//! a seeded xorshift generator, and must never panic. The same seed gives the same inputs, so a
//! failure here reproduces; the panic message names the case, and `FUZZ_SMOKE_SEED` runs
//! another sequence.

use bytes::Bytes;
use ecr::operations::{
    BatchGetImageResponse, DescribeImageScanFindingsResponse, DescribeImagesResponse,
    GetAuthorizationTokenResponse,
};
use ecr_runtime::protocol::parse_error;
use ecr_runtime::rules::{EndpointParams, RuleSet};
use http::{HeaderMap, HeaderName, HeaderValue};
use tests::model::Model;

/// xorshift64*: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("FUZZ_SMOKE_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0x5eed_ec12_f022_0001_u64);
        Rng(seed | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max + 1);
        (0..len).map(|_| self.next() as u8).collect()
    }
}

/// Fragments that tend to reach the corners of JSON, XML and rule-set parsing.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e999",
    "-1e999",
    "1.5e-400",
    "18446744073709551616",
    "-9223372036854775809",
    "1e17",
    "NaN",
    "\\u0000",
    "\\ud800",
    "\\udfff\\ud800",
    "\"\\\"",
    "é",
    "\u{1F600}",
    "\u{FEFF}",
    "\0",
    "<Code>",
    "</Code>",
    "<Message>",
    "</Message>",
    "&amp;",
    "&lt;",
    "#",
    ":",
    "{}",
    "[]",
    "\"\"",
    "\"fn\"",
    "\"argv\"",
    "\"ref\"",
    "\"getAttr\"",
    "\"assign\"",
    "\"conditions\"",
    "\"rules\"",
    "\"type\"",
    "\"tree\"",
    "\"endpoint\"",
    "\"error\"",
    "{Region}",
    "{url#path}",
    "[0]",
    "{",
    "}",
    "\"aws.partition\"",
    "\"substring\"",
    "\"parseURL\"",
    "\"split\"",
    "\"coalesce\"",
    "\"ite\"",
    "\"uriEncode\"",
    "\"aws.parseArn\"",
    "\"isValidHostLabel\"",
    "-1",
    "4294967296",
];

/// One mutation of `input`, in place: flip a bit, set or insert or delete bytes, insert a
/// token, duplicate or cut a slice, truncate, or splice in the start of `other`.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, other: &[u8]) {
    let len = input.len();
    match rng.below(9) {
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            input[i] = rng.next() as u8;
        }
        2 => {
            let i = rng.below(len + 1);
            let b = rng.next() as u8;
            input.insert(i, b);
        }
        3 => {
            let i = rng.below(len + 1);
            let token = rng.pick(TOKENS).as_bytes();
            input.splice(i..i, token.iter().copied());
        }
        4 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(16)).min(len);
            input.drain(start..end);
        }
        5 if len > 0 => {
            let start = rng.below(len);
            let end = (start + 1 + rng.below(64)).min(len);
            let chunk = input[start..end].to_vec();
            let at = rng.below(len + 1);
            input.splice(at..at, chunk);
        }
        6 => input.truncate(rng.below(len + 1)),
        7 if !other.is_empty() => {
            let at = rng.below(len + 1);
            let take = rng.below(other.len()) + 1;
            input.truncate(at);
            input.extend_from_slice(&other[other.len() - take..]);
        }
        _ => {
            let i = rng.below(len + 1);
            let token = rng.pick(TOKENS).as_bytes();
            input.splice(i..i, token.iter().copied());
        }
    }
}

/// `count` inputs: a sixth purely random bytes, the rest a random seed with 1 to 8 mutations.
fn inputs(rng: &mut Rng, seeds: &[Vec<u8>], count: usize) -> Vec<Vec<u8>> {
    (0..count)
        .map(|_| {
            if rng.below(6) == 0 {
                return rng.bytes(256);
            }
            let mut input = rng.pick(seeds).clone();
            let other = rng.pick(seeds).clone();
            for _ in 0..=rng.below(8) {
                mutate(rng, &mut input, &other);
            }
            input
        })
        .collect()
}

const ERROR_BODIES: &[&str] = &[
    r#"{"__type":"com.amazonaws.ecr#RepositoryNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.validate/","message":"The repository with name 'x' does not exist"}"#,
    r#"{"code":"ThrottlingException","Message":"Rate exceeded"}"#,
    r#"{"__type":"ServerException","errorMessage":"   "}"#,
    r#"{"message":"no code at all"}"#,
    r#"<?xml version="1.0"?><ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token &amp; &lt;signature&gt; is invalid</Message></Error></ErrorResponse>"#,
    r#"<Error><Code></Code><Message>empty code</Message></Error>"#,
    "<html><body><h1>502 Bad Gateway</h1></body></html>",
    "",
    " \n\t",
    "null",
    "[]",
];

const HEADER_NAMES: &[&str] = &[
    "x-amzn-errortype",
    "x-amzn-requestid",
    "X-Amzn-ErrorType",
    "content-type",
];

const HEADER_VALUES: &[&str] = &[
    "RepositoryNotFoundException:http://internal.amazon.com/",
    "com.amazonaws.ecr#LimitExceededException",
    "#",
    ":",
    "",
    "   ",
    "b9d1-4c3a",
    "a#b#c:d:e",
];

#[test]
fn parse_error_never_panics() {
    let mut rng = Rng::new();
    let seeds: Vec<Vec<u8>> = ERROR_BODIES.iter().map(|b| b.as_bytes().to_vec()).collect();
    let bodies = inputs(&mut rng, &seeds, 4000);
    for (case, body) in bodies.into_iter().enumerate() {
        let status = match rng.below(4) {
            0 => rng.next() as u16,
            1 => 400,
            2 => 500 + rng.below(100) as u16,
            _ => *rng.pick(&[0, 1, 200, 301, 403, 404, 429, 999, u16::MAX]),
        };
        let mut headers = HeaderMap::new();
        for _ in 0..rng.below(4) {
            let name = HeaderName::from_bytes(rng.pick(HEADER_NAMES).as_bytes()).unwrap();
            let mut value = rng.pick(HEADER_VALUES).as_bytes().to_vec();
            if rng.below(2) == 0 {
                let other = rng.pick(HEADER_VALUES).as_bytes();
                mutate(&mut rng, &mut value, other);
            }
            // Values the http crate refuses never reach the parser.
            if let Ok(value) = HeaderValue::from_bytes(&value) {
                headers.append(name, value);
            }
        }
        let described = format!("case {case}: status {status}, headers {headers:?}, body {body:?}");
        let error = parse_error(status, &headers, Bytes::from(body));
        assert!(!error.to_string().is_empty(), "{described}");
        let _ = format!("{error:?}");
    }
}

fn parses<T: serde::de::DeserializeOwned + std::fmt::Debug>(data: &[u8]) -> bool {
    match serde_json::from_slice::<T>(data) {
        Ok(v) => !format!("{v:?}").is_empty(),
        Err(_) => false,
    }
}

#[test]
fn output_parsers_never_panic() {
    let model = Model::shared();
    let mut seeds = Vec::new();
    for shape in [
        "BatchGetImageResponse",
        "DescribeImagesResponse",
        "GetAuthorizationTokenResponse",
        "DescribeImageScanFindingsResponse",
    ] {
        seeds.push(serde_json::to_vec(&model.sample(shape)).unwrap());
        seeds.push(serde_json::to_vec(&model.sample_with_unknowns(shape)).unwrap());
    }
    seeds.push(b"{}".to_vec());
    // The seeds themselves parse: the mutations start from valid outputs.
    assert!(parses::<BatchGetImageResponse>(&seeds[0]));
    assert!(parses::<DescribeImagesResponse>(&seeds[2]));
    assert!(parses::<GetAuthorizationTokenResponse>(&seeds[4]));
    assert!(parses::<DescribeImageScanFindingsResponse>(&seeds[6]));

    let mut rng = Rng::new();
    let mut accepted = 0;
    for data in &inputs(&mut rng, &seeds, 4000) {
        accepted += usize::from(parses::<BatchGetImageResponse>(data));
        accepted += usize::from(parses::<DescribeImagesResponse>(data));
        accepted += usize::from(parses::<GetAuthorizationTokenResponse>(data));
        accepted += usize::from(parses::<DescribeImageScanFindingsResponse>(data));
    }
    // Mutations mostly break the JSON, but not always: both paths were exercised.
    assert!(accepted > 0, "no mutated output parsed");
}

#[test]
fn rule_engine_never_panics() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../ecr/model/endpoint-rule-set-1.json"
    );
    let ecr_rules = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let small: &[&[u8]] = &[
        br#"{"version":"1.0","parameters":{"Region":{"type":"String","builtIn":"AWS::Region","required":false}},"rules":[{"conditions":[{"fn":"isSet","argv":[{"ref":"Region"}]},{"fn":"aws.partition","argv":[{"ref":"Region"}],"assign":"p"}],"endpoint":{"url":"https://ecr.{Region}.{p#dnsSuffix}","properties":{},"headers":{}},"type":"endpoint"},{"conditions":[],"error":"no region","type":"error"}]}"#,
        br#"{"version":"1.0","parameters":{"Endpoint":{"type":"String"}},"rules":[{"conditions":[{"fn":"parseURL","argv":[{"ref":"Endpoint"}],"assign":"u"},{"fn":"substring","argv":["{u#path}",0,1,false],"assign":"s"}],"endpoint":{"url":"{u#scheme}://{u#authority}{s}"},"type":"endpoint"},{"conditions":[],"type":"tree","rules":[{"conditions":[{"fn":"not","argv":[{"fn":"isSet","argv":[{"ref":"Endpoint"}]}]}],"error":"none","type":"error"}]}]}"#,
        br#"{"parameters":{"A":{"type":"stringArray","default":["a","b"]}},"rules":[{"conditions":[{"fn":"getAttr","argv":[{"ref":"A"},"[1]"],"assign":"x"},{"fn":"split","argv":["a.b.c",".",0],"assign":"parts"},{"fn":"coalesce","argv":[{"ref":"x"},"z"],"assign":"c"}],"endpoint":{"url":"https://{c}.{parts[2]}"},"type":"endpoint"}]}"#,
    ];
    let params = [
        EndpointParams::new().region("us-east-1"),
        EndpointParams::new()
            .region("cn-north-1")
            .use_fips(true)
            .use_dual_stack(true),
        EndpointParams::new()
            .region("us-gov-west-1")
            .endpoint("https://example.com:8443/path?q"),
        EndpointParams::new(),
    ];

    let mut rng = Rng::new();
    let small_seeds: Vec<Vec<u8>> = small.iter().map(|s| s.to_vec()).collect();
    // Mostly the small rule sets (cheap to parse in a debug build), and some of ECR's own.
    let mut all = inputs(&mut rng, &small_seeds, 3000);
    all.extend(inputs(&mut rng, std::slice::from_ref(&ecr_rules), 1000));
    let mut parsed = 0;
    for data in &all {
        let Ok(text) = std::str::from_utf8(data) else {
            continue;
        };
        let Ok(rules) = RuleSet::from_json(text) else {
            continue;
        };
        parsed += 1;
        for p in &params {
            let _ = rules.resolve(p);
        }
    }
    assert!(parsed > 0, "no mutated rule set parsed");
}
