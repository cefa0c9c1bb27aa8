//! Arbitrary bytes as an endpoint rule set (`endpoint-rule-set-1.json`): parsed with
//! `RuleSet::from_json`, and when that succeeds resolved with a few fixed parameter sets.
//! Parse errors and resolution errors are fine, panics (and runaway recursion) are not.
#![no_main]

use ecr_runtime::rules::{EndpointParams, RuleSet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rules) = RuleSet::from_json(text) else {
        return;
    };
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
    for p in &params {
        let _ = rules.resolve(p);
    }
});
