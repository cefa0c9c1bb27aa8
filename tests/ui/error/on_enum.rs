use ecr_runtime::aws_error;

#[aws_error]
pub enum ThingNotFoundException {
    Missing,
}

fn main() {}
