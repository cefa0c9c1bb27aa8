use ecr_runtime::aws_shape;

#[aws_shape(output = true)]
pub struct Status {
    pub state: Option<String>,
}

fn main() {}
