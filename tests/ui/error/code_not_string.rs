use ecr_runtime::aws_error;

#[aws_error(code = ThingNotFound)]
pub struct ThingNotFoundException {
    pub message: Option<String>,
}

fn main() {}
