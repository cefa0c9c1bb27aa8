use ecr_runtime::aws_enum;

#[aws_enum]
pub enum Status {
    #[rename(ACTIVE)]
    Active,
}

fn main() {}
