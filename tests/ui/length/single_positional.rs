use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(3)]
    pub name: String,
}

fn main() {}
