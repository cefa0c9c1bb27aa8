use ecr_runtime::aws_enum;

#[aws_enum]
pub enum State {
    #[rename("")]
    Active,
}

fn main() {}
