//! A Smithy endpoint rules engine: evaluates an AWS endpoint rule set (`endpoint-rule-set-1.json`)
//! at runtime.
//!
//! [`RuleSet::from_json`] parses a rule set once (parameters, rules, conditions, references,
//! template strings, `getAttr` paths); [`RuleSet::resolve`] evaluates it for a set of
//! [`EndpointParams`] and gives the [`ResolvedEndpoint`] or the [`EndpointError`] the rules lead
//! to. Nothing here knows a particular service: the service's rule set is data.
//!
//! The functions of the Smithy standard library and of the AWS extensions are built in: `isSet`,
//! `not`, `booleanEquals`, `stringEquals`, `getAttr`, `parseURL`, `isValidHostLabel`,
//! `substring`, `uriEncode`, `split`, `coalesce`, `ite`, `aws.partition` (from the vendored
//! `partitions.json`, see [`Partitions`]), `aws.parseArn` and `aws.isVirtualHostableS3Bucket`.
//! A rule set that calls any other function is refused when it is parsed.
//!
//! ```
//! use ecr_runtime::rules::{EndpointParams, RuleSet};
//!
//! let rules = RuleSet::from_json(r#"{
//!     "version": "1.0",
//!     "parameters": {
//!         "Region": {"type": "string", "builtIn": "AWS::Region", "required": false}
//!     },
//!     "rules": [
//!         {"conditions": [
//!              {"fn": "isSet", "argv": [{"ref": "Region"}]},
//!              {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}
//!          ],
//!          "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"}, "type": "endpoint"},
//!         {"conditions": [], "error": "Invalid Configuration: Missing Region", "type": "error"}
//!     ]
//! }"#)?;
//! let endpoint = rules.resolve(&EndpointParams::new().region("cn-north-1"))?;
//! assert_eq!(endpoint.url(), "https://svc.cn-north-1.amazonaws.com.cn");
//! let error = rules.resolve(&EndpointParams::new()).unwrap_err();
//! assert_eq!(error.message(), "Invalid Configuration: Missing Region");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde_json::Value as Json;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// The AWS partition table the `aws.partition` function reads by default (botocore's
/// `partitions.json`, vendored in `ecr-runtime/data/`).
const PARTITIONS_JSON: &str = include_str!("../data/partitions.json");

/// How deep rules and expressions may nest; deeper rule sets are refused when parsed.
const MAX_DEPTH: usize = 64;

// ---------------------------------------------------------------------------------------------
// Values, parameters, results, errors

/// A value of the rules language: a parameter, a function's result, a literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A string.
    String(String),
    /// A boolean.
    Bool(bool),
    /// An integer (`substring` and `split` take them).
    Int(i64),
    /// An array.
    Array(Vec<Value>),
    /// A record (an object with named members), such as `aws.partition`'s result.
    Record(BTreeMap<String, Value>),
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Converts JSON: `null` has no value (and is dropped from arrays and objects), a number
    /// that is not an `i64` becomes its text.
    pub fn from_json(json: &Json) -> Option<Value> {
        Some(match json {
            Json::Null => return None,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => Value::String(n.to_string()),
            },
            Json::String(s) => Value::String(s.clone()),
            Json::Array(items) => Value::Array(items.iter().filter_map(Value::from_json).collect()),
            Json::Object(members) => Value::Record(
                members
                    .iter()
                    .filter_map(|(k, v)| Some((k.clone(), Value::from_json(v)?)))
                    .collect(),
            ),
        })
    }

    /// The value as JSON.
    pub fn to_json(&self) -> Json {
        match self {
            Value::String(s) => Json::String(s.clone()),
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            Value::Array(items) => Json::Array(items.iter().map(Value::to_json).collect()),
            Value::Record(members) => Json::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect(),
            ),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Array(_) => "array",
            Value::Record(_) => "record",
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<Vec<String>> for Value {
    fn from(items: Vec<String>) -> Self {
        Value::Array(items.into_iter().map(Value::String).collect())
    }
}

/// The inputs of an endpoint resolution: parameter name → value. A parameter that is absent is
/// unset (the rule set's default, if it declares one, applies). The typed helpers set the
/// parameters AWS rule sets share (`Region`, `UseFIPS`, `UseDualStack`, `Endpoint`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EndpointParams {
    values: BTreeMap<String, Value>,
}

impl EndpointParams {
    /// No parameter set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets parameter `name`.
    pub fn set(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.insert(name, value);
        self
    }

    /// Sets parameter `name` to `value`, or unsets it when `value` is `None`.
    pub fn set_opt(mut self, name: impl Into<String>, value: Option<impl Into<Value>>) -> Self {
        let name = name.into();
        match value {
            Some(value) => self.insert(name, value),
            None => {
                self.values.remove(&name);
            }
        }
        self
    }

    /// Sets parameter `name` in place.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) {
        self.values.insert(name.into(), value.into());
    }

    /// The value of parameter `name`, if it is set.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }

    /// Sets `Region` (the `AWS::Region` built-in).
    pub fn region(self, region: impl Into<String>) -> Self {
        self.set("Region", region.into())
    }

    /// Sets `UseFIPS` (the `AWS::UseFIPS` built-in).
    pub fn use_fips(self, on: bool) -> Self {
        self.set("UseFIPS", on)
    }

    /// Sets `UseDualStack` (the `AWS::UseDualStack` built-in).
    pub fn use_dual_stack(self, on: bool) -> Self {
        self.set("UseDualStack", on)
    }

    /// Sets `Endpoint` (the `SDK::Endpoint` built-in: a custom endpoint URL).
    pub fn endpoint(self, url: impl Into<String>) -> Self {
        self.set("Endpoint", url.into())
    }

    /// Reads parameters from a JSON object (the `params` of a Smithy endpoint test case);
    /// `null` members are unset.
    pub fn from_json(json: &Json) -> Result<Self, RuleSetError> {
        let object = json
            .as_object()
            .ok_or_else(|| RuleSetError::new("endpoint parameters must be a JSON object"))?;
        let values = object
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), Value::from_json(v)?)))
            .collect();
        Ok(Self { values })
    }
}

/// Where the rules send a request: the URL, and the endpoint's properties (such as
/// `authSchemes`) and headers when the rule declares them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedEndpoint {
    url: String,
    properties: BTreeMap<String, Value>,
    headers: BTreeMap<String, Vec<String>>,
}

impl ResolvedEndpoint {
    /// The endpoint URL (`https://api.ecr.us-east-1.amazonaws.com`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The endpoint's properties (empty when the rule declares none).
    pub fn properties(&self) -> &BTreeMap<String, Value> {
        &self.properties
    }

    /// The headers to send to this endpoint (empty when the rule declares none).
    pub fn headers(&self) -> &BTreeMap<String, Vec<String>> {
        &self.headers
    }
}

/// A rule set (or partition table) that cannot be used: not JSON, not the rules language, a
/// function this engine does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleSetError {
    message: String,
}

impl RuleSetError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// What is wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for RuleSetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid endpoint rule set: {}", self.message)
    }
}

impl std::error::Error for RuleSetError {}

