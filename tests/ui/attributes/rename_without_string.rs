use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[rename]
    pub name: String,
}

fn main() {}
