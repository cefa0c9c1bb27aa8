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

/// The endpoint an `ecr::Client` resolves with `vars` as its environment (and `build` applied).
fn client_endpoint(
    vars: &[(&str, &str)],
    build: impl FnOnce(ecr_runtime::ConfigBuilder) -> ecr_runtime::ConfigBuilder,
) -> Result<String, String> {
    let env = ecr_runtime::Env::from_vars(vars.iter().map(|(k, v)| (*k, *v)));
    let config = build(ecr_runtime::Config::builder().env(env)).build();
    let client = ecr::Client::new(&config);
    client
        .runtime()
        .endpoint()
        .map(|e| e.uri().to_string())
        .map_err(|e| e.to_string())
}

#[test]
fn the_client_resolves_with_ecr_rules_and_the_usual_settings() {
    let region = |b: ecr_runtime::ConfigBuilder| b.region("us-east-1");
    assert_eq!(
        client_endpoint(&[], region).unwrap(),
        "https://api.ecr.us-east-1.amazonaws.com/"
    );
    assert_eq!(
        client_endpoint(&[("AWS_USE_FIPS_ENDPOINT", "true")], region).unwrap(),
        "https://api.ecr-fips.us-east-1.amazonaws.com/"
    );
    assert_eq!(
        client_endpoint(
            &[
                ("AWS_USE_FIPS_ENDPOINT", "true"),
                ("AWS_USE_DUALSTACK_ENDPOINT", "true")
            ],
            region
        )
        .unwrap(),
        "https://ecr-fips.us-east-1.api.aws/"
    );
    // The configuration beats the environment.
    assert_eq!(
        client_endpoint(&[("AWS_USE_FIPS_ENDPOINT", "true")], |b| b
            .region("cn-northwest-1")
            .use_fips(false))
        .unwrap(),
        "https://api.ecr.cn-northwest-1.amazonaws.com.cn/"
    );
    // A custom endpoint with FIPS is the rule set's error, reported by the first call.
    let error = client_endpoint(&[("AWS_USE_FIPS_ENDPOINT", "true")], |b| {
        b.region("us-east-1").endpoint_url("http://127.0.0.1:9")
    })
    .unwrap_err();
    assert!(
        error.contains("FIPS and custom endpoint are not supported"),
        "{error}"
    );
    let error = client_endpoint(&[("AWS_USE_FIPS_ENDPOINT", "yes")], region).unwrap_err();
    assert!(error.contains("expected `true` or `false`"), "{error}");
}

#[test]
fn the_profile_settings_are_honoured() {
    let dir = std::env::temp_dir().join(format!("ecr-endpoint-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config");
    std::fs::write(
        &file,
        "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n\
         [profile custom]\nendpoint_url = http://127.0.0.1:7\n",
    )
    .unwrap();
    let file = file.to_str().unwrap().to_owned();
    let load = |profile: Option<&str>| {
        let mut vars = vec![
            ("HOME".to_owned(), "/nonexistent".to_owned()),
            ("AWS_CONFIG_FILE".to_owned(), file.clone()),
            ("AWS_REGION".to_owned(), "us-gov-west-1".to_owned()),
            ("AWS_ACCESS_KEY_ID".to_owned(), "AKID".to_owned()),
            ("AWS_SECRET_ACCESS_KEY".to_owned(), "SECRET".to_owned()),
        ];
        if let Some(p) = profile {
            vars.push(("AWS_PROFILE".to_owned(), p.to_owned()));
        }
        let env = ecr_runtime::Env::from_vars(vars);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let config = runtime
            .block_on(ecr_runtime::Config::loader().env(env).load())
            .unwrap();
        ecr::Client::new(&config)
            .runtime()
            .endpoint()
            .map(|e| e.uri().to_string())
            .map_err(|e| e.to_string())
    };
    assert_eq!(
        load(None).unwrap(),
        "https://ecr-fips.us-gov-west-1.api.aws/"
    );
    assert_eq!(load(Some("custom")).unwrap(), "http://127.0.0.1:7/");
    let _ = std::fs::remove_dir_all(dir);
}
