use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Label {
    #[lenght(1, 5)]
    pub key: Option<String>,
}

fn main() {}
