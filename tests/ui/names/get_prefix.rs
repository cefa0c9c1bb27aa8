use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Job {
    pub state: Option<String>,
    pub get_state: Option<String>,
}

fn main() {}
