use ecr_runtime::aws_operation;

#[aws_operation(
    target = "Service_V1.GetThing",
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
