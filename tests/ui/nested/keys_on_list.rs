use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Labels {
    #[keys(length(1, 128))]
    pub names: Vec<String>,
}

fn main() {}
