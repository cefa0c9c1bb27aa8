use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Labels {
    #[each(length(1, 128))]
    #[each(pattern("[a-z]+"))]
    pub names: Vec<String>,
}

fn main() {}
