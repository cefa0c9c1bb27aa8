use ecr_runtime::aws_operation;

// The declaration is wrong, but the rest of the crate still sees the generated items: the
// mistake is reported once, at the declaration, and not again at every use.
#[aws_operation(target = "Svc.Get", protocol = "json-9", timeout = 5)]
pub struct GetRequest {
    #[length(5, 2)]
    pub id: String,
}

fn main() {
    let request = GetRequest::builder().id("x").build().unwrap();
    let _ = request.validate();
    let _: Option<GetError> = None;
}
