use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[pattern("[0-9]+")]
    pub count: i32,
}

fn main() {}
