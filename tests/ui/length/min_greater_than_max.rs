use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(5, 2)]
    pub name: String,
}

fn main() {}
