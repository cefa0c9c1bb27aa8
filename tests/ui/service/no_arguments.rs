use ecr_runtime::aws_service;

#[aws_service]
pub struct DynamoDb;

fn main() {}
