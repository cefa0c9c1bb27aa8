use ecr_runtime::aws_shape;

#[aws_shape]
#[derive(Debug, Clone, Eq)]
pub struct Label {
    pub key: Option<String>,
}

fn main() {
    let _ = Label::builder().key("k").build();
}
