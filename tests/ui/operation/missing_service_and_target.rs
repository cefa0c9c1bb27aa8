use ecr_runtime::aws_operation;

#[aws_operation(name = "GetItem")]
pub struct GetItemRequest {
    pub table_name: String,
}

fn main() {}
