//! Every constraint of the model at its boundaries, for every operation, generated from the model:
//! each constrained place of each request (members, list items, map values, nested structures)
//! takes the values at and just past its length and range bounds, and a value its pattern
//! refuses. The client must accept exactly the values the model allows and report each broken
//! bound at its wire path, with the constraint and the value's size. A last test checks that
//! every constraint the model puts on a request was tried.

use base64::Engine;
use ecr_runtime::Operation;
use ecr_runtime::validate::{Constraint, validate_root};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeSet;
use tests::model::{Model, compiled_pattern};

/// One step from a request's root to a value in its JSON.
#[derive(Clone, Debug)]
enum Step {
    Member(String),
    Index(usize),
    Key(String),
}

/// A constrained place in a request.
#[derive(Clone, Debug)]
struct Place {
    steps: Vec<Step>,
    /// The wire path the client reports: `imageIds[0].imageTag`.
    wire: String,
    shape: String,
}

/// What a case expects the client to say about the place.
#[derive(Clone, Debug, PartialEq)]
enum Expect {
    /// Nothing at all.
    Valid,
    /// Exactly this length violation (and a pattern violation too when `pattern_may_fail`).
    MinLength(usize, usize),
    MaxLength(usize, usize),
    /// Exactly this range violation (the value as text).
    MinValue(String),
    MaxValue(String),
    /// Exactly one pattern violation.
    Pattern,
}

#[derive(Clone, Debug)]
struct Case {
    place: Place,
    /// The constraint tried, for the coverage check: `(shape, "min" | "max" | "pattern")`.
    covers: (String, &'static str),
    value: Value,
    expect: Expect,
    /// The pattern refuses the value too (a length case whose value no filler can make match).
    pattern_may_fail: bool,
}

fn places(model: &Model, shape: &str, value: &Value, at: &Place, out: &mut Vec<Place>) {
    out.push(at.clone());
    match model.shape_type(shape) {
        Some("structure") => {
            for (member, target) in model.members(shape) {
                if let Some(v) = value.get(member) {
                    let mut next = at.clone();
                    next.steps.push(Step::Member(member.to_owned()));
                    next.wire = if at.wire.is_empty() {
                        member.to_owned()
                    } else {
                        format!("{}.{member}", at.wire)
                    };
                    next.shape = target.to_owned();
                    places(model, target, v, &next, out);
                }
            }
        }
        Some("list") => {
            let item = model.list_member(shape).expect("list member");
            if let Some(v) = value.get(0) {
                let mut next = at.clone();
                next.steps.push(Step::Index(0));
                next.wire = format!("{}[0]", at.wire);
                next.shape = item.to_owned();
                places(model, item, v, &next, out);
            }
        }
        Some("map") => {
            let (_, value_shape) = model.map_entry(shape).expect("map entry");
            if let Some((key, v)) = value.as_object().and_then(|m| m.iter().next()) {
                let mut next = at.clone();
                next.steps.push(Step::Key(key.clone()));
                next.wire = format!("{}[{key:?}]", at.wire);
                next.shape = value_shape.to_owned();
                places(model, value_shape, v, &next, out);
            }
        }
        _ => {}
    }
}

fn set(root: &mut Value, steps: &[Step], value: Value) {
    let mut at = root;
    for step in steps {
        at = match step {
            Step::Member(m) => &mut at[m.as_str()],
            Step::Index(i) => &mut at[*i],
            Step::Key(k) => &mut at[k.as_str()],
        };
    }
    *at = value;
}

fn get<'v>(root: &'v Value, steps: &[Step]) -> &'v Value {
    steps.iter().fold(root, |at, step| match step {
        Step::Member(m) => &at[m.as_str()],
        Step::Index(i) => &at[*i],
        Step::Key(k) => &at[k.as_str()],
    })
}

fn matches(pattern: Option<&str>, value: &str) -> bool {
    pattern.is_none_or(|p| {
        compiled_pattern(p)
            .unwrap_or_else(|| panic!("no compiled pattern for {p}"))
            .is_match(value)
    })
}

/// `n` characters made of `filler`, repeated.
fn string_of(filler: &str, n: usize) -> String {
    filler.chars().cycle().take(n).collect()
}

