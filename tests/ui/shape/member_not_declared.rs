use ecr_runtime::aws_shape;

/// Not declared with `#[aws_shape]`: it cannot be validated or sent.
#[derive(Clone, PartialEq, Default, Debug)]
pub struct Plain {
    pub value: String,
}

#[aws_shape]
pub struct Outer {
    pub items: Option<Vec<Plain>>,
}

fn main() {}
