use ecr_runtime::aws_error;

#[aws_error]
#[derive(Default, PartialEq)]
pub struct ThingNotFoundException {
    pub message: Option<String>,
}

fn main() {}
