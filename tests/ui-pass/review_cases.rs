//! Declarations that must compile: integer bounds on a float, a required exception message,
//! sensitive required members, a member type named `C`, and an error named `ValidationException`.
use ecr_runtime::{aws_enum, aws_error, aws_operation, aws_shape};
use std::collections::HashMap;

#[aws_enum]
pub enum Level {
    #[rename("LOW")]
    Low,
}

#[aws_shape]
pub struct C {
    pub name: Option<String>,
}

/// Required message, as newer models mark it.
#[aws_error]
pub struct AccessDeniedException {
    pub message: String,
}

/// Named like a built-in variant once `Exception` is stripped: keeps its full name.
#[aws_error]
pub struct ValidationException {
    pub message: Option<String>,
}

#[aws_operation(
    target = "Svc.Score",
    protocol = "json-1.1",
    errors(AccessDeniedException, ValidationException),
)]
pub struct ScoreRequest {
    #[range(0, 10)]
    pub score: Option<f64>,
    #[range(min = -1, max = 1)]
    pub weight: f32,
    #[sensitive]
    pub pin: i32,
    #[sensitive]
    pub words: Vec<String>,
    #[sensitive]
    #[keys(length(max = 3))]
    pub labels: HashMap<String, String>,
    #[sensitive]
    pub level: Level,
    #[sensitive]
    pub owner: C,
    pub c: Option<C>,
}

fn main() {
    let request = ScoreRequest::builder()
        .score(10.5)
        .weight(0.5)
        .pin(1234)
        .words("secret-word")
        .labels("secret-key", "secret-label")
        .level(Level::Low)
        .owner(C::builder().name("n").build())
        .build()
        .unwrap();
    let err = request.validate().unwrap_err();
    let text: Vec<String> = err.violations().iter().map(|v| v.to_string()).collect();
    assert_eq!(text, ["score: value 10.5 is above the maximum 10", "labels[\"**\"]: length 10 is above the maximum 3"]);
    let shown = format!("{request:?}");
    assert!(!shown.contains("1234") && !shown.contains("secret-word") && !shown.contains("secret-label") && !shown.contains("secret-key"), "{shown}");
    let e: Option<ScoreError> = None;
    if let Some(ScoreError::ValidationException(v)) = &e {
        let _ = v.message();
    }
    if let Some(ScoreError::AccessDenied(a)) = &e {
        let _: &str = &a.message;
    }
}