/// Every case for one operation, from the model alone.
fn cases(model: &Model, operation: &str) -> (Value, Vec<Case>) {
    let input_shape = model.input_shape(operation).expect("input");
    let base = model.sample(input_shape);
    let mut all = Vec::new();
    let root = Place {
        steps: Vec::new(),
        wire: String::new(),
        shape: input_shape.to_owned(),
    };
    places(model, input_shape, &base, &root, &mut all);
    let mut out = Vec::new();
    for place in all {
        let c = model.constraints(&place.shape);
        let current = get(&base, &place.steps).clone();
        let case = |covers: &'static str, value: Value, expect: Expect, may: bool| Case {
            place: place.clone(),
            covers: (place.shape.clone(), covers),
            value,
            expect,
            pattern_may_fail: may,
        };
        match model.shape_type(&place.shape) {
            Some("string") if c.enum_values.is_empty() => {
                let pattern = c.pattern.as_deref();
                // A filler the pattern accepts at both bounds when there is one, so that only the
                // length is tried; where the pattern needs more than the bounds allow (a minimum
                // of 0 for a digest), the pattern may refuse the value as well.
                let sample = current.as_str().unwrap_or("a").to_owned();
                let low = c.min.unwrap_or(1).max(1) as usize;
                let high = c.max.unwrap_or(low as i64) as usize;
                let filler = [sample.as_str(), "a", "0", "a0", "A"]
                    .into_iter()
                    .find(|f| {
                        matches(pattern, &string_of(f, low))
                            && matches(pattern, &string_of(f, high))
                    })
                    .unwrap_or(sample.as_str())
                    .to_owned();
                let text = |n: usize| string_of(&filler, n);
                let mut length_case = |covers: &'static str, n: usize, expect: Expect| {
                    let value = text(n);
                    let may = !matches(pattern, &value);
                    out.push(case(covers, Value::String(value), expect, may));
                };
                if let Some(min) = c.min.map(|m| m as usize) {
                    length_case("min", min, Expect::Valid);
                    if min > 0 {
                        length_case("min", min - 1, Expect::MinLength(min - 1, min));
                    }
                }
                if let Some(max) = c.max.map(|m| m as usize) {
                    length_case("max", max, Expect::Valid);
                    length_case("max", max + 1, Expect::MaxLength(max + 1, max));
                }
                if let Some(p) = pattern {
                    // A value of an allowed length that the pattern refuses.
                    let refused = ["!", "-", " ", "A", "é"]
                        .into_iter()
                        .map(|f| string_of(f, low))
                        .find(|s| !matches(Some(p), s));
                    match refused {
                        Some(s) => {
                            out.push(case("pattern", Value::String(s), Expect::Pattern, false))
                        }
                        // A pattern that accepts any value of these lengths cannot be broken.
                        None => out.push(case("pattern", current.clone(), Expect::Valid, false)),
                    }
                }
            }
            Some(kind @ ("list" | "map" | "blob")) => {
                let sized = |n: usize| -> Value {
                    match kind {
                        "list" => {
                            let item = current.get(0).cloned().unwrap_or(Value::Null);
                            Value::Array(vec![item; n])
                        }
                        "map" => {
                            let (k, v) = current
                                .as_object()
                                .and_then(|m| m.iter().next())
                                .map(|(k, v)| (k.clone(), v.clone()))
                                .expect("a sample map has an entry");
                            Value::Object(
                                (0..n)
                                    .map(|i| {
                                        (
                                            if i == 0 { k.clone() } else { format!("{k}{i}") },
                                            v.clone(),
                                        )
                                    })
                                    .collect(),
                            )
                        }
                        _ => Value::String(
                            base64::engine::general_purpose::STANDARD.encode(vec![b'x'; n]),
                        ),
                    }
                };
                if let Some(min) = c.min.map(|m| m as usize) {
                    out.push(case("min", sized(min), Expect::Valid, false));
                    if min > 0 {
                        out.push(case(
                            "min",
                            sized(min - 1),
                            Expect::MinLength(min - 1, min),
                            false,
                        ));
                    }
                }
                if let Some(max) = c.max.map(|m| m as usize) {
                    out.push(case("max", sized(max), Expect::Valid, false));
                    out.push(case(
                        "max",
                        sized(max + 1),
                        Expect::MaxLength(max + 1, max),
                        false,
                    ));
                }
            }
            Some("integer" | "long") => {
                let limit = if model.shape_type(&place.shape) == Some("integer") {
                    i64::from(i32::MAX)
                } else {
                    i64::MAX
                };
                if let Some(min) = c.min {
                    out.push(case("min", Value::from(min), Expect::Valid, false));
                    let below = min - 1;
                    out.push(case(
                        "min",
                        Value::from(below),
                        Expect::MinValue(below.to_string()),
                        false,
                    ));
                }
                if let Some(max) = c.max {
                    out.push(case("max", Value::from(max), Expect::Valid, false));
                    if max < limit {
                        let above = max + 1;
                        out.push(case(
                            "max",
                            Value::from(above),
                            Expect::MaxValue(above.to_string()),
                            false,
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    (base, out)
}

fn run<O: Operation + DeserializeOwned>(operation: &'static str) {
    let model = Model::shared();
    let (base, cases) = cases(model, operation);
    for case in cases {
        let mut request = base.clone();
        set(&mut request, &case.place.steps, case.value.clone());
        let shown = match &case.value {
            Value::String(s) if s.len() > 40 => {
                format!("a string of {} characters", s.chars().count())
            }
            Value::Array(a) => format!("a list of {}", a.len()),
            Value::Object(m) => format!("a map of {}", m.len()),
            other => other.to_string(),
        };
        let what = format!("{operation} {} = {shown}", case.place.wire);
        let typed: O = serde_json::from_value(request)
            .unwrap_or_else(|e| panic!("{what}: the request does not parse: {e}"));
        let violations = match validate_root(&typed, operation) {
            Ok(()) => Vec::new(),
            Err(e) => e.violations().to_vec(),
        };
        for v in &violations {
            assert_eq!(
                v.path(),
                case.place.wire,
                "{what}: a violation elsewhere: {v}"
            );
        }
        let (patterns, others): (Vec<_>, Vec<_>) = violations
            .iter()
            .map(|v| v.constraint().clone())
            .partition(|c| matches!(c, Constraint::Pattern { .. }));
        match &case.expect {
            Expect::Valid if case.pattern_may_fail => {
                assert!(others.is_empty(), "{what}: refused: {violations:?}")
            }
            Expect::Valid => assert!(violations.is_empty(), "{what}: refused: {violations:?}"),
            Expect::Pattern => {
                assert!(others.is_empty(), "{what}: {others:?}");
                assert_eq!(patterns.len(), 1, "{what}: {violations:?}");
                let expected = model
                    .constraints(&case.place.shape)
                    .pattern
                    .expect("a pattern");
                assert!(
                    matches!(&patterns[0], Constraint::Pattern { pattern, .. } if *pattern == expected),
                    "{what}: {patterns:?}"
                );
            }
            expect => {
                assert_eq!(others.len(), 1, "{what}: {violations:?}");
                let ok = match (expect, &others[0]) {
                    (Expect::MinLength(a, m), Constraint::MinLength { actual, min }) => {
                        a == actual && m == min
                    }
                    (Expect::MaxLength(a, m), Constraint::MaxLength { actual, max }) => {
                        a == actual && m == max
                    }
                    (Expect::MinValue(a), Constraint::MinValue { actual, .. }) => a == actual,
                    (Expect::MaxValue(a), Constraint::MaxValue { actual, .. }) => a == actual,
                    _ => false,
                };
                assert!(ok, "{what}: expected {expect:?}, got {:?}", others[0]);
                assert!(
                    patterns.is_empty() || case.pattern_may_fail,
                    "{what}: the pattern refused a value it accepts: {patterns:?}"
                );
                // The message names the member, the constraint and the value's size.
                let message = violations
                    .iter()
                    .find(|v| !matches!(v.constraint(), Constraint::Pattern { .. }))
                    .expect("one")
                    .to_string();
                let size = match expect {
                    Expect::MinLength(a, _) | Expect::MaxLength(a, _) => a.to_string(),
                    Expect::MinValue(a) | Expect::MaxValue(a) => a.clone(),
                    _ => unreachable!(),
                };
                assert!(
                    message.starts_with(&case.place.wire) && message.contains(&size),
                    "{what}: message {message:?}"
                );
            }
        }
    }
}

macro_rules! tests {
    ($($op:ident),* $(,)?) => {
        $(
            #[test]
            #[allow(non_snake_case)]
            fn $op() {
                run::<ecr::operations::$op>(<ecr::operations::$op as Operation>::NAME);
            }
        )*
    };
}

tests::every_operation!(tests);

/// Every `(shape, constraint)` that a request can meet, from the model's shapes.
fn reachable(
    model: &Model,
    shape: &str,
    seen: &mut BTreeSet<String>,
    out: &mut BTreeSet<(String, &'static str)>,
) {
    if !seen.insert(shape.to_owned()) {
        return;
    }
    let c = model.constraints(shape);
    let kind = model.shape_type(shape).unwrap_or_default();
    let constrained = matches!(
        kind,
        "string" | "list" | "map" | "blob" | "integer" | "long"
    ) && (kind != "string" || c.enum_values.is_empty());
    if constrained {
        if c.min.is_some() {
            out.insert((shape.to_owned(), "min"));
        }
        if c.max.is_some() {
            out.insert((shape.to_owned(), "max"));
        }
        if c.pattern.is_some() {
            out.insert((shape.to_owned(), "pattern"));
        }
    }
    for (_, target) in model.members(shape) {
        reachable(model, target, seen, out);
    }
    if let Some(item) = model.list_member(shape) {
        reachable(model, item, seen, out);
    }
    if let Some((key, value)) = model.map_entry(shape) {
        reachable(model, key, seen, out);
        reachable(model, value, seen, out);
    }
}

#[test]
fn every_constraint_a_request_can_meet_is_tried() {
    let model = Model::shared();
    let (mut expected, mut tried) = (BTreeSet::new(), BTreeSet::new());
    let mut total = 0;
    for operation in model.operations() {
        reachable(
            model,
            model.input_shape(operation).expect("input"),
            &mut BTreeSet::new(),
            &mut expected,
        );
        let (_, cases) = cases(model, operation);
        total += cases.len();
        tried.extend(cases.into_iter().map(|c| c.covers));
    }
    let missed: Vec<_> = expected.difference(&tried).collect();
    assert!(missed.is_empty(), "constraints never tried: {missed:?}");
    assert!(total > 500, "{total} cases");
    eprintln!(
        "{} constraints of the model tried in {total} cases",
        expected.len()
    );
}
