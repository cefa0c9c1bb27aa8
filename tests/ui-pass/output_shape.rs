//! An output shape is read from answers and built, in tests, with a struct literal.
use ecr_runtime::{aws_operation, aws_shape};

/// What the service answers.
#[aws_shape(output)]
pub struct GetResponse {
    /// A state.
    #[length(1, 8)]
    pub state: Option<String>,
    /// A count.
    pub count: i32,
}

/// Gets it.
#[aws_operation(target = "Svc.Get", protocol = "json-1.1", output = GetResponse)]
pub struct GetRequest {
    /// Its name.
    pub name: String,
}

fn main() {
    let response = GetResponse {
        state: Some("READY".to_owned()),
        ..Default::default()
    };
    assert_eq!(response.state(), Some("READY"));
    assert_eq!(response.count(), 0);
    let parsed: GetResponse = serde_json::from_str(r#"{"state":"READY","count":0}"#).unwrap();
    assert_eq!(parsed, response);
}
