use ecr_runtime::aws_operation;

#[aws_operation(
    target = "Service_V1.GetThing",
    protocol = "json-2.0",
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
