use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(minimum = 1)]
    pub name: String,
}

fn main() {}
