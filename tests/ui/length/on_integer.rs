use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(1, 2)]
    pub count: i32,
}

fn main() {}
