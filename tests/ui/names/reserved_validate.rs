use ecr_runtime::aws_operation;

#[aws_operation(target = "Svc.Check", protocol = "json-1.1")]
pub struct CheckRequest {
    pub validate: Option<bool>,
    pub send: Option<bool>,
}

fn main() {}
