//! The vendored ECR model (`ecr/model/service-2.json`, with `paginators-1.json` and
//! `waiters-2.json` next to it) as data, and a deterministic generator of model-valid values.
//!
//! [`Model::sample`] builds a value of any shape with every member present, recursively, that
//! satisfies every constraint of the model: lengths, ranges, enums and patterns (from a table of
//! hand-picked strings, [`PATTERN_SAMPLES`], keyed by the exact pattern text).
//! [`Model::sample_with_unknowns`] adds what a newer service would send: an unknown member in
//! every structure and unknown enum values. [`Model::validate`] checks a JSON value against a
//! shape, as a strict service would.
//!
//! ```no_run
//! let model = tests::model::Model::shared();
//! let output = model.output_shape("ListImages").expect("an output");
//! let value = model.sample(output);
//! assert!(model.validate(output, &value).is_empty());
//! ```

use base64::Engine as _;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The member every structure gets from [`Model::sample_with_unknowns`].
pub const UNKNOWN_MEMBER: &str = "someFutureMember";

/// The enum value [`Model::sample_with_unknowns`] puts in place of every modelled one.
pub const UNKNOWN_ENUM_VALUE: &str = "FUTURE_VALUE";

/// The timestamp of every sample: epoch seconds with a fraction, as awsJson sends them.
pub const SAMPLE_TIMESTAMP: f64 = 1_700_000_000.5;

/// The bytes of every sample blob (sent as standard padded base64: `YmxvYg==`).
pub const SAMPLE_BLOB: &[u8] = b"blob";

/// A sample string for every `pattern` of the model, keyed by the exact pattern text. Each
/// matches its pattern and fits the length bounds of every shape that uses the pattern (the
/// unit tests check both, and that every pattern of the model has an entry).
pub const PATTERN_SAMPLES: &[(&str, &str)] = &[
    // Base64
    (r"^\S+$", "c2FtcGxlLWRhdGE="),
    // CredentialArn (50..=612)
    (
        r"^arn:aws(-\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\-pullthroughcache\/[a-zA-Z0-9\/_+=.@-]+$",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub",
    ),
    // ImageTagMutabilityExclusionFilterValue (1..=128)
    (r"^[0-9a-zA-Z._*-]{1,128}$", "release-*"),
    // KmsKeyForRepositoryCreationTemplate (0..=2048)
    (
        r"^$|arn:aws[a-z0-9-]*:kms:[a-z0-9-]+:[0-9]{12}:key\/[a-z0-9-]+",
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    ),
    // LayerDigest
    (
        r"[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+",
        "sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f",
    ),
    // Prefix (1..=256), PullThroughCacheRuleRepositoryPrefix (2..=30)
    (
        r"^([a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?|ROOT)$",
        "ecr-public/team",
    ),
    // PrincipalArn (..=200)
    (
        r"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/[\w+=,.@-]+(/[\w+=,.@-]+)*$",
        "arn:aws:iam::123456789012:role/ecr-puller",
    ),
    // Region (2..=25)
    (r"[0-9a-z-]{2,25}", "us-east-1"),
    // RegistryId
    (r"[0-9]{12}", "123456789012"),
    // ReplicationBackfillId, UploadId
    (
        r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    ),
    // RepositoryFilterValue (2..=256)
    (
        r"^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$",
        "prod/app",
    ),
    // RepositoryName (2..=256)
    (
        r"[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*",
        "sample/app",
    ),
    // ScanningRepositoryFilterValue (1..=255)
    (r"^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$", "prod*"),
    // SigningProfileArn (..=200)
    (
        r"^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\/signing-profiles\/[a-zA-Z0-9_]{2,}$",
        "arn:aws:signer:us-east-1:123456789012:/signing-profiles/MyProfile",
    ),
    // SigningRepositoryFilterValue (1..=256)
    (
        r"^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$",
        "prod/*",
    ),
];

