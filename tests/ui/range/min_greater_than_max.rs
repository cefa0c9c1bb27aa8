use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[range(10, 1)]
    pub count: i32,
}

fn main() {}
