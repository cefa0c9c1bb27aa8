use ecr_runtime::aws_operation;

#[aws_operation(
    target = "Prefix.",
    protocol = "json-1.1",
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
