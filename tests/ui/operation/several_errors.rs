use ecr_runtime::aws_operation;

#[aws_operation(
    target = "Service_V1.GetThing",
    protocol = "json-2.0",
)]
pub struct GetThingRequest {
    #[length(1, 2)]
    pub force: bool,
    #[length(10, 1)]
    pub name: String,
    #[range(5, 1)]
    pub count: i32,
}

fn main() {}
