use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Labels {
    #[each]
    pub names: Vec<String>,
}

fn main() {}
