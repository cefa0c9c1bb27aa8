use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(1..10)]
    pub name: String,
}

fn main() {}
