use ecr_runtime::{aws_operation, aws_shape};

/// Only answers carry it: no builder, no validation.
#[aws_shape(output)]
pub struct Status {
    pub state: Option<String>,
}

/// A request cannot hold it.
#[aws_operation(target = "Svc.Put", protocol = "json-1.1")]
pub struct PutRequest {
    pub status: Status,
}

fn main() {
    // Nor can it be built with a builder: it has none.
    let _ = Status::builder();
}
