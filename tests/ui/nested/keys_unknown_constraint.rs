use ecr_runtime::aws_shape;
use std::collections::HashMap;

#[aws_shape]
pub struct Labels {
    #[keys(size(1, 128))]
    pub tags: HashMap<String, String>,
}

fn main() {}
