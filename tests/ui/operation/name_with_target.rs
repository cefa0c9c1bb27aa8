use ecr_runtime::aws_operation;

#[aws_operation(
    target = "DynamoDB_20120810.GetItem",
    name = "GetItem",
    protocol = "json-1.0",
)]
pub struct GetItemRequest {
    pub table_name: String,
}

fn main() {}
