//! The declarations against the ECR model they come from (`ecr/model/service-2.json`): every
//! declared operation's target, members, wire names, requiredness, constraints, output and
//! errors, followed through every nested shape. Any difference fails the test, listed in full.

use ecr_runtime::schema::{
    Constraints, MemberSchema, OperationSchema, StructureSchema, TypeSchema,
};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

/// What the model says of one value.
#[derive(Debug, Default)]
struct ModelConstraints {
    length: Option<(Option<u64>, Option<u64>)>,
    range: Option<(Option<f64>, Option<f64>)>,
    pattern: Option<String>,
}

struct Checker<'m> {
    shapes: &'m serde_json::Map<String, Value>,
    seen: HashSet<String>,
    problems: Vec<String>,
}

fn model() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ecr/model/service-2.json");
    let text = std::fs::read_to_string(path).expect("the vendored model");
    serde_json::from_str(&text).expect("the model is JSON")
}

/// The members the generator marks `#[sensitive]` although the model does not
/// (`ecr/model/sensitive-overrides.json`: `Structure.member` keys, model names).
fn sensitive_overrides() -> &'static BTreeSet<String> {
    static OVERRIDES: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    OVERRIDES.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../ecr/model/sensitive-overrides.json"
        );
        let text = std::fs::read_to_string(path).expect("the sensitive overrides");
        let map: serde_json::Map<String, Value> =
            serde_json::from_str(&text).expect("the overrides are a JSON object");
        map.into_iter().map(|(k, _)| k).collect()
    })
}

