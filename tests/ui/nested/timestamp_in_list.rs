use ecr_runtime::{OffsetDateTime, aws_shape};

#[aws_shape]
pub struct Events {
    pub times: Option<Vec<OffsetDateTime>>,
}

fn main() {}
