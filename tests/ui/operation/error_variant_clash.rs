use ecr_runtime::{aws_error, aws_operation};

mod first {
    use super::*;

    #[aws_error]
    pub struct NotFoundException {
        pub message: Option<String>,
    }
}

mod second {
    use super::*;

    #[aws_error]
    pub struct NotFoundException {
        pub message: Option<String>,
    }
}

#[aws_operation(
    target = "Service_V1.GetThing",
    protocol = "json-1.1",
    errors(first::NotFoundException, second::NotFoundException),
)]
pub struct GetThingRequest {
    pub name: String,
}

fn main() {}
