use ecr_runtime::aws_service;

#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "json-1.0",
    target_prefix = "DynamoDB_20120810",
    api_version = "2012-08-10",
)]
pub struct DynamoDb;

fn main() {}
