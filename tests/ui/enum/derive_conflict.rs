use ecr_runtime::aws_enum;

#[aws_enum]
#[derive(Debug, Clone)]
pub enum Status {
    Active,
}

fn main() {}
