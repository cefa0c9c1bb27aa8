use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[length(1, 2)]
    pub flag: bool,
}

fn main() {}
