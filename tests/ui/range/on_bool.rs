use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[range(0, 1)]
    pub flag: bool,
}

fn main() {}