/// Why a resolution gave no endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndpointErrorKind {
    /// An `error` rule matched; the message is the rule's.
    Rule,
    /// A required parameter is unset, or a parameter has the wrong type.
    Parameter,
    /// No rule matched, or the rules did something the language forbids (a template that
    /// references an unset value, a URL that is not a string).
    Evaluation,
}

/// An endpoint resolution that gave no endpoint: an `error` rule's message
/// ("Invalid Configuration: Missing Region"), or a problem with the parameters or the rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointError {
    kind: EndpointErrorKind,
    message: String,
}

impl EndpointError {
    fn new(kind: EndpointErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    fn eval(message: impl Into<String>) -> Self {
        Self::new(EndpointErrorKind::Evaluation, message)
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> EndpointErrorKind {
        self.kind
    }

    /// The message: for an `error` rule, exactly the rule's text.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EndpointError {}

// ---------------------------------------------------------------------------------------------
// The parsed rule set

/// The type of a rule set parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParameterType {
    /// `"string"`.
    String,
    /// `"boolean"`.
    Boolean,
    /// `"stringArray"`.
    StringArray,
}

/// A parameter a rule set declares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    name: String,
    ty: ParameterType,
    required: bool,
    default: Option<Value>,
    built_in: Option<String>,
    documentation: Option<String>,
}

impl Parameter {
    /// The parameter's name (`Region`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its type.
    pub fn parameter_type(&self) -> ParameterType {
        self.ty
    }

    /// Whether it must have a value (given, or its default).
    pub fn is_required(&self) -> bool {
        self.required
    }

    /// The value it takes when it is not given.
    pub fn default_value(&self) -> Option<&Value> {
        self.default.as_ref()
    }

    /// The SDK setting it comes from (`AWS::Region`, `AWS::UseFIPS`, `SDK::Endpoint`), if any.
    pub fn built_in(&self) -> Option<&str> {
        self.built_in.as_deref()
    }

    /// Its documentation.
    pub fn documentation(&self) -> Option<&str> {
        self.documentation.as_deref()
    }
}

/// A parsed endpoint rule set, ready to [`resolve`](RuleSet::resolve) endpoints. Parse it once
/// and keep it: resolution does not re-parse anything.
#[derive(Clone, Debug)]
pub struct RuleSet {
    version: String,
    parameters: Vec<Parameter>,
    rules: Vec<Rule>,
    partitions: Option<Arc<Partitions>>,
}

#[derive(Clone, Debug)]
struct Rule {
    conditions: Vec<Condition>,
    kind: RuleKind,
}

#[derive(Clone, Debug)]
enum RuleKind {
    Endpoint(EndpointTemplate),
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Clone, Debug)]
struct EndpointTemplate {
    url: Expr,
    properties: Vec<(String, Expr)>,
    headers: Vec<(String, Vec<Expr>)>,
}

#[derive(Clone, Debug)]
struct Condition {
    call: Call,
    assign: Option<String>,
}

#[derive(Clone, Debug)]
enum Expr {
    Bool(bool),
    Int(i64),
    Template(Vec<Part>),
    Array(Vec<Expr>),
    Record(Vec<(String, Expr)>),
    Ref(String),
    Call(Box<Call>),
}

