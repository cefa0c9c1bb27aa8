use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(min = 1, min = 2)]
    pub name: String,
}

fn main() {}
