use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(min = 1)]
    #[length(max = 10)]
    pub name: String,
}

fn main() {}
