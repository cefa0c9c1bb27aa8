use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Repository {
    #[each(length(1, 5))]
    pub name: String,
}

fn main() {}
