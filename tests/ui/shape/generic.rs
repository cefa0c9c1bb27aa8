use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Page<T> {
    pub items: Vec<T>,
}

fn main() {}
