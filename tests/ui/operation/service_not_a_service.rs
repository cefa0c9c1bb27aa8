use ecr_runtime::aws_operation;

/// A plain type: not declared with `#[aws_service]`.
#[derive(Clone, Copy)]
pub struct DynamoDb;

#[aws_operation(service = DynamoDb)]
pub struct GetItemRequest {
    pub table_name: String,
}

fn main() {}
