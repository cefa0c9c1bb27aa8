use ecr_runtime::aws_shape;

const MAX: usize = 10;

#[aws_shape]
pub struct Shape {
    #[length(min = 1, max = MAX)]
    pub name: String,
}

fn main() {}
