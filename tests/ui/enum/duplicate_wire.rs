use ecr_runtime::aws_enum;

#[aws_enum]
pub enum Status {
    Active,
    #[rename("Active")]
    Enabled,
}

fn main() {}
