use ecr_runtime::aws_enum;

#[aws_enum]
pub enum Status {
    Active = 1,
    Failed = 2,
}

fn main() {}
