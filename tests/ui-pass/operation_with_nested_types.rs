use ecr_runtime::{aws_enum, aws_error, aws_operation, aws_shape};
use std::collections::HashMap;

#[aws_enum]
pub enum Colour {
    Red,
    #[rename("GREEN")]
    Green,
}

#[aws_shape]
pub struct Label {
    #[length(1, 16)]
    #[pattern("^[a-z]+$")]
    pub key: String,
    #[length(max = 64)]
    pub value: Option<String>,
}

#[aws_error]
pub struct ThingNotFoundException {
    pub message: Option<String>,
}

#[aws_error(code = "Throttled")]
pub struct TooFastException {
    pub message: Option<String>,
    pub retry_after_seconds: Option<i64>,
}

#[aws_operation(
    target = "Service_V1.PutThing",
    protocol = "json-1.1",
    output = PutThingResponse,
    errors(ThingNotFoundException, TooFastException),
)]
pub struct PutThingRequest {
    #[length(2, 32)]
    pub thing_name: String,
    #[rename("colour")]
    pub thing_colour: Option<Colour>,
    #[length(min = 1)]
    pub labels: Vec<Label>,
    #[range(0, 100)]
    pub priority: Option<i32>,
    #[length(1, 10)]
    #[keys(length(1, 8), pattern("^[a-z]+$"))]
    #[values(length(max = 16))]
    pub attributes: Option<HashMap<String, String>>,
    #[each(length(1, 300))]
    pub tags: Option<Vec<String>>,
    #[values(range(min = 0))]
    pub counts: Option<HashMap<Colour, i32>>,
    #[sensitive]
    pub token: Option<String>,
    #[length(max = 1024)]
    pub payload: Option<Vec<u8>>,
}

#[aws_shape]
pub struct PutThingResponse {
    pub thing_id: Option<String>,
}

fn main() {
    let label = Label::builder().key("env").value("prod").build().unwrap();
    assert!(label.validate().is_ok());

    let request = PutThingRequest::builder()
        .thing_name("widget")
        .thing_colour(Colour::Green)
        .labels(label)
        .priority(7)
        .token("secret")
        .build()
        .unwrap();
    assert!(request.validate().is_ok());
    assert_eq!(Colour::from("GREEN"), Colour::Green);

    let bad = PutThingRequest::builder()
        .thing_name("x")
        .labels(Label::builder().key("NOT-LOWER").build().unwrap())
        .priority(101)
        .build()
        .unwrap();
    assert!(bad.validate().is_err());

    let missing = PutThingRequest::builder().violations();
    assert!(!missing.is_empty());

    let _: Option<PutThingResponse> = None;
    let _: Option<PutThingError> = None;
    let _ = TooFastException::builder().build();
}