#[derive(Clone, Debug)]
enum Part {
    Literal(String),
    Ref(String),
    Attr(String, Vec<PathStep>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum PathStep {
    Key(String),
    Index(usize),
}

#[derive(Clone, Debug)]
enum Call {
    GetAttr(Expr, Vec<PathStep>),
    Fn(Function, Vec<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Function {
    IsSet,
    Not,
    BooleanEquals,
    StringEquals,
    ParseUrl,
    IsValidHostLabel,
    Substring,
    UriEncode,
    Split,
    Coalesce,
    Ite,
    Partition,
    ParseArn,
    IsVirtualHostableS3Bucket,
}

impl Function {
    fn by_name(name: &str) -> Option<(Function, usize, Option<usize>)> {
        // (function, minimum arity, maximum arity; None = any)
        Some(match name {
            "isSet" => (Function::IsSet, 1, Some(1)),
            "not" => (Function::Not, 1, Some(1)),
            "booleanEquals" => (Function::BooleanEquals, 2, Some(2)),
            "stringEquals" => (Function::StringEquals, 2, Some(2)),
            "parseURL" => (Function::ParseUrl, 1, Some(1)),
            "isValidHostLabel" => (Function::IsValidHostLabel, 2, Some(2)),
            "substring" => (Function::Substring, 4, Some(4)),
            "uriEncode" => (Function::UriEncode, 1, Some(1)),
            "split" => (Function::Split, 3, Some(3)),
            "coalesce" => (Function::Coalesce, 1, None),
            "ite" => (Function::Ite, 3, Some(3)),
            "aws.partition" => (Function::Partition, 1, Some(1)),
            "aws.parseArn" => (Function::ParseArn, 1, Some(1)),
            "aws.isVirtualHostableS3Bucket" => (Function::IsVirtualHostableS3Bucket, 2, Some(2)),
            _ => return None,
        })
    }
}

impl RuleSet {
    /// Parses a rule set (the text of an `endpoint-rule-set-1.json`). Everything is checked
    /// here: the rule shapes, the functions and their arity, template strings, `getAttr` paths.
    pub fn from_json(json: &str) -> Result<RuleSet, RuleSetError> {
        let doc: Json =
            serde_json::from_str(json).map_err(|e| RuleSetError::new(format!("not JSON: {e}")))?;
        let object = doc
            .as_object()
            .ok_or_else(|| RuleSetError::new("a rule set must be a JSON object"))?;
        let version = match object.get("version") {
            Some(Json::String(v)) => v.clone(),
            None => String::new(),
            Some(_) => return Err(RuleSetError::new("`version` must be a string")),
        };
        let mut parameters = Vec::new();
        if let Some(params) = object.get("parameters") {
            let params = params
                .as_object()
                .ok_or_else(|| RuleSetError::new("`parameters` must be an object"))?;
            for (name, p) in params {
                parameters.push(parse_parameter(name, p)?);
            }
        }
        let rules = parse_rules(
            object
                .get("rules")
                .ok_or_else(|| RuleSetError::new("no `rules`"))?,
            0,
        )?;
        Ok(RuleSet {
            version,
            parameters,
            rules,
            partitions: None,
        })
    }

    /// Uses `partitions` for `aws.partition` instead of the vendored table.
    pub fn with_partitions(mut self, partitions: Partitions) -> Self {
        self.partitions = Some(Arc::new(partitions));
        self
    }

    /// The rule set's `version` (`"1.0"`).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The parameters it declares, in declaration order.
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }

    /// Evaluates the rules for `params`: the endpoint of the first rule that matches, or the
    /// error it leads to. Parameters the rule set does not declare are ignored; a declared
    /// parameter that is not given takes its default.
    pub fn resolve(&self, params: &EndpointParams) -> Result<ResolvedEndpoint, EndpointError> {
        let mut scope = Scope::default();
        for p in &self.parameters {
            let value = params.get(&p.name).cloned().or_else(|| p.default.clone());
            match &value {
                None if p.required => {
                    return Err(EndpointError::new(
                        EndpointErrorKind::Parameter,
                        format!("missing required endpoint parameter `{}`", p.name),
                    ));
                }
                Some(v) if !type_matches(p.ty, v) => {
                    return Err(EndpointError::new(
                        EndpointErrorKind::Parameter,
                        format!(
                            "endpoint parameter `{}` must be a {}, not a {}",
                            p.name,
                            match p.ty {
                                ParameterType::String => "string",
                                ParameterType::Boolean => "boolean",
                                ParameterType::StringArray => "string array",
                            },
                            v.type_name()
                        ),
                    ));
                }
                _ => {}
            }
            if let Some(v) = value {
                scope.vars.push((p.name.clone(), v));
            }
        }
        let partitions = match &self.partitions {
            Some(p) => p.as_ref(),
            None => Partitions::aws().map_err(|e| EndpointError::eval(e.to_string()))?,
        };
        let eval = Eval { partitions };
        match eval.rules(&self.rules, &mut scope)? {
            Some(endpoint) => Ok(endpoint),
            None => Err(EndpointError::eval(
                "no endpoint rule matched these parameters",
            )),
        }
    }
}

fn type_matches(ty: ParameterType, v: &Value) -> bool {
    match (ty, v) {
        (ParameterType::String, Value::String(_)) | (ParameterType::Boolean, Value::Bool(_)) => {
            true
        }
        (ParameterType::StringArray, Value::Array(items)) => {
            items.iter().all(|i| matches!(i, Value::String(_)))
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing

fn parse_parameter(name: &str, p: &Json) -> Result<Parameter, RuleSetError> {
    let err = |what: &str| RuleSetError::new(format!("parameter `{name}`: {what}"));
    let p = p.as_object().ok_or_else(|| err("must be an object"))?;
    let ty = match p.get("type").and_then(Json::as_str) {
        Some(t) if t.eq_ignore_ascii_case("string") => ParameterType::String,
        Some(t) if t.eq_ignore_ascii_case("boolean") => ParameterType::Boolean,
        Some(t) if t.eq_ignore_ascii_case("stringArray") => ParameterType::StringArray,
        Some(t) => return Err(err(&format!("unknown type `{t}`"))),
        None => return Err(err("no `type`")),
    };
    let flag = |key: &str| -> Result<bool, RuleSetError> {
        match p.get(key) {
            None => Ok(false),
            Some(Json::Bool(b)) => Ok(*b),
            Some(_) => Err(err(&format!("`{key}` must be a boolean"))),
        }
    };
    let text = |key: &str| -> Result<Option<String>, RuleSetError> {
        match p.get(key) {
            None => Ok(None),
            Some(Json::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(err(&format!("`{key}` must be a string"))),
        }
    };
    let default = p.get("default").and_then(Value::from_json);
    if let Some(d) = &default
        && !type_matches(ty, d)
    {
        return Err(err("its default does not have its type"));
    }
    Ok(Parameter {
        name: name.to_owned(),
        ty,
        required: flag("required")?,
        default,
        built_in: text("builtIn")?,
        documentation: text("documentation")?,
    })
}

fn parse_rules(json: &Json, depth: usize) -> Result<Vec<Rule>, RuleSetError> {
    if depth > MAX_DEPTH {
        return Err(RuleSetError::new("rules nest too deeply"));
    }
    json.as_array()
        .ok_or_else(|| RuleSetError::new("`rules` must be an array"))?
        .iter()
        .map(|r| parse_rule(r, depth))
        .collect()
}

fn parse_rule(json: &Json, depth: usize) -> Result<Rule, RuleSetError> {
    let rule = json
        .as_object()
        .ok_or_else(|| RuleSetError::new("a rule must be an object"))?;
    let conditions = match rule.get("conditions") {
        None => Vec::new(),
        Some(Json::Array(cs)) => cs
            .iter()
            .map(|c| parse_condition(c, depth))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(RuleSetError::new("`conditions` must be an array")),
    };
    let ty = rule
        .get("type")
        .and_then(Json::as_str)
        .ok_or_else(|| RuleSetError::new("a rule needs a string `type`"))?;
    let field = |key: &str| {
        rule.get(key)
            .ok_or_else(|| RuleSetError::new(format!("a rule of type `{ty}` needs `{key}`")))
    };
    let kind = match ty {
        "endpoint" => RuleKind::Endpoint(parse_endpoint(field("endpoint")?, depth)?),
        "error" => RuleKind::Error(parse_expr(field("error")?, depth + 1)?),
        "tree" => RuleKind::Tree(parse_rules(field("rules")?, depth + 1)?),
        other => return Err(RuleSetError::new(format!("unknown rule type `{other}`"))),
    };
    Ok(Rule { conditions, kind })
}

fn parse_endpoint(json: &Json, depth: usize) -> Result<EndpointTemplate, RuleSetError> {
    let e = json
        .as_object()
        .ok_or_else(|| RuleSetError::new("`endpoint` must be an object"))?;
    let url = parse_expr(
        e.get("url")
            .ok_or_else(|| RuleSetError::new("an endpoint needs a `url`"))?,
        depth + 1,
    )?;
    let mut properties = Vec::new();
    if let Some(props) = e.get("properties") {
        let props = props
            .as_object()
            .ok_or_else(|| RuleSetError::new("endpoint `properties` must be an object"))?;
        for (k, v) in props {
            properties.push((k.clone(), parse_expr(v, depth + 1)?));
        }
    }
    let mut headers = Vec::new();
    if let Some(hs) = e.get("headers") {
        let hs = hs
            .as_object()
            .ok_or_else(|| RuleSetError::new("endpoint `headers` must be an object"))?;
        for (k, v) in hs {
            let values = v
                .as_array()
                .ok_or_else(|| RuleSetError::new(format!("header `{k}` must be an array")))?
                .iter()
                .map(|v| parse_expr(v, depth + 1))
                .collect::<Result<_, _>>()?;
            headers.push((k.clone(), values));
        }
    }
    Ok(EndpointTemplate {
        url,
        properties,
        headers,
    })
}

fn parse_condition(json: &Json, depth: usize) -> Result<Condition, RuleSetError> {
    let object = json
        .as_object()
        .ok_or_else(|| RuleSetError::new("a condition must be an object"))?;
    if !object.contains_key("fn") {
        return Err(RuleSetError::new("a condition must call a function (`fn`)"));
    }
    let call = parse_call(object, depth + 1)?;
    let assign = match object.get("assign") {
        None => None,
        Some(Json::String(s)) => Some(s.clone()),
        Some(_) => return Err(RuleSetError::new("`assign` must be a string")),
    };
    Ok(Condition { call, assign })
}

fn parse_call(object: &serde_json::Map<String, Json>, depth: usize) -> Result<Call, RuleSetError> {
    let name = object
        .get("fn")
        .and_then(Json::as_str)
        .ok_or_else(|| RuleSetError::new("`fn` must be a string"))?;
    let argv = object
        .get("argv")
        .and_then(Json::as_array)
        .ok_or_else(|| RuleSetError::new(format!("`{name}` needs an `argv` array")))?;
    if name == "getAttr" {
        let [target, path] = argv.as_slice() else {
            return Err(RuleSetError::new("`getAttr` takes two arguments"));
        };
        let path = path
            .as_str()
            .ok_or_else(|| RuleSetError::new("the path of `getAttr` must be a literal string"))?;
        return Ok(Call::GetAttr(
            parse_expr(target, depth + 1)?,
            parse_path(path)?,
        ));
    }
    let (function, min, max) = Function::by_name(name)
        .ok_or_else(|| RuleSetError::new(format!("unknown function `{name}`")))?;
    if argv.len() < min || max.is_some_and(|max| argv.len() > max) {
        return Err(RuleSetError::new(format!(
            "`{name}` given {} arguments",
            argv.len()
        )));
    }
    let args = argv
        .iter()
        .map(|a| parse_expr(a, depth + 1))
        .collect::<Result<_, _>>()?;
    Ok(Call::Fn(function, args))
}

fn parse_expr(json: &Json, depth: usize) -> Result<Expr, RuleSetError> {
    if depth > MAX_DEPTH {
        return Err(RuleSetError::new("expressions nest too deeply"));
    }
    Ok(match json {
        Json::Bool(b) => Expr::Bool(*b),
        Json::Number(n) => Expr::Int(
            n.as_i64()
                .ok_or_else(|| RuleSetError::new(format!("`{n}` is not an integer")))?,
        ),
        Json::String(s) => Expr::Template(parse_template(s)?),
        Json::Array(items) => Expr::Array(
            items
                .iter()
                .map(|i| parse_expr(i, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Json::Object(object) => {
            if let Some(r) = object.get("ref") {
                Expr::Ref(
                    r.as_str()
                        .ok_or_else(|| RuleSetError::new("`ref` must be a string"))?
                        .to_owned(),
                )
            } else if object.contains_key("fn") {
                Expr::Call(Box::new(parse_call(object, depth + 1)?))
            } else {
                Expr::Record(
                    object
                        .iter()
                        .map(|(k, v)| Ok((k.clone(), parse_expr(v, depth + 1)?)))
                        .collect::<Result<_, RuleSetError>>()?,
                )
            }
        }
        Json::Null => return Err(RuleSetError::new("`null` is not a value")),
    })
}

/// Parses a template string: `{{` and `}}` are literal braces, `{Name}` a reference and
/// `{Name#path}` a `getAttr` on a reference.
fn parse_template(s: &str) -> Result<Vec<Part>, RuleSetError> {
    let mut parts = Vec::new();
    let mut literal = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '{' if chars.peek().is_some_and(|&(_, n)| n == '{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek().is_some_and(|&(_, n)| n == '}') => {
                chars.next();
                literal.push('}');
            }
            '{' => {
                let rest = &s[i + 1..];
                let end = rest
                    .find('}')
                    .ok_or_else(|| RuleSetError::new(format!("unclosed `{{` in template `{s}`")))?;
                let inner = &rest[..end];
                if inner.is_empty() || inner.contains('{') {
                    return Err(RuleSetError::new(format!("bad template `{s}`")));
                }
                if !literal.is_empty() {
                    parts.push(Part::Literal(std::mem::take(&mut literal)));
                }
                match inner.split_once('#') {
                    Some((name, path)) if !name.is_empty() => {
                        parts.push(Part::Attr(name.to_owned(), parse_path(path)?));
                    }
                    Some(_) => return Err(RuleSetError::new(format!("bad template `{s}`"))),
                    None => parts.push(Part::Ref(inner.to_owned())),
                }
                // Skip the reference and its closing brace.
                while chars.next_if(|&(j, _)| j <= i + 1 + end).is_some() {}
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() || parts.is_empty() {
        parts.push(Part::Literal(literal));
    }
    Ok(parts)
}

/// Parses a `getAttr` path: `name`, `a.b`, `a[0]`, `a.b[2].c`, `[0]`.
fn parse_path(path: &str) -> Result<Vec<PathStep>, RuleSetError> {
    let bad = || RuleSetError::new(format!("bad getAttr path `{path}`"));
    if path.is_empty() {
        return Err(bad());
    }
    let mut steps = Vec::new();
    for segment in path.split('.') {
        let (name, mut rest) = match segment.find('[') {
            Some(i) => segment.split_at(i),
            None => (segment, ""),
        };
        if !name.is_empty() {
            steps.push(PathStep::Key(name.to_owned()));
        } else if rest.is_empty() {
            return Err(bad());
        }
        while !rest.is_empty() {
            let inner = rest.strip_prefix('[').ok_or_else(bad)?;
            let close = inner.find(']').ok_or_else(bad)?;
            let index: usize = inner[..close].parse().map_err(|_| bad())?;
            steps.push(PathStep::Index(index));
            rest = &inner[close + 1..];
        }
    }
    Ok(steps)
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/// Variables in scope: parameters, then the `assign`ments of the conditions being evaluated.
#[derive(Default)]
struct Scope {
    vars: Vec<(String, Value)>,
}

impl Scope {
    fn get(&self, name: &str) -> Option<&Value> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }
}

struct Eval<'a> {
    partitions: &'a Partitions,
}

impl Eval<'_> {
    fn rules(
        &self,
        rules: &[Rule],
        scope: &mut Scope,
    ) -> Result<Option<ResolvedEndpoint>, EndpointError> {
        for rule in rules {
            let mark = scope.vars.len();
            let result = self.rule(rule, scope);
            scope.vars.truncate(mark);
            if let Some(endpoint) = result? {
                return Ok(Some(endpoint));
            }
        }
        Ok(None)
    }

    fn rule(
        &self,
        rule: &Rule,
        scope: &mut Scope,
    ) -> Result<Option<ResolvedEndpoint>, EndpointError> {
        for condition in &rule.conditions {
            let value = self.call(&condition.call, scope)?;
            let holds = match &value {
                None | Some(Value::Bool(false)) => false,
                Some(_) => true,
            };
            if !holds {
                return Ok(None);
            }
            if let (Some(name), Some(value)) = (&condition.assign, value) {
                scope.vars.push((name.clone(), value));
            }
        }
        match &rule.kind {
            RuleKind::Endpoint(e) => self.endpoint(e, scope).map(Some),
            RuleKind::Error(message) => {
                let message = match self.expr(message, scope)? {
                    Some(Value::String(s)) => s,
                    _ => {
                        return Err(EndpointError::eval(
                            "an error rule's message is not a string",
                        ));
                    }
                };
                Err(EndpointError::new(EndpointErrorKind::Rule, message))
            }
            RuleKind::Tree(rules) => match self.rules(rules, scope)? {
                Some(endpoint) => Ok(Some(endpoint)),
                None => Err(EndpointError::eval(
                    "no endpoint rule matched these parameters (a tree rule ran out of rules)",
                )),
            },
        }
    }

    fn endpoint(
        &self,
        e: &EndpointTemplate,
        scope: &Scope,
    ) -> Result<ResolvedEndpoint, EndpointError> {
        let url = match self.expr(&e.url, scope)? {
            Some(Value::String(s)) => s,
            _ => return Err(EndpointError::eval("an endpoint's URL is not a string")),
        };
        let mut properties = BTreeMap::new();
        for (k, v) in &e.properties {
            if let Some(v) = self.expr(v, scope)? {
                properties.insert(k.clone(), v);
            }
        }
        let mut headers = BTreeMap::new();
        for (k, values) in &e.headers {
            let mut out = Vec::new();
            for v in values {
                match self.expr(v, scope)? {
                    Some(Value::String(s)) => out.push(s),
                    _ => {
                        return Err(EndpointError::eval(format!(
                            "a value of header `{k}` is not a string"
                        )));
                    }
                }
            }
            headers.insert(k.clone(), out);
        }
        Ok(ResolvedEndpoint {
            url,
            properties,
            headers,
        })
    }

    fn expr(&self, expr: &Expr, scope: &Scope) -> Result<Option<Value>, EndpointError> {
        Ok(Some(match expr {
            Expr::Bool(b) => Value::Bool(*b),
            Expr::Int(i) => Value::Int(*i),
            Expr::Template(parts) => Value::String(template(parts, scope)?),
            Expr::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.extend(self.expr(i, scope)?);
                }
                Value::Array(out)
            }
            Expr::Record(members) => {
                let mut out = BTreeMap::new();
                for (k, v) in members {
                    if let Some(v) = self.expr(v, scope)? {
                        out.insert(k.clone(), v);
                    }
                }
                Value::Record(out)
            }
            Expr::Ref(name) => return Ok(scope.get(name).cloned()),
            Expr::Call(call) => return self.call(call, scope),
        }))
    }

    fn call(&self, call: &Call, scope: &Scope) -> Result<Option<Value>, EndpointError> {
        let (function, argv) = match call {
            Call::GetAttr(target, path) => {
                return Ok(self
                    .expr(target, scope)?
                    .and_then(|v| get_attr(&v, path).cloned()));
            }
            Call::Fn(function, argv) => (*function, argv),
        };
        // Functions whose arguments may be unset.
        match function {
            Function::IsSet => {
                let set = match argv.first() {
                    Some(a) => self.expr(a, scope)?.is_some(),
                    None => false,
                };
                return Ok(Some(Value::Bool(set)));
            }
            Function::Coalesce => {
                for a in argv {
                    if let Some(v) = self.expr(a, scope)? {
                        return Ok(Some(v));
                    }
                }
                return Ok(None);
            }
            Function::BooleanEquals | Function::StringEquals => {
                let [a, b] = argv.as_slice() else {
                    return Err(EndpointError::eval(format!(
                        "`{function:?}` takes two arguments"
                    )));
                };
                let (a, b) = (self.expr(a, scope)?, self.expr(b, scope)?);
                return Ok(Some(Value::Bool(a.is_some() && a == b)));
            }
            _ => {}
        }
        let mut args = Vec::with_capacity(argv.len());
        for a in argv {
            match self.expr(a, scope)? {
                Some(v) => args.push(v),
                // An unset argument makes the result unset: the condition does not hold.
                None => return Ok(None),
            }
        }
        let wrong = || {
            EndpointError::eval(format!(
                "`{function:?}` called with arguments of the wrong types: {}",
                args.iter()
                    .map(Value::type_name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        };
        Ok(match (function, args.as_slice()) {
            (Function::Not, [Value::Bool(b)]) => Some(Value::Bool(!b)),
            (Function::ParseUrl, [Value::String(s)]) => parse_url(s),
            (Function::IsValidHostLabel, [Value::String(s), Value::Bool(sub)]) => {
                Some(Value::Bool(is_valid_host_label(s, *sub)))
            }
            (
                Function::Substring,
                [
                    Value::String(s),
                    Value::Int(start),
                    Value::Int(stop),
                    Value::Bool(reverse),
                ],
            ) => substring(s, *start, *stop, *reverse).map(Value::String),
            (Function::UriEncode, [Value::String(s)]) => Some(Value::String(uri_encode(s))),
            (Function::Split, [Value::String(s), Value::String(d), Value::Int(limit)]) => {
                split(s, d, *limit)
            }
            (Function::Ite, [Value::Bool(c), a, b]) => Some(if *c { a.clone() } else { b.clone() }),
            (Function::Partition, [Value::String(region)]) => self.partitions.resolve(region),
            (Function::ParseArn, [Value::String(s)]) => parse_arn(s),
            (Function::IsVirtualHostableS3Bucket, [Value::String(s), Value::Bool(sub)]) => {
                Some(Value::Bool(is_virtual_hostable_s3_bucket(s, *sub)))
            }
            _ => return Err(wrong()),
        })
    }
}

fn template(parts: &[Part], scope: &Scope) -> Result<String, EndpointError> {
    let mut out = String::new();
    for part in parts {
        let value = match part {
            Part::Literal(s) => {
                out.push_str(s);
                continue;
            }
            Part::Ref(name) => scope.get(name),
            Part::Attr(name, path) => scope.get(name).and_then(|v| get_attr(v, path)),
        };
        match value {
            Some(Value::String(s)) => out.push_str(s),
            Some(Value::Bool(b)) => out.push_str(if *b { "true" } else { "false" }),
            Some(Value::Int(i)) => out.push_str(&i.to_string()),
            Some(other) => {
                return Err(EndpointError::eval(format!(
                    "a template cannot hold a {}",
                    other.type_name()
                )));
            }
            None => {
                let name = match part {
                    Part::Ref(n) | Part::Attr(n, _) => n.as_str(),
                    Part::Literal(_) => "",
                };
                return Err(EndpointError::eval(format!(
                    "a template references `{name}`, which is unset"
                )));
            }
        }
    }
    Ok(out)
}

fn get_attr<'v>(value: &'v Value, path: &[PathStep]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, step| match (v, step) {
        (Value::Record(members), PathStep::Key(k)) => members.get(k),
        (Value::Array(items), PathStep::Index(i)) => items.get(*i),
        _ => None,
    })
}

// ---------------------------------------------------------------------------------------------
// The standard library

/// `parseURL`: a record with `scheme`, `authority`, `path`, `normalizedPath` and `isIp`, or
/// nothing for a URL that is not `http(s)://authority[/path]` (a query or fragment included).
fn parse_url(url: &str) -> Option<Value> {
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    if rest.contains('?') || rest.contains('#') {
        return None;
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    if authority.is_empty() || authority.contains('@') || authority.chars().any(char::is_whitespace)
    {
        return None;
    }
    // The host, without a port; an IPv6 address keeps its brackets.
    let host = if authority.starts_with('[') {
        let close = authority.find(']')?;
        let after = &authority[close + 1..];
        if !(after.is_empty() || valid_port(after.strip_prefix(':')?)) {
            return None;
        }
        &authority[..=close]
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => {
                if !valid_port(port) {
                    return None;
                }
                host
            }
            None => authority,
        }
    };
    if host.is_empty() {
        return None;
    }
    let is_ip = host.parse::<std::net::Ipv4Addr>().is_ok()
        || host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .is_some_and(|h| h.parse::<std::net::Ipv6Addr>().is_ok());
    let mut normalized = String::with_capacity(path.len() + 2);
    if !path.starts_with('/') {
        normalized.push('/');
    }
    normalized.push_str(path);
    if !normalized.ends_with('/') {
        normalized.push('/');
    }
    let record = [
        ("scheme", Value::String(scheme.to_owned())),
        ("authority", Value::String(authority.to_owned())),
        ("path", Value::String(path.to_owned())),
        ("normalizedPath", Value::String(normalized)),
        ("isIp", Value::Bool(is_ip)),
    ];
    Some(Value::Record(
        record.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    ))
}

fn valid_port(port: &str) -> bool {
    !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit())
}

/// `isValidHostLabel`: an RFC 1123 label (1 to 63 letters, digits and dashes, not starting or
/// ending with a dash), or with `allow_subdomains` several joined by dots.
fn is_valid_host_label(value: &str, allow_subdomains: bool) -> bool {
    let label = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if allow_subdomains {
        value.split('.').all(label)
    } else {
        label(value)
    }
}

/// `aws.isVirtualHostableS3Bucket`: a valid host label (or labels), lower case, at least 3
/// characters, not an IPv4 address.
fn is_virtual_hostable_s3_bucket(value: &str, allow_subdomains: bool) -> bool {
    value.len() >= 3
        && !value.bytes().any(|b| b.is_ascii_uppercase())
        && value.parse::<std::net::Ipv4Addr>().is_err()
        && is_valid_host_label(value, allow_subdomains)
}

/// `substring`: the ASCII characters `start..stop` (counted from the end with `reverse`), or
/// nothing when out of range or when the input is not ASCII.
fn substring(s: &str, start: i64, stop: i64, reverse: bool) -> Option<String> {
    if !s.is_ascii() || start < 0 || start >= stop {
        return None;
    }
    let (start, stop) = (usize::try_from(start).ok()?, usize::try_from(stop).ok()?);
    if stop > s.len() {
        return None;
    }
    let (start, stop) = if reverse {
        (s.len() - stop, s.len() - start)
    } else {
        (start, stop)
    };
    s.get(start..stop).map(str::to_owned)
}

/// `uriEncode`: percent-encodes everything but the unreserved characters of RFC 3986.
fn uri_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `split`: the parts of `s` around `delimiter`, at most `limit` of them (0: no limit).
fn split(s: &str, delimiter: &str, limit: i64) -> Option<Value> {
    if delimiter.is_empty() || limit < 0 {
        return None;
    }
    let parts: Vec<String> = if limit == 0 {
        s.split(delimiter).map(str::to_owned).collect()
    } else {
        s.splitn(usize::try_from(limit).ok()?, delimiter)
            .map(str::to_owned)
            .collect()
    };
    Some(parts.into())
}

/// `aws.parseArn`: `arn:partition:service:region:account:resource` as a record with
/// `partition`, `service`, `region`, `accountId` and `resourceId` (the resource split on `:`
/// and `/`), or nothing when it is not an ARN.
fn parse_arn(s: &str) -> Option<Value> {
    let mut fields = s.splitn(6, ':');
    if fields.next()? != "arn" {
        return None;
    }
    let partition = fields.next()?;
    let service = fields.next()?;
    let region = fields.next()?;
    let account = fields.next()?;
    let resource = fields.next()?;
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    let resource_id: Vec<String> = resource.split([':', '/']).map(str::to_owned).collect();
    let record = [
        ("partition", Value::from(partition)),
        ("service", Value::from(service)),
        ("region", Value::from(region)),
        ("accountId", Value::from(account)),
        ("resourceId", Value::from(resource_id)),
    ];
    Some(Value::Record(
        record.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
    ))
}

// ---------------------------------------------------------------------------------------------
// Partitions

/// An AWS partition table (`partitions.json`), for the `aws.partition` function. Its region
/// regexes are compiled once, when the table is parsed.
#[derive(Clone, Debug)]
pub struct Partitions {
    partitions: Vec<Partition>,
}

#[derive(Clone, Debug)]
struct Partition {
    id: String,
    region_regex: regress::Regex,
    outputs: BTreeMap<String, Value>,
    /// Region name → the outputs it overrides.
    regions: HashMap<String, BTreeMap<String, Value>>,
}

impl Partitions {
    /// Parses a partition table (`{"partitions": [{"id", "regionRegex", "regions",
    /// "outputs"}]}`).
    pub fn from_json(json: &str) -> Result<Partitions, RuleSetError> {
        let doc: Json = serde_json::from_str(json)
            .map_err(|e| RuleSetError::new(format!("partitions: not JSON: {e}")))?;
        let list = doc
            .get("partitions")
            .and_then(Json::as_array)
            .ok_or_else(|| RuleSetError::new("partitions: no `partitions` array"))?;
        let mut partitions = Vec::with_capacity(list.len());
        for p in list {
            let id = p
                .get("id")
                .and_then(Json::as_str)
                .ok_or_else(|| RuleSetError::new("partitions: a partition has no `id`"))?;
            let err = |what: &str| RuleSetError::new(format!("partition `{id}`: {what}"));
            let source = p
                .get("regionRegex")
                .and_then(Json::as_str)
                .ok_or_else(|| err("no `regionRegex`"))?;
            let region_regex =
                regress::Regex::new(source).map_err(|e| err(&format!("bad `regionRegex`: {e}")))?;
            let outputs = match p.get("outputs").and_then(Value::from_json) {
                Some(Value::Record(r)) => r,
                _ => return Err(err("`outputs` must be an object")),
            };
            let mut regions = HashMap::new();
            if let Some(rs) = p.get("regions") {
                let rs = rs
                    .as_object()
                    .ok_or_else(|| err("`regions` must be an object"))?;
                for (name, r) in rs {
                    let mut overrides = match Value::from_json(r) {
                        Some(Value::Record(o)) => o,
                        _ => BTreeMap::new(),
                    };
                    overrides.remove("description");
                    regions.insert(name.clone(), overrides);
                }
            }
            partitions.push(Partition {
                id: id.to_owned(),
                region_regex,
                outputs,
                regions,
            });
        }
        Ok(Partitions { partitions })
    }

    /// The vendored AWS partition table (botocore's `partitions.json`), parsed on first use.
    pub fn aws() -> Result<&'static Partitions, RuleSetError> {
        static PARTITIONS: OnceLock<Result<Partitions, RuleSetError>> = OnceLock::new();
        PARTITIONS
            .get_or_init(|| Partitions::from_json(PARTITIONS_JSON))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The partition of `region`, as `aws.partition` gives it: a record of the partition's
    /// outputs (`name`, `dnsSuffix`, `dualStackDnsSuffix`, `supportsFIPS`, `supportsDualStack`,
    /// `implicitGlobalRegion`), with the region's own overrides. A region listed by name wins,
    /// then the first partition whose `regionRegex` matches, then the `aws` partition.
    pub fn resolve(&self, region: &str) -> Option<Value> {
        for p in &self.partitions {
            if let Some(overrides) = p.regions.get(region) {
                let mut outputs = p.outputs.clone();
                outputs.extend(overrides.iter().map(|(k, v)| (k.clone(), v.clone())));
                return Some(Value::Record(outputs));
            }
        }
        self.partitions
            .iter()
            .find(|p| p.region_regex.find(region).is_some())
            .or_else(|| self.partitions.iter().find(|p| p.id == "aws"))
            .map(|p| Value::Record(p.outputs.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(members: &[(&str, Value)]) -> Value {
        Value::Record(
            members
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    fn scope(vars: &[(&str, Value)]) -> Scope {
        Scope {
            vars: vars
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        }
    }

    fn partition(region: &str) -> BTreeMap<String, Value> {
        match Partitions::aws().unwrap().resolve(region) {
            Some(Value::Record(r)) => r,
            other => panic!("{region}: {other:?}"),
        }
    }

    fn text(v: Option<&Value>) -> &str {
        v.and_then(Value::as_str).unwrap_or("<none>")
    }

    #[test]
    fn template_strings() {
        let s = scope(&[
            ("Region", Value::from("us-east-1")),
            (
                "P",
                record(&[
                    ("dnsSuffix", Value::from("amazonaws.com")),
                    (
                        "nested",
                        record(&[("list", Value::from(vec!["a".to_owned(), "b".to_owned()]))]),
                    ),
                ]),
            ),
        ]);
        let eval = |t: &str| template(&parse_template(t).unwrap(), &s);
        assert_eq!(
            eval("https://api.ecr.{Region}.{P#dnsSuffix}").unwrap(),
            "https://api.ecr.us-east-1.amazonaws.com"
        );
        assert_eq!(eval("{P#nested.list[1]}-{Region}").unwrap(), "b-us-east-1");
        assert_eq!(
            eval("{{literal}} {Region}}}").unwrap(),
            "{literal} us-east-1}"
        );
        assert_eq!(eval("no references").unwrap(), "no references");
        assert_eq!(eval("").unwrap(), "");
        assert!(eval("{Missing}").unwrap_err().message().contains("Missing"));
        assert!(eval("{P#nope}").is_err());
        assert!(eval("{P}").is_err(), "a record is not text");
        for bad in ["{Region", "{}", "{#a}", "{P#}", "{P#a[x]}"] {
            assert!(parse_template(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn get_attr_paths() {
        assert_eq!(
            parse_path("a.b[0]").unwrap(),
            vec![
                PathStep::Key("a".into()),
                PathStep::Key("b".into()),
                PathStep::Index(0)
            ]
        );
        assert_eq!(
            parse_path("[2][1]").unwrap(),
            vec![PathStep::Index(2), PathStep::Index(1)]
        );
        for bad in ["", "a..b", "a[", "a[-1]", "a[1]x", "."] {
            assert!(parse_path(bad).is_err(), "{bad}");
        }
        let v = record(&[(
            "a",
            record(&[("b", Value::from(vec!["x".to_owned(), "y".to_owned()]))]),
        )]);
        let get = |p: &str| get_attr(&v, &parse_path(p).unwrap()).cloned();
        assert_eq!(get("a.b[1]"), Some(Value::from("y")));
        assert_eq!(get("a.b[2]"), None);
        assert_eq!(get("a.c"), None);
        assert_eq!(get("a[0]"), None, "indexing a record");
        assert_eq!(get("a.b.c"), None, "a key of an array");
    }

    #[test]
    fn parse_url_records() {
        let url = |u: &str| match parse_url(u) {
            Some(Value::Record(r)) => Some(r),
            _ => None,
        };
        let r = url("https://example.com").unwrap();
        assert_eq!(text(r.get("scheme")), "https");
        assert_eq!(text(r.get("authority")), "example.com");
        assert_eq!(text(r.get("path")), "");
        assert_eq!(text(r.get("normalizedPath")), "/");
        assert_eq!(r.get("isIp"), Some(&Value::Bool(false)));
        let r = url("http://127.0.0.1:8000/foo/bar").unwrap();
        assert_eq!(text(r.get("authority")), "127.0.0.1:8000");
        assert_eq!(text(r.get("path")), "/foo/bar");
        assert_eq!(text(r.get("normalizedPath")), "/foo/bar/");
        assert_eq!(r.get("isIp"), Some(&Value::Bool(true)));
        let r = url("https://[fe80::1]:443/").unwrap();
        assert_eq!(text(r.get("authority")), "[fe80::1]:443");
        assert_eq!(text(r.get("normalizedPath")), "/");
        assert_eq!(r.get("isIp"), Some(&Value::Bool(true)));
        for bad in [
            "example.com",
            "ftp://example.com",
            "https://",
            "https://example.com?x=1",
            "https://example.com/#frag",
            "https://example.com:port",
            "https://:80",
        ] {
            assert!(url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn host_labels() {
        assert!(is_valid_host_label("us-east-1", false));
        assert!(is_valid_host_label("a", false));
        assert!(is_valid_host_label(&"a".repeat(63), false));
        assert!(!is_valid_host_label(&"a".repeat(64), false));
        assert!(!is_valid_host_label("", false));
        assert!(!is_valid_host_label("-a", false));
        assert!(!is_valid_host_label("a-", false));
        assert!(!is_valid_host_label("a.b", false));
        assert!(is_valid_host_label("a.b", true));
        assert!(!is_valid_host_label("a..b", true));
        assert!(!is_valid_host_label("a_b", true));
        assert!(is_virtual_hostable_s3_bucket("my-bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("My-bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("ab", false));
        assert!(!is_virtual_hostable_s3_bucket("192.168.0.1", true));
    }

    #[test]
    fn partitions_by_name_regex_and_fallback() {
        let cn = partition("cn-north-1");
        assert_eq!(text(cn.get("name")), "aws-cn");
        assert_eq!(text(cn.get("dnsSuffix")), "amazonaws.com.cn");
        assert_eq!(
            text(cn.get("dualStackDnsSuffix")),
            "api.amazonwebservices.com.cn"
        );
        assert_eq!(text(partition("us-gov-west-1").get("name")), "aws-us-gov");
        let isob = partition("us-isob-east-1");
        assert_eq!(text(isob.get("name")), "aws-iso-b");
        assert_eq!(text(isob.get("dnsSuffix")), "sc2s.sgov.gov");
        assert_eq!(isob.get("supportsFIPS"), Some(&Value::Bool(true)));
        let eusc = partition("eusc-de-east-1");
        assert_eq!(text(eusc.get("name")), "aws-eusc");
        assert_eq!(text(eusc.get("dnsSuffix")), "amazonaws.eu");
        // Not listed by name: matched by the regexes.
        assert_eq!(text(partition("eusc-de-west-9").get("name")), "aws-eusc");
        assert_eq!(text(partition("us-isof-north-7").get("name")), "aws-iso-f");
        assert_eq!(text(partition("cn-south-3").get("name")), "aws-cn");
        let aws = partition("mx-central-9");
        assert_eq!(text(aws.get("name")), "aws");
        assert_eq!(text(aws.get("implicitGlobalRegion")), "us-east-1");
        // Matched by no regex: the `aws` partition.
        assert_eq!(text(partition("moon-base-1").get("name")), "aws");
        assert_eq!(text(partition("").get("dnsSuffix")), "amazonaws.com");
        // A global pseudo-region is listed by name in its partition.
        assert_eq!(text(partition("aws-iso-global").get("name")), "aws-iso");
    }

    #[test]
    fn region_overrides_win() {
        let table = r#"{"partitions": [{"id": "aws", "regionRegex": "^us\\-\\w+\\-\\d+$",
            "regions": {"us-odd-1": {"description": "x", "supportsFIPS": false}},
            "outputs": {"name": "aws", "supportsFIPS": true}}]}"#;
        let p = Partitions::from_json(table).unwrap();
        let get = |r: &str| match p.resolve(r) {
            Some(Value::Record(r)) => r.get("supportsFIPS").cloned(),
            _ => None,
        };
        assert_eq!(get("us-odd-1"), Some(Value::Bool(false)));
        assert_eq!(get("us-east-1"), Some(Value::Bool(true)));
        assert!(
            Partitions::from_json(
                r#"{"partitions": [{"id": "x", "regionRegex": "(", "outputs": {}}]}"#
            )
            .is_err()
        );
        assert!(Partitions::from_json("[]").is_err());
    }

    #[test]
    fn small_functions() {
        assert_eq!(substring("abcdef", 0, 4, false).as_deref(), Some("abcd"));
        assert_eq!(substring("abcdef", 0, 2, true).as_deref(), Some("ef"));
        assert_eq!(substring("abc", 0, 4, false), None);
        assert_eq!(substring("abc", 2, 2, false), None);
        assert_eq!(substring("ab\u{e9}cd", 0, 2, false), None);
        assert_eq!(uri_encode("a b/c~d"), "a%20b%2Fc~d");
        assert_eq!(
            split("a--b--c", "--", 2),
            Some(Value::from(vec!["a".to_owned(), "b--c".to_owned()]))
        );
        let arn = match parse_arn("arn:aws:s3:us-west-2:123456789012:accesspoint/x:y") {
            Some(Value::Record(r)) => r,
            other => panic!("{other:?}"),
        };
        assert_eq!(text(arn.get("service")), "s3");
        assert_eq!(text(arn.get("accountId")), "123456789012");
        assert_eq!(
            arn.get("resourceId"),
            Some(&Value::from(vec![
                "accesspoint".to_owned(),
                "x".to_owned(),
                "y".to_owned()
            ]))
        );
        assert_eq!(parse_arn("arn:aws:s3:::"), None);
        assert_eq!(parse_arn("not:an:arn:a:b:c"), None);
    }

    const SMALL: &str = r#"{
        "version": "1.0",
        "parameters": {
            "Region": {"type": "String", "required": true},
            "Flag": {"type": "Boolean", "default": false, "required": true},
            "Endpoint": {"type": "String"}
        },
        "rules": [
            {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]},
                            {"fn": "parseURL", "argv": [{"ref": "Endpoint"}], "assign": "U"}],
             "endpoint": {"url": "{U#scheme}://{U#authority}{U#normalizedPath}x",
                          "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}]},
                          "headers": {"x-h": ["{Region}"]}},
             "type": "endpoint"},
            {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "Flag"}, true]},
                            {"fn": "stringEquals", "argv": ["a", "a"], "assign": "Inner"}],
             "type": "tree",
             "rules": [{"conditions": [{"fn": "not", "argv": [{"fn": "isSet", "argv": [{"ref": "Inner"}]}]}],
                        "error": "unreachable", "type": "error"}]},
            {"conditions": [{"fn": "isSet", "argv": [{"ref": "U"}]}],
             "error": "assignments leaked", "type": "error"},
            {"conditions": [], "error": "fallback {Region}", "type": "error"}
        ]
    }"#;

    #[test]
    fn rules_scopes_properties_and_errors() {
        let rules = RuleSet::from_json(SMALL).unwrap();
        assert_eq!(rules.version(), "1.0");
        assert_eq!(rules.parameters().len(), 3);
        let base = EndpointParams::new().region("r1");
        let e = rules
            .resolve(&base.clone().endpoint("https://h:1/p"))
            .unwrap();
        assert_eq!(e.url(), "https://h:1/p/x");
        assert_eq!(e.headers().get("x-h"), Some(&vec!["r1".to_owned()]));
        let schemes = e.properties().get("authSchemes").unwrap();
        assert_eq!(
            text(get_attr(schemes, &parse_path("[0].signingRegion").unwrap())),
            "r1"
        );
        // An unparseable URL: the condition fails, and `U` does not leak to the next rules.
        let err = rules.resolve(&base.clone().endpoint("nope")).unwrap_err();
        assert_eq!(err.kind(), EndpointErrorKind::Rule);
        assert_eq!(err.message(), "fallback r1");
        // A tree whose rules all fail is an error, not a fall-through.
        let err = rules.resolve(&base.clone().set("Flag", true)).unwrap_err();
        assert_eq!(err.kind(), EndpointErrorKind::Evaluation);
        let err = rules.resolve(&EndpointParams::new()).unwrap_err();
        assert_eq!(err.kind(), EndpointErrorKind::Parameter);
        let err = rules.resolve(&base.set("Flag", "yes")).unwrap_err();
        assert_eq!(err.kind(), EndpointErrorKind::Parameter);
    }

    #[test]
    fn odd_rule_sets_are_refused() {
        for bad in [
            "",
            "[]",
            r#"{"parameters": {}}"#,
            r#"{"rules": {}}"#,
            r#"{"rules": [{"conditions": [], "type": "bogus"}]}"#,
            r#"{"rules": [{"conditions": [], "type": "endpoint"}]}"#,
            r#"{"rules": [{"conditions": [{"fn": "nope", "argv": []}], "error": "x", "type": "error"}]}"#,
            r#"{"rules": [{"conditions": [{"fn": "isSet", "argv": []}], "error": "x", "type": "error"}]}"#,
            r#"{"rules": [{"conditions": [{"fn": "getAttr", "argv": [{"ref": "a"}, {"ref": "b"}]}], "error": "x", "type": "error"}]}"#,
            r#"{"rules": [{"conditions": [], "error": "{unclosed", "type": "error"}]}"#,
            r#"{"parameters": {"A": {"type": "float"}}, "rules": []}"#,
            r#"{"parameters": {"A": {"type": "string", "default": true}}, "rules": []}"#,
        ] {
            assert!(RuleSet::from_json(bad).is_err(), "{bad}");
        }
        let deep = format!(
            r#"{{"rules": [{}{}]}}"#,
            r#"{"conditions": [], "type": "tree", "rules": ["#.repeat(100),
            "]}".repeat(100)
        );
        assert!(RuleSet::from_json(&deep).is_err());
        // Well-formed but ill-typed: an error at resolution, not a panic.
        let rules = RuleSet::from_json(
            r#"{"rules": [{"conditions": [{"fn": "not", "argv": ["text"]}], "error": "x", "type": "error"},
                          {"conditions": [], "endpoint": {"url": true}, "type": "endpoint"}]}"#,
        )
        .unwrap();
        assert!(rules.resolve(&EndpointParams::new()).is_err());
        let empty = RuleSet::from_json(r#"{"rules": []}"#).unwrap();
        assert!(empty.resolve(&EndpointParams::new()).is_err());
    }
}
