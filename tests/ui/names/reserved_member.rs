use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Job {
    pub builder: Option<String>,
    pub set_state: Option<String>,
    pub state: Option<String>,
}

fn main() {}