/// The sample string for `pattern`, if [`PATTERN_SAMPLES`] has one.
pub fn pattern_sample(pattern: &str) -> Option<&'static str> {
    PATTERN_SAMPLES
        .iter()
        .find(|(p, _)| *p == pattern)
        .map(|(_, s)| *s)
}

/// The compiled form of a pattern of [`PATTERN_SAMPLES`] (ECMAScript, not anchored), as the
/// runtime's validation compiles it.
pub fn compiled_pattern(pattern: &str) -> Option<&'static ecr_runtime::__private::Pattern> {
    static COMPILED: OnceLock<HashMap<&'static str, ecr_runtime::__private::Pattern>> =
        OnceLock::new();
    COMPILED
        .get_or_init(|| {
            PATTERN_SAMPLES
                .iter()
                .map(|(p, _)| (*p, ecr_runtime::__private::Pattern::new(p)))
                .collect()
        })
        .get(pattern)
}

/// The constraints of one shape, as the model states them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Constraints {
    /// `min`: characters of a string, entries of a list or map, bytes of a blob, or the least
    /// value of a number.
    pub min: Option<i64>,
    /// `max`, measured as `min` is.
    pub max: Option<i64>,
    /// `pattern`: an ECMAScript regular expression, not anchored.
    pub pattern: Option<String>,
    /// `enum`: the values a string may take (empty: any).
    pub enum_values: Vec<String>,
}

/// The ECR model, its paginators and its waiters, as JSON.
#[derive(Clone, Debug)]
pub struct Model {
    service: Value,
    paginators: Value,
    waiters: Value,
}

#[derive(Clone, Copy)]
struct SampleOptions {
    unknowns: bool,
}

