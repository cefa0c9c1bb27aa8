use ecr_runtime::aws_enum;

#[aws_enum]
pub enum Status<T> {
    Active,
    Failed,
}

fn main() {}
