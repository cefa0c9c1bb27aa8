use ecr_runtime::aws_shape;
use std::collections::HashMap;

#[aws_shape]
pub struct Labels {
    #[values(regex("[a-z]+"))]
    pub tags: HashMap<String, String>,
}

fn main() {}
