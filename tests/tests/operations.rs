//! Every operation of the model, one test each: a model-valid request serializes to exactly the
//! model's JSON and passes validation; a model-valid response with every member present, nested,
//! parses and serializes back unchanged; a response from a newer service (unknown members, enum
//! values this release does not know) still parses, keeps those enum values and drops nothing
//! else; and the whole exchange runs over HTTP, signed, against the model-driven local server.

use ecr_runtime::Operation;
use ecr_runtime::validate::validate_root;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;
use tests::model::{Model, UNKNOWN_MEMBER};

macro_rules! names {
    ($($op:ident),* $(,)?) => {
        [$(<ecr::operations::$op as Operation>::NAME),*]
    };
}

#[test]
fn the_list_is_the_model() {
    let listed: Vec<&str> = tests::every_operation!(names).to_vec();
    assert_eq!(listed, Model::shared().operations());
    assert_eq!(listed.len(), 62);
}

/// `value` without the members a newer service would add (they are not kept).
fn without_unknown_members(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| k.as_str() != UNKNOWN_MEMBER)
                .map(|(k, v)| (k.clone(), without_unknown_members(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_unknown_members).collect()),
        other => other.clone(),
    }
}

fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

fn wire<O>(name: &'static str)
where
    O: Operation + DeserializeOwned + PartialEq + Debug,
    O::Output: Serialize + PartialEq + Debug,
{
    let model = Model::shared();
    let (input_shape, output_shape) = (
        model.input_shape(name).expect("input"),
        model.output_shape(name).expect("output"),
    );
    assert_eq!(O::NAME, name);
    assert_eq!(O::TARGET, model.target(name));

    let input = model.sample(input_shape);
    assert_eq!(model.validate(input_shape, &input), Vec::<String>::new());
    let request: O = serde_json::from_value(input.clone())
        .unwrap_or_else(|e| panic!("{name}: the model-valid request {input} does not parse: {e}"));
    assert_eq!(json(&request), input, "{name}: the request's JSON");
    if let Err(e) = validate_root(&request, name) {
        panic!("{name}: a model-valid request is refused: {e}");
    }

    let output = model.sample(output_shape);
    let parsed: O::Output = serde_json::from_value(output.clone()).unwrap_or_else(|e| {
        panic!("{name}: the model-valid response {output} does not parse: {e}")
    });
    assert_eq!(json(&parsed), output, "{name}: the response round trip");
    let again: O::Output = serde_json::from_value(json(&parsed)).expect("parses again");
    assert_eq!(again, parsed);

    // A terse server: no member at all, or every member `null`, still parses (required members
    // take their defaults, as the SDKs' error correction gives them).
    let empty: O::Output = serde_json::from_value(Value::Object(Default::default()))
        .unwrap_or_else(|e| panic!("{name}: an empty response does not parse: {e}"));
    let nulls = Value::Object(
        model
            .members(output_shape)
            .into_iter()
            .map(|(member, _)| (member.to_owned(), Value::Null))
            .collect(),
    );
    let parsed: O::Output = serde_json::from_value(nulls)
        .unwrap_or_else(|e| panic!("{name}: a response of nulls does not parse: {e}"));
    assert_eq!(parsed, empty, "{name}: null is absent");

    let newer = model.sample_with_unknowns(output_shape);
    let parsed: O::Output = serde_json::from_value(newer.clone()).unwrap_or_else(|e| {
        panic!("{name}: a newer service's response {newer} does not parse: {e}")
    });
    assert_eq!(
        json(&parsed),
        without_unknown_members(&newer),
        "{name}: unknown enum values are kept, unknown members dropped, the rest unchanged"
    );
}

async fn over_http<O>(name: &'static str)
where
    O: Operation + DeserializeOwned,
    O::Output: Serialize,
    O::Error: std::error::Error,
{
    let model = Model::shared();
    let (input_shape, output_shape) = (
        model.input_shape(name).expect("input"),
        model.output_shape(name).expect("output"),
    );
    let server = tests::ecr_server::EcrServer::start();
    let mut input = model.sample(input_shape);
    // A first page: the server refuses tokens it did not issue (as ECR does).
    input
        .as_object_mut()
        .expect("an object")
        .remove("nextToken");
    let request: O = serde_json::from_value(input.clone()).expect("the sample parses");
    let output = server
        .client()
        .send(request)
        .await
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let output = json(&output);
    assert_eq!(model.validate(output_shape, &output), Vec::<String>::new());
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{name}: one request");
    assert_eq!(requests[0].target, model.target(name));
    assert_eq!(requests[0].body, input, "{name}: the body sent");
}

macro_rules! tests {
    ($($op:ident),* $(,)?) => {
        /// Serialization and parsing, without a server.
        #[allow(non_snake_case)]
        mod wire {
            use super::*;
            $(
                #[test]
                fn $op() {
                    wire::<ecr::operations::$op>(<ecr::operations::$op as Operation>::NAME);
                }
            )*
        }

        /// The whole exchange, signed, over HTTP.
        #[allow(non_snake_case)]
        mod http {
            use super::*;
            $(
                #[tokio::test]
                async fn $op() {
                    over_http::<ecr::operations::$op>(<ecr::operations::$op as Operation>::NAME).await;
                }
            )*
        }
    };
}

tests::every_operation!(tests);
