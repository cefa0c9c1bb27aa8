use ecr_runtime::aws_shape;

#[aws_shape]
pub struct Counts {
    #[each(length(1, 2))]
    pub values: Vec<i32>,
}

fn main() {}
