use ecr_runtime::aws_operation;

#[aws_operation(
    target = "Service_V1.GetThing",
    protocol = "json-1.1",
)]
pub struct GetThingRequest {
    pub thing_name: String,
    #[rename("thingName")]
    pub name: Option<String>,
}

fn main() {}
