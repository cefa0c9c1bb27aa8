use ecr_runtime::aws_enum;

#[aws_enum]
pub struct Status {
    pub value: String,
}

fn main() {}
