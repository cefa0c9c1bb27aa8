use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[pattern("[a-z")]
    pub name: String,
}

fn main() {}
