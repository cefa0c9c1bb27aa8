use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[pattern]
    pub name: String,
}

fn main() {}
