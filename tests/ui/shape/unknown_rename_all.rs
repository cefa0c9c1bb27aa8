use ecr_runtime::aws_shape;

#[aws_shape(rename_all = "snake_case")]
pub struct Page {
    pub size: Option<i32>,
}

fn main() {}
