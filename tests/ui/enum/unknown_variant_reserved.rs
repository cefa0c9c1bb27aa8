use ecr_runtime::aws_enum;

#[aws_enum]
pub enum Status {
    Active,
    Unknown,
}

fn main() {}
