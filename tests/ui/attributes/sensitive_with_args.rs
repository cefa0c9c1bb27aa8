use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Shape {
    #[sensitive(true)]
    pub secret: String,
}

fn main() {}
