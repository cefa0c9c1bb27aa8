use ecr_runtime::aws_operation;

/// Not declared with `#[aws_shape]`: it cannot be read from an answer.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct GetThingOutput {
    pub value: String,
}

#[aws_operation(
    target = "Service_V1.GetThing",
    protocol = "json-1.1",
    output = GetThingOutput,
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
