use ecr_runtime::{aws_operation, aws_shape};

#[aws_shape]
pub struct NotAnError {
    pub message: Option<String>,
}

#[aws_operation(target = "Svc.Get", protocol = "json-1.1", errors(NotAnError))]
pub struct GetRequest {
    pub id: String,
}

fn main() {}
