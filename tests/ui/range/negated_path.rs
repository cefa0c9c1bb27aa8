use ecr_runtime::aws_shape;

const LIMIT: i32 = 10;

#[aws_shape]
pub struct Page {
    #[range(-LIMIT, LIMIT)]
    pub offset: Option<i32>,
}

fn main() {}
