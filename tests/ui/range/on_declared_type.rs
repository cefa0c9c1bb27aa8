use ecr_runtime::{aws_enum, aws_shape};

#[aws_enum]
pub enum State {
    #[rename("ACTIVE")]
    Active,
}

#[aws_shape]
pub struct Shape {
    #[range(1, 5)]
    pub state: Option<State>,
}

fn main() {}
