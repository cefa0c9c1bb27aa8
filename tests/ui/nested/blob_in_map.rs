use ecr_runtime::aws_shape;
use std::collections::HashMap;

#[aws_shape]
pub struct Attachments {
    pub files: Option<HashMap<String, Vec<u8>>>,
}

fn main() {}
