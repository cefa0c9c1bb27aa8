use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Page {
    #[range("1", "100")]
    pub size: Option<i32>,
}

fn main() {}
