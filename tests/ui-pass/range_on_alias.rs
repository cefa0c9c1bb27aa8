//! `#[range]` on a type alias of a number is checked like one on the number.
use ecr_runtime::aws_shape;

/// A page size.
pub type PageSize = i32;

/// A request part.
#[aws_shape]
pub struct Paging {
    /// At most this many.
    #[range(1, 100)]
    pub size: Option<PageSize>,
}

fn main() {
    let ok = Paging::builder().size(100).build();
    assert!(ok.validate().is_ok());
    let err = Paging::builder().size(101).build().validate().unwrap_err();
    assert_eq!(
        err.violations()[0].to_string(),
        "size: value 101 is above the maximum 100"
    );
}
