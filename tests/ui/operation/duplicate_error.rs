use ecr_runtime::{aws_error, aws_operation};

#[aws_error]
pub struct ThingNotFoundException {
    pub message: Option<String>,
}

#[aws_operation(
    target = "Service_V1.GetThing",
    protocol = "json-1.1",
    errors(ThingNotFoundException, ThingNotFoundException),
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
