use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length]
    pub name: String,
}

fn main() {}
