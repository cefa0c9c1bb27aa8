use ecr_runtime::{aws_operation, aws_service};

#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "json-1.0",
    target_prefix = "DynamoDB_20120810",
)]
pub struct DynamoDb;

#[aws_operation(service = DynamoDb, protocol = "json-1.0")]
pub struct GetItemRequest {
    pub table_name: String,
}

fn main() {}