/// Every override names a member of the model, and the declaration marks it sensitive.
#[test]
fn sensitive_overrides_name_model_members() {
    let model = model();
    let shapes = model["shapes"].as_object().unwrap();
    for key in sensitive_overrides() {
        let (structure, member) = key.split_once('.').expect("`Structure.member`");
        assert!(
            shapes
                .get(structure)
                .and_then(|s| s["members"].get(member))
                .is_some(),
            "sensitive-overrides.json: `{key}` names no member of the model"
        );
    }
    let data: ecr::types::AuthorizationData =
        serde_json::from_str(r#"{"authorizationToken":"QVdTOnNlY3JldA=="}"#).unwrap();
    let debug = format!("{data:?}");
    assert!(!debug.contains("QVdTOnNlY3JldA=="), "{debug}");
}

fn number(v: Option<&Value>) -> Option<f64> {
    v.and_then(Value::as_f64)
}

impl Checker<'_> {
    fn shape(&self, name: &str) -> &Value {
        &self.shapes[name]
    }

    /// The constraints the model puts on a shape.
    fn model_constraints(&self, shape: &Value) -> ModelConstraints {
        let kind = shape["type"].as_str().unwrap_or_default();
        let (min, max) = (number(shape.get("min")), number(shape.get("max")));
        let mut c = ModelConstraints::default();
        if min.is_some() || max.is_some() {
            match kind {
                "string" | "list" | "map" | "blob" => {
                    c.length = Some((min.map(|v| v as u64), max.map(|v| v as u64)))
                }
                "integer" | "long" | "float" | "double" => c.range = Some((min, max)),
                _ => {}
            }
        }
        c.pattern = shape
            .get("pattern")
            .and_then(Value::as_str)
            .map(str::to_owned);
        c
    }

    fn compare_constraints(&mut self, at: &str, declared: &Constraints, model: &ModelConstraints) {
        let same = declared.length == model.length
            && declared.range == model.range
            && declared.pattern == model.pattern.as_deref();
        if !same {
            self.problems
                .push(format!("{at}: declared {declared:?}, model {model:?}"));
        }
    }

    fn compare_type(&mut self, at: &str, model_name: &str, declared: TypeSchema) {
        let shape = self.shape(model_name).clone();
        let kind = shape["type"].as_str().unwrap_or_default();
        match (kind, declared) {
            ("string", TypeSchema::Enum(e)) if shape.get("enum").is_some() => {
                let model: Vec<&str> = shape["enum"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                if e.values != model.as_slice() {
                    self.problems.push(format!(
                        "{at}: enum {} values {:?}, model {model:?}",
                        e.name, e.values
                    ));
                }
                if e.name != model_name {
                    self.problems
                        .push(format!("{at}: enum named {}, model {model_name}", e.name));
                }
            }
            ("string", TypeSchema::String) if shape.get("enum").is_none() => {}
            ("boolean", TypeSchema::Boolean)
            | ("integer", TypeSchema::Integer)
            | ("long", TypeSchema::Long)
            | ("float", TypeSchema::Float)
            | ("double", TypeSchema::Double)
            | ("timestamp", TypeSchema::Timestamp)
            | ("blob", TypeSchema::Blob) => {}
            ("list", TypeSchema::List(item)) => {
                let member = shape["member"]["shape"].as_str().unwrap().to_owned();
                self.compare_type(&format!("{at}[]"), &member, item());
            }
            ("map", TypeSchema::Map(key, value)) => {
                let k = shape["key"]["shape"].as_str().unwrap().to_owned();
                let v = shape["value"]["shape"].as_str().unwrap().to_owned();
                self.compare_type(&format!("{at}{{key}}"), &k, key());
                self.compare_type(&format!("{at}{{value}}"), &v, value());
            }
            ("structure", TypeSchema::Structure(s)) => self.compare_structure(model_name, s),
            (kind, declared) => self.problems.push(format!(
                "{at}: declared {declared:?}, model {model_name} is a {kind}"
            )),
        }
    }

    fn compare_member(
        &mut self,
        owner: &str,
        member: &MemberSchema,
        model_member: &Value,
        required: bool,
    ) {
        let at = format!("{owner}.{}", member.wire);
        if member.required != required {
            self.problems.push(format!(
                "{at}: declared required={}, model required={required}",
                member.required
            ));
        }
        let target = model_member["shape"].as_str().unwrap().to_owned();
        let shape = self.shape(&target).clone();
        let model = self.model_constraints(&shape);
        self.compare_constraints(&at, &member.constraints, &model);
        let nested = |c: &Checker, key: &str| match shape.get(key) {
            Some(m) => c.model_constraints(c.shape(m["shape"].as_str().unwrap())),
            None => ModelConstraints::default(),
        };
        let (each, keys, values) = (
            nested(self, "member"),
            nested(self, "key"),
            nested(self, "value"),
        );
        self.compare_constraints(&format!("{at}[each]"), &member.each, &each);
        self.compare_constraints(&format!("{at}[keys]"), &member.keys, &keys);
        self.compare_constraints(&format!("{at}[values]"), &member.values, &values);
        let in_model = shape.get("sensitive").and_then(Value::as_bool) == Some(true)
            || model_member.get("sensitive").and_then(Value::as_bool) == Some(true);
        let overridden = sensitive_overrides().contains(&at);
        if (in_model || overridden) != member.sensitive {
            self.problems.push(format!(
                "{at}: declared sensitive={}, model sensitive={in_model}, in \
                 sensitive-overrides.json={overridden}",
                member.sensitive
            ));
        }
        self.compare_type(&at, &target, (member.ty)());
    }

    fn compare_structure(&mut self, model_name: &str, declared: &'static StructureSchema) {
        if !self.seen.insert(model_name.to_owned()) {
            return;
        }
        if declared.name != model_name {
            self.problems.push(format!(
                "structure {} is declared for the model's {model_name}",
                declared.name
            ));
        }
        let shape = self.shape(model_name).clone();
        let members = shape["members"].as_object().cloned().unwrap_or_default();
        let required: HashSet<&str> = shape
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let declared_names: BTreeSet<&str> = declared.members.iter().map(|m| m.wire).collect();
        let model_names: BTreeSet<&str> = members.keys().map(String::as_str).collect();
        for missing in model_names.difference(&declared_names) {
            self.problems.push(format!(
                "{model_name}.{missing}: in the model, not declared"
            ));
        }
        for extra in declared_names.difference(&model_names) {
            self.problems
                .push(format!("{model_name}.{extra}: declared, not in the model"));
        }
        let is_exception = shape.get("exception").and_then(Value::as_bool) == Some(true);
        match (is_exception, declared.error_code) {
            (true, Some(code)) if code == model_name => {}
            (true, code) => self.problems.push(format!(
                "{model_name}: exception declared with code {code:?}"
            )),
            (false, Some(code)) => self
                .problems
                .push(format!("{model_name}: declared as exception {code}")),
            (false, None) => {}
        }
        for member in declared.members {
            if let Some(model_member) = members.get(member.wire) {
                self.compare_member(
                    model_name,
                    member,
                    model_member,
                    required.contains(member.wire),
                );
            }
        }
    }
}

/// Every difference between `declared` and the model's operations, in full.
fn differences(model: &Value, declared: &[OperationSchema]) -> Vec<String> {
    let shapes = model["shapes"].as_object().unwrap();
    let operations = model["operations"].as_object().unwrap();
    let prefix = model["metadata"]["targetPrefix"].as_str().unwrap();
    let mut checker = Checker {
        shapes,
        seen: HashSet::new(),
        problems: Vec::new(),
    };
    let mut names = BTreeSet::new();
    for op in declared {
        if !names.insert(op.name) {
            checker
                .problems
                .push(format!("{}: declared twice", op.name));
        }
        let Some(model_op) = operations.get(op.name) else {
            checker
                .problems
                .push(format!("{}: declared, not in the model", op.name));
            continue;
        };
        if op.target != format!("{prefix}.{}", op.name) {
            checker
                .problems
                .push(format!("{}: target {}", op.name, op.target));
        }
        if op.protocol != ecr_runtime::Protocol::AwsJson1_1 {
            checker
                .problems
                .push(format!("{}: protocol {:?}", op.name, op.protocol));
        }
        let input = model_op["input"]["shape"].as_str().unwrap();
        let output = model_op["output"]["shape"].as_str().unwrap();
        checker.compare_type(&format!("{} input", op.name), input, (op.input)());
        checker.compare_type(&format!("{} output", op.name), output, (op.output)());
        let errors: Vec<&str> = model_op["errors"]
            .as_array()
            .map(|e| e.iter().filter_map(|e| e["shape"].as_str()).collect())
            .unwrap_or_default();
        if op.errors != errors.as_slice() {
            checker.problems.push(format!(
                "{}: errors {:?}, model {errors:?}",
                op.name, op.errors
            ));
        }
    }
    for name in operations.keys() {
        if !names.contains(name.as_str()) {
            checker
                .problems
                .push(format!("{name}: in the model, not declared"));
        }
    }
    checker.problems
}

#[test]
fn declarations_match_the_model() {
    let model = model();
    assert_eq!(model["metadata"]["jsonVersion"], "1.1");
    assert_eq!(model["operations"].as_object().unwrap().len(), 62);
    let problems = differences(&model, &ecr::operations());
    assert!(
        problems.is_empty(),
        "{} differences:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn a_missing_or_an_extra_operation_is_a_difference() {
    let model = model();
    let mut declared = ecr::operations();
    let dropped = declared.remove(7);
    // An operation the model does not have: the same shapes under another name.
    let mut extra = declared[0];
    extra.name = "FrobnicateImage";
    extra.target = "AmazonEC2ContainerRegistry_V20150921.FrobnicateImage";
    declared.push(extra);
    assert_eq!(
        differences(&model, &declared),
        [
            "FrobnicateImage: declared, not in the model".to_owned(),
            format!("{}: in the model, not declared", dropped.name),
        ]
    );
}

#[test]
fn the_checker_sees_a_difference() {
    // A declaration that differs from the model on purpose: the comparison must catch it, or the
    // test above could pass while checking nothing.
    use ecr_runtime::{aws_operation, aws_shape};

    /// BatchGetImage, with the wrong bounds and a member missing.
    #[aws_operation(
        target = "AmazonEC2ContainerRegistry_V20150921.BatchGetImage",
        protocol = "json-1.1",
        output = BatchGetImageResponse,
    )]
    pub struct BatchGetImageRequest {
        /// Wrong bounds.
        #[length(3, 256)]
        pub repository_name: String,
        /// Optional here, required in the model.
        pub image_ids: Option<Vec<String>>,
    }

    /// Output.
    #[aws_shape]
    pub struct BatchGetImageResponse {}

    let model = model();
    let mut checker = Checker {
        shapes: model["shapes"].as_object().unwrap(),
        seen: HashSet::new(),
        problems: Vec::new(),
    };
    use ecr_runtime::Operation;
    let op = BatchGetImageRequest::schema();
    checker.compare_type("BatchGetImage input", "BatchGetImageRequest", (op.input)());
    let text = checker.problems.join("\n");
    for expected in [
        "BatchGetImageRequest.registryId: in the model, not declared",
        "BatchGetImageRequest.acceptedMediaTypes: in the model, not declared",
        "BatchGetImageRequest.repositoryName: declared Constraints { length: Some((Some(3), Some(256)))",
        "BatchGetImageRequest.imageIds: declared required=false, model required=true",
        "BatchGetImageRequest.imageIds[]: declared String, model ImageIdentifier is a structure",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn every_pattern_of_the_model_compiles_with_ecmascript_semantics() {
    use ecr_runtime::validate::Pattern;
    let model = model();
    let mut patterns = std::collections::BTreeMap::new();
    for (name, shape) in model["shapes"].as_object().unwrap() {
        if let Some(p) = shape.get("pattern").and_then(Value::as_str) {
            patterns.insert(name.as_str(), &*Box::leak(p.to_owned().into_boxed_str()));
        }
    }
    assert_eq!(patterns.len(), 17);
    for (name, source) in &patterns {
        // A pattern that does not compile matches nothing, so every one must match its sample.
        let sample = match *name {
            "Base64" => "QUJD",
            "CredentialArn" => {
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/x"
            }
            "ImageTagMutabilityExclusionFilterValue" => "v1.*",
            "KmsKeyForRepositoryCreationTemplate" => "",
            "LayerDigest" => "sha256:abc123",
            "Prefix" | "PullThroughCacheRuleRepositoryPrefix" => "ROOT",
            "PrincipalArn" => "arn:aws:iam::123456789012:role/ci-role",
            "Region" => "us-east-1",
            "RegistryId" => "123456789012",
            "ReplicationBackfillId" | "UploadId" => "0123abcd-0123-4567-89ab-0123456789ab",
            "RepositoryFilterValue" => "prod/app",
            "RepositoryName" => "demo/app",
            "ScanningRepositoryFilterValue" => "prod*",
            "SigningProfileArn" => {
                "arn:aws:signer:us-east-1:123456789012:/signing-profiles/my_profile"
            }
            "SigningRepositoryFilterValue" => "prod/*",
            other => panic!("a pattern without a sample: {other}"),
        };
        assert!(
            Pattern::new(source).is_match(sample),
            "{name}: {source} should match {sample:?}"
        );
    }
    // `\w` is ASCII only; `[a-zA-Z0-9-:]` and `[a-zA-Z0-9-_+.]` hold a literal hyphen.
    let principal = Pattern::new(patterns["PrincipalArn"]);
    assert!(!principal.is_match("arn:aws:iam::123456789012:role/rôle"));
    let credential = Pattern::new(patterns["CredentialArn"]);
    assert!(credential.is_match(
        "arn:aws:secretsmanager:us-gov-west-1:123456789012:secret:ecr-pullthroughcache/a"
    ));
    let layer = Pattern::new(patterns["LayerDigest"]);
    assert!(layer.is_match("sha-256:abc"));
    assert!(!layer.is_match("sha256:xyz"));
}
