use ecr_runtime::aws_enum;

#[aws_enum(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    Active,
}

fn main() {}