impl Model {
    /// The directory of the vendored model files: `ecr/model`.
    pub fn dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ecr/model")
    }

    /// Reads `service-2.json`, `paginators-1.json` and `waiters-2.json` from [`Model::dir`].
    ///
    /// # Panics
    ///
    /// When a file is missing or is not JSON.
    pub fn load() -> Model {
        let read = |name: &str| -> Value {
            let path = Self::dir().join(name);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
        };
        Model {
            service: read("service-2.json"),
            paginators: read("paginators-1.json"),
            waiters: read("waiters-2.json"),
        }
    }

    /// The model, loaded once per process.
    pub fn shared() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(Model::load)
    }

    /// `service-2.json` as it is.
    pub fn json(&self) -> &Value {
        &self.service
    }

    /// `paginators-1.json` as it is (`{"pagination": {Op: {...}}}`).
    pub fn paginators(&self) -> &Value {
        &self.paginators
    }

    /// `waiters-2.json` as it is (`{"version": 2, "waiters": {Name: {...}}}`).
    pub fn waiters(&self) -> &Value {
        &self.waiters
    }

    /// The `X-Amz-Target` prefix: `AmazonEC2ContainerRegistry_V20150921`.
    pub fn target_prefix(&self) -> &str {
        self.service["metadata"]["targetPrefix"]
            .as_str()
            .unwrap_or_default()
    }

    /// The `X-Amz-Target` value of `operation`: `AmazonEC2ContainerRegistry_V20150921.ListImages`.
    pub fn target(&self, operation: &str) -> String {
        format!("{}.{operation}", self.target_prefix())
    }

    /// Every operation's name, sorted.
    pub fn operations(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.service["operations"]
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        names.sort_unstable();
        names
    }

    /// One operation's definition.
    pub fn operation(&self, name: &str) -> Option<&Value> {
        self.service["operations"].get(name)
    }

    /// Every shape's name, sorted.
    pub fn shape_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.service["shapes"]
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        names.sort_unstable();
        names
    }

    /// One shape's definition.
    pub fn shape(&self, name: &str) -> Option<&Value> {
        self.service["shapes"].get(name)
    }

    /// A shape's `type`: `structure`, `list`, `map`, `string`, `integer`, `long`, `boolean`,
    /// `double`, `timestamp` or `blob`.
    pub fn shape_type(&self, name: &str) -> Option<&str> {
        self.shape(name)?.get("type")?.as_str()
    }

    /// The input shape of `operation`.
    pub fn input_shape(&self, operation: &str) -> Option<&str> {
        self.operation(operation)?
            .get("input")?
            .get("shape")?
            .as_str()
    }

    /// The output shape of `operation`.
    pub fn output_shape(&self, operation: &str) -> Option<&str> {
        self.operation(operation)?
            .get("output")?
            .get("shape")?
            .as_str()
    }

    /// The error shapes `operation` lists.
    pub fn errors(&self, operation: &str) -> Vec<&str> {
        self.operation(operation)
            .and_then(|o| o.get("errors"))
            .and_then(Value::as_array)
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e.get("shape").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A structure's members as `(wire name, target shape)`, sorted by name; empty for other
    /// shapes.
    pub fn members(&self, shape: &str) -> Vec<(&str, &str)> {
        self.shape(shape)
            .and_then(|s| s.get("members"))
            .and_then(Value::as_object)
            .map(|members| {
                members
                    .iter()
                    .filter_map(|(name, m)| Some((name.as_str(), m.get("shape")?.as_str()?)))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The target shape of one member of a structure.
    pub fn member_shape(&self, shape: &str, member: &str) -> Option<&str> {
        self.shape(shape)?
            .get("members")?
            .get(member)?
            .get("shape")?
            .as_str()
    }

    /// The required members of a structure.
    pub fn required(&self, shape: &str) -> Vec<&str> {
        self.shape(shape)
            .and_then(|s| s.get("required"))
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// A list's member shape.
    pub fn list_member(&self, shape: &str) -> Option<&str> {
        self.shape(shape)?.get("member")?.get("shape")?.as_str()
    }

    /// A map's key and value shapes.
    pub fn map_entry(&self, shape: &str) -> Option<(&str, &str)> {
        let s = self.shape(shape)?;
        Some((
            s.get("key")?.get("shape")?.as_str()?,
            s.get("value")?.get("shape")?.as_str()?,
        ))
    }

    /// A shape's constraints (all empty for an unknown shape).
    pub fn constraints(&self, shape: &str) -> Constraints {
        let Some(s) = self.shape(shape) else {
            return Constraints::default();
        };
        let bound = |key: &str| {
            s.get(key).and_then(|v| {
                v.as_i64().or_else(|| {
                    v.as_f64()
                        .map(|f| f.clamp(i64::MIN as f64, i64::MAX as f64) as i64)
                })
            })
        };
        Constraints {
            min: bound("min"),
            max: bound("max"),
            pattern: s.get("pattern").and_then(Value::as_str).map(str::to_owned),
            enum_values: s
                .get("enum")
                .and_then(Value::as_array)
                .map(|e| {
                    e.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// Every pattern of the model, with the shapes that use it.
    pub fn patterns(&self) -> BTreeMap<&str, Vec<&str>> {
        let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for name in self.shape_names() {
            if let Some(p) = self
                .shape(name)
                .and_then(|s| s.get("pattern"))
                .and_then(Value::as_str)
            {
                out.entry(p).or_default().push(name);
            }
        }
        out
    }

    /// A model-valid value of `shape`: every member present, recursively; lists of one item
    /// (more if the list's minimum says so); maps of one entry; strings of an enum take its first
    /// value, strings with a pattern take their [`PATTERN_SAMPLES`] entry, other strings are
    /// `sample` cut or padded to their length bounds; numbers `1` moved into their range
    /// (doubles `1.5`); booleans `true`; timestamps [`SAMPLE_TIMESTAMP`]; blobs [`SAMPLE_BLOB`]
    /// in standard padded base64. A structure met again inside itself is left out there (the
    /// ECR model has none). The same shape always gives the same value.
    ///
    /// # Panics
    ///
    /// When `shape` is not in the model, or has a pattern that [`PATTERN_SAMPLES`] lacks.
    pub fn sample(&self, shape: &str) -> Value {
        self.sample_inner(shape, SampleOptions { unknowns: false }, &mut Vec::new())
    }

    /// As [`Model::sample`], as a newer service would answer: every structure also has the
    /// member [`UNKNOWN_MEMBER`]` = 1`, and every enum value (map keys included) is
    /// [`UNKNOWN_ENUM_VALUE`]. For tests of how robustly a client parses.
    ///
    /// # Panics
    ///
    /// As [`Model::sample`].
    pub fn sample_with_unknowns(&self, shape: &str) -> Value {
        self.sample_inner(shape, SampleOptions { unknowns: true }, &mut Vec::new())
    }

    fn sample_inner<'a>(
        &'a self,
        shape: &'a str,
        options: SampleOptions,
        stack: &mut Vec<&'a str>,
    ) -> Value {
        let def = self
            .shape(shape)
            .unwrap_or_else(|| panic!("no shape {shape:?} in the ECR model"));
        let c = self.constraints(shape);
        match def.get("type").and_then(Value::as_str).unwrap_or_default() {
            "structure" => {
                stack.push(shape);
                let mut out = Map::new();
                for (name, target) in self.members(shape) {
                    if stack.contains(&target) {
                        continue;
                    }
                    out.insert(name.to_owned(), self.sample_inner(target, options, stack));
                }
                stack.pop();
                if options.unknowns {
                    out.insert(UNKNOWN_MEMBER.to_owned(), Value::from(1));
                }
                Value::Object(out)
            }
            "list" => {
                let count = count_within(&c);
                let member = self.list_member(shape).unwrap_or_default();
                if stack.contains(&member) {
                    return Value::Array(Vec::new());
                }
                Value::Array(
                    (0..count)
                        .map(|_| self.sample_inner(member, options, stack))
                        .collect(),
                )
            }
            "map" => {
                let (key, value) = self.map_entry(shape).unwrap_or_default();
                let mut out = Map::new();
                if count_within(&c) > 0 && !stack.contains(&value) {
                    let k = match self.sample_inner(key, options, stack) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    out.insert(k, self.sample_inner(value, options, stack));
                }
                Value::Object(out)
            }
            "string" => Value::String(self.sample_string(shape, &c, options)),
            "integer" | "long" => Value::from(clamp(1, &c)),
            "double" | "float" => {
                let mut v = 1.5_f64;
                if let Some(min) = c.min {
                    v = v.max(min as f64);
                }
                if let Some(max) = c.max {
                    v = v.min(max as f64);
                }
                Value::from(v)
            }
            "boolean" => Value::Bool(true),
            "timestamp" => Value::from(SAMPLE_TIMESTAMP),
            "blob" => {
                let len = usize::try_from(clamp(SAMPLE_BLOB.len() as i64, &c)).unwrap_or(0);
                let bytes: Vec<u8> = SAMPLE_BLOB.iter().copied().cycle().take(len).collect();
                Value::String(base64::engine::general_purpose::STANDARD.encode(bytes))
            }
            other => panic!("shape {shape:?} has a type the generator does not know: {other:?}"),
        }
    }

    fn sample_string(&self, shape: &str, c: &Constraints, options: SampleOptions) -> String {
        if let Some(first) = c.enum_values.first() {
            return if options.unknowns {
                UNKNOWN_ENUM_VALUE.to_owned()
            } else {
                first.clone()
            };
        }
        if let Some(pattern) = &c.pattern {
            return pattern_sample(pattern)
                .unwrap_or_else(|| {
                    panic!("shape {shape:?}: no sample for the pattern {pattern:?}; add one to PATTERN_SAMPLES")
                })
                .to_owned();
        }
        let len = usize::try_from(clamp("sample".len() as i64, c)).unwrap_or(0);
        "sample"
            .chars()
            .chain(std::iter::repeat('x'))
            .take(len)
            .collect()
    }

    /// Every way `value` breaks `shape`, as `path: what`; empty when it is valid. Checks JSON
    /// types, unknown members, required members (absent or `null`), lengths, ranges, enum
    /// values, patterns, `integer` fitting 32 bits, timestamps as numbers and blobs as standard
    /// base64. `null` for an optional member counts as absent.
    pub fn validate(&self, shape: &str, value: &Value) -> Vec<String> {
        let mut out = Vec::new();
        self.validate_at(shape, value, &mut String::new(), &mut out);
        out
    }

    fn validate_at(&self, shape: &str, value: &Value, path: &mut String, out: &mut Vec<String>) {
        let here = |path: &str| {
            if path.is_empty() {
                "(top level)".to_owned()
            } else {
                path.to_owned()
            }
        };
        let Some(kind) = self.shape_type(shape) else {
            out.push(format!("{}: unknown shape {shape}", here(path)));
            return;
        };
        let c = self.constraints(shape);
        let length_check = |len: usize, path: &str, out: &mut Vec<String>| {
            let len = i64::try_from(len).unwrap_or(i64::MAX);
            if let Some(min) = c.min
                && len < min
            {
                out.push(format!(
                    "{}: length {len} is below the minimum {min}",
                    here(path)
                ));
            }
            if let Some(max) = c.max
                && len > max
            {
                out.push(format!(
                    "{}: length {len} is above the maximum {max}",
                    here(path)
                ));
            }
        };
        match kind {
            "structure" => {
                let Some(object) = value.as_object() else {
                    out.push(format!("{}: expected a JSON object", here(path)));
                    return;
                };
                for required in self.required(shape) {
                    if object.get(required).is_none_or(Value::is_null) {
                        let at = join_field(path, required);
                        out.push(format!("{at}: required member is missing"));
                    }
                }
                for (name, v) in object {
                    let len = path.len();
                    path.push_str(&dotted(len, name));
                    match self.member_shape(shape, name) {
                        Some(_) if v.is_null() => {}
                        Some(target) => self.validate_at(target, v, path, out),
                        None => out.push(format!("{path}: unknown member of {shape}")),
                    }
                    path.truncate(len);
                }
            }
            "list" => {
                let Some(items) = value.as_array() else {
                    out.push(format!("{}: expected a JSON array", here(path)));
                    return;
                };
                length_check(items.len(), path, out);
                let member = self.list_member(shape).unwrap_or_default();
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    self.validate_at(member, item, path, out);
                    path.truncate(len);
                }
            }
            "map" => {
                let Some(entries) = value.as_object() else {
                    out.push(format!("{}: expected a JSON object (a map)", here(path)));
                    return;
                };
                length_check(entries.len(), path, out);
                let (key, val) = self.map_entry(shape).unwrap_or_default();
                for (k, v) in entries {
                    let len = path.len();
                    path.push_str(&format!("[{k:?}]"));
                    self.validate_at(key, &Value::String(k.clone()), path, out);
                    self.validate_at(val, v, path, out);
                    path.truncate(len);
                }
            }
            "string" => {
                let Some(s) = value.as_str() else {
                    out.push(format!("{}: expected a string", here(path)));
                    return;
                };
                length_check(s.chars().count(), path, out);
                if !c.enum_values.is_empty() && !c.enum_values.iter().any(|e| e == s) {
                    out.push(format!(
                        "{}: {s:?} is not one of the values of {shape}",
                        here(path)
                    ));
                }
                if let Some(p) = &c.pattern
                    && let Some(compiled) = compiled_pattern(p)
                    && !compiled.is_match(s)
                {
                    out.push(format!(
                        "{}: value {s:?} does not match the pattern {p}",
                        here(path)
                    ));
                }
            }
            "integer" | "long" => {
                let Some(n) = value.as_i64() else {
                    out.push(format!("{}: expected an integer", here(path)));
                    return;
                };
                if kind == "integer" && i32::try_from(n).is_err() {
                    out.push(format!("{}: {n} does not fit a 32-bit integer", here(path)));
                }
                if let Some(min) = c.min
                    && n < min
                {
                    out.push(format!(
                        "{}: value {n} is below the minimum {min}",
                        here(path)
                    ));
                }
                if let Some(max) = c.max
                    && n > max
                {
                    out.push(format!(
                        "{}: value {n} is above the maximum {max}",
                        here(path)
                    ));
                }
            }
            "double" | "float" => {
                let Some(n) = value.as_f64() else {
                    out.push(format!("{}: expected a number", here(path)));
                    return;
                };
                if let Some(min) = c.min
                    && n < min as f64
                {
                    out.push(format!(
                        "{}: value {n} is below the minimum {min}",
                        here(path)
                    ));
                }
                if let Some(max) = c.max
                    && n > max as f64
                {
                    out.push(format!(
                        "{}: value {n} is above the maximum {max}",
                        here(path)
                    ));
                }
            }
            "boolean" => {
                if !value.is_boolean() {
                    out.push(format!("{}: expected a boolean", here(path)));
                }
            }
            "timestamp" => {
                if !value.is_number() {
                    out.push(format!(
                        "{}: expected a timestamp in epoch seconds (a number)",
                        here(path)
                    ));
                }
            }
            "blob" => {
                let Some(s) = value.as_str() else {
                    out.push(format!("{}: expected a base64 string (a blob)", here(path)));
                    return;
                };
                match base64::engine::general_purpose::STANDARD.decode(s) {
                    Ok(bytes) => length_check(bytes.len(), path, out),
                    Err(e) => out.push(format!("{}: not standard base64: {e}", here(path))),
                }
            }
            other => out.push(format!(
                "{}: shape type {other} is not supported",
                here(path)
            )),
        }
    }
}

/// `min` entries (at least one), but no more than `max`.
fn count_within(c: &Constraints) -> usize {
    usize::try_from(clamp(1, c)).unwrap_or(0)
}

/// `value` moved into `[min, max]`.
fn clamp(value: i64, c: &Constraints) -> i64 {
    let mut v = value;
    if let Some(min) = c.min {
        v = v.max(min);
    }
    if let Some(max) = c.max {
        v = v.min(max);
    }
    v
}

/// `name` as it follows a path of `len` bytes: `name` at the top, `.name` below.
fn dotted(len: usize, name: &str) -> String {
    if len == 0 {
        name.to_owned()
    } else {
        format!(".{name}")
    }
}

/// `path.name`, or `name` at the top.
fn join_field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_of_the_model_has_a_sample_that_matches_it() {
        let model = Model::shared();
        let patterns = model.patterns();
        assert_eq!(
            patterns.values().map(Vec::len).sum::<usize>(),
            17,
            "shapes with a pattern"
        );
        for (pattern, shapes) in &patterns {
            let sample = pattern_sample(pattern)
                .unwrap_or_else(|| panic!("no sample for {pattern:?} (shapes {shapes:?})"));
            let compiled = compiled_pattern(pattern).expect("compiled");
            assert!(
                compiled.is_match(sample),
                "{sample:?} does not match {pattern:?}"
            );
            for shape in shapes {
                let c = model.constraints(shape);
                let len = sample.chars().count() as i64;
                assert!(
                    c.min.is_none_or(|m| len >= m) && c.max.is_none_or(|m| len <= m),
                    "{sample:?} (length {len}) is outside the bounds of {shape}: {c:?}"
                );
            }
        }
        for (pattern, _) in PATTERN_SAMPLES {
            assert!(
                patterns.contains_key(pattern),
                "PATTERN_SAMPLES has {pattern:?}, which the model does not use"
            );
            assert!(
                ecr_runtime::__private::Pattern::new(pattern)
                    .is_match(pattern_sample(pattern).unwrap_or_default()),
            );
        }
    }

    #[test]
    fn patterns_reject_what_they_should() {
        let repo = compiled_pattern(
            r"[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*",
        )
        .expect("RepositoryName pattern");
        assert!(!repo.is_match("UPPER"));
        let registry = compiled_pattern("[0-9]{12}").expect("RegistryId pattern");
        assert!(!registry.is_match("12345"));
    }

    #[test]
    fn every_sample_is_valid_and_has_every_member() {
        let model = Model::shared();
        for shape in model.shape_names() {
            let value = model.sample(shape);
            let violations = model.validate(shape, &value);
            assert!(violations.is_empty(), "{shape}: {violations:?}\n{value}");
            if model.shape_type(shape) == Some("structure") {
                for (member, _) in model.members(shape) {
                    assert!(value.get(member).is_some(), "{shape}.{member} missing");
                }
            }
            assert_eq!(value, model.sample(shape), "{shape} is deterministic");
        }
    }

    #[test]
    fn samples_follow_the_documented_forms() {
        let model = Model::shared();
        assert_eq!(model.operations().len(), 62);
        let image = model.sample("ImageDetail");
        assert_eq!(image["imagePushedAt"], Value::from(1_700_000_000.5));
        assert_eq!(image["imageTags"].as_array().map(Vec::len), Some(1));
        assert_eq!(image["registryId"], "123456789012");
        assert_eq!(model.sample("LayerPartBlob"), "YmxvYg==");
        assert_eq!(model.sample("ScanStatus"), "IN_PROGRESS");
        assert_eq!(model.sample("FiftyMaxResults"), 1);
        assert_eq!(
            model.sample("LifecyclePolicyText").as_str().map(str::len),
            Some(100)
        );
        assert_eq!(model.sample("BaseScore"), Value::from(1.5));
        assert_eq!(model.sample("FixAvailable"), "sample");
        assert_eq!(model.sample("RepositoryPolicyText"), "sample");
        assert_eq!(model.sample("RepositoryTemplateDescription"), "sample");
    }

    #[test]
    fn samples_with_unknowns_add_a_member_and_unknown_enum_values() {
        let model = Model::shared();
        let out = model.sample_with_unknowns("DescribeImageScanFindingsResponse");
        assert_eq!(out[UNKNOWN_MEMBER], 1);
        assert_eq!(out["imageScanStatus"]["status"], UNKNOWN_ENUM_VALUE);
        assert_eq!(out["imageScanStatus"][UNKNOWN_MEMBER], 1);
        let counts = out["imageScanFindings"]["findingSeverityCounts"]
            .as_object()
            .expect("a map");
        assert!(counts.contains_key(UNKNOWN_ENUM_VALUE));
        let violations = model.validate("DescribeImageScanFindingsResponse", &out);
        assert!(violations.iter().any(|v| v.contains("unknown member")));
        assert!(violations.iter().any(|v| v.contains("FUTURE_VALUE")));
    }

    #[test]
    fn validation_reports_paths() {
        let model = Model::shared();
        let bad = serde_json::json!({
            "repositoryName": "X",
            "imageIds": [{"imageTag": ""}],
            "extra": 1,
            "maxResults": 1
        });
        let v = model.validate("BatchGetImageRequest", &bad);
        let text = v.join("\n");
        assert!(
            text.contains("repositoryName: length 1 is below the minimum 2"),
            "{text}"
        );
        assert!(
            text.contains("repositoryName: value \"X\" does not match"),
            "{text}"
        );
        assert!(
            text.contains("imageIds[0].imageTag: length 0 is below the minimum 1"),
            "{text}"
        );
        assert!(text.contains("extra: unknown member"), "{text}");
        assert!(text.contains("maxResults: unknown member"), "{text}");
        let missing = model.validate("ListImagesRequest", &serde_json::json!({}));
        assert_eq!(missing, ["repositoryName: required member is missing"]);
        let not_object = model.validate("ListImagesRequest", &serde_json::json!([]));
        assert_eq!(not_object, ["(top level): expected a JSON object"]);
    }
}
