use ecr_runtime::aws_service;

#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "json-1.0",
)]
pub struct DynamoDb;

fn main() {}
