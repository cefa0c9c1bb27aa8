use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Labels {
    #[values(length(1, 128))]
    pub name: String,
}

fn main() {}
