use ecr_runtime::aws_error;

#[aws_error(status = 404)]
pub struct ThingNotFoundException {
    pub message: Option<String>,
}

fn main() {}
