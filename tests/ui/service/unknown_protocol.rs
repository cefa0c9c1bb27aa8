use ecr_runtime::aws_service;

#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "rest-json",
    target_prefix = "DynamoDB_20120810",
)]
pub struct DynamoDb;

fn main() {}
