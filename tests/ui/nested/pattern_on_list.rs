use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Digests {
    #[pattern("sha256:[a-f0-9]+")]
    pub digests: Vec<String>,
}

fn main() {}
