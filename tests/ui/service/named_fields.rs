use ecr_runtime::aws_service;

#[aws_service(
    id = "DynamoDB",
    endpoint_prefix = "dynamodb",
    protocol = "json-1.0",
    target_prefix = "DynamoDB_20120810",
)]
pub struct DynamoDb {
    pub region: String,
}

fn main() {}
