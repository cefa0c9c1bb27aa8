use ecr_runtime::aws_shape;

#[aws_shape(foo)]
pub struct Shape {
    pub name: String,
}

fn main() {}
