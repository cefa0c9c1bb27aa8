use ecr_runtime::aws_operation;

#[aws_operation(
    target "Service_V1.GetThing",
    protocol = "json-1.1",
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
