//! ECR's endpoint rule set (`ecr/model/endpoint-rule-set-1.json`), evaluated by
//! `ecr_runtime::rules`, against the 26 official test cases (`ecr/model/endpoint-tests.json`).

use ecr_runtime::rules::{EndpointErrorKind, EndpointParams, RuleSet};
use serde_json::Value;

fn model(name: &str) -> String {
    let path = format!("{}/../ecr/model/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn ecr_rule_set_passes_every_official_case() {
    let rules = RuleSet::from_json(&model("endpoint-rule-set-1.json")).expect("rule set parses");
    let tests: Value = serde_json::from_str(&model("endpoint-tests.json")).expect("tests parse");
    let cases = tests["testCases"].as_array().expect("testCases");
    assert_eq!(cases.len(), 26);
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let doc = case["documentation"].as_str().unwrap_or("?");
        let params = EndpointParams::from_json(&case["params"]).expect("params");
        let got = rules.resolve(&params);
        let expect = &case["expect"];
        let outcome = match (
            expect["endpoint"]["url"].as_str(),
            expect["error"].as_str(),
            &got,
        ) {
            (Some(url), _, Ok(endpoint)) if endpoint.url() == url => continue,
            (_, Some(message), Err(error))
                if error.message() == message && error.kind() == EndpointErrorKind::Rule =>
            {
                continue;
            }
            (Some(url), _, _) => format!("expected endpoint {url}, got {got:?}"),
            (_, Some(message), _) => format!("expected error {message:?}, got {got:?}"),
            _ => format!("the case expects neither an endpoint nor an error: {expect}"),
        };
        failures.push(format!("case {} ({doc}): {outcome}", i + 1));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ecr_rule_set_declares_the_aws_built_ins() {
    let rules = RuleSet::from_json(&model("endpoint-rule-set-1.json")).expect("rule set parses");
    let mut built_ins: Vec<_> = rules
        .parameters()
        .iter()
        .map(|p| (p.name(), p.built_in().unwrap_or("")))
        .collect();
    built_ins.sort_unstable();
    assert_eq!(
        built_ins,
        [
            ("Endpoint", "SDK::Endpoint"),
            ("Region", "AWS::Region"),
            ("UseDualStack", "AWS::UseDualStack"),
            ("UseFIPS", "AWS::UseFIPS"),
        ]
    );
    // The typed helpers set the same parameters the test cases do.
    let endpoint = rules
        .resolve(
            &EndpointParams::new()
                .region("eu-west-1")
                .use_fips(false)
                .use_dual_stack(true),
        )
        .expect("an endpoint");
    assert_eq!(endpoint.url(), "https://ecr.eu-west-1.api.aws");
    let endpoint = rules
        .resolve(
            &EndpointParams::new()
                .region("ap-south-2")
                .endpoint("http://127.0.0.1:5000"),
        )
        .expect("an endpoint");
    assert_eq!(endpoint.url(), "http://127.0.0.1:5000");
}
