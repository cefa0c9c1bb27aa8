use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Inner {
    pub name: Option<String>,
}

#[aws_shape]
pub struct Outer {
    #[length(1, 2)]
    pub inner: Inner,
}

fn main() {}
