//! Member names that could collide with generated locals or keywords.
use ecr_runtime::{aws_enum, aws_operation, aws_shape};

#[aws_enum]
pub enum Kind {
    #[rename("a")]
    A,
}

#[aws_shape]
pub struct Item {
    pub r#type: Option<Kind>,
    pub key: Option<String>,
    pub value: Option<String>,
    pub item: Option<String>,
    pub f: Option<i32>,
    pub out: Option<bool>,
    pub path: Option<String>,
    pub client: Option<String>,
}

#[aws_operation(target = "Svc.Do", protocol = "json-1.0")]
pub struct DoRequest {
    #[length(1, 3)]
    pub items: Vec<Item>,
    #[each(length(1, 5))]
    pub key: Option<Vec<String>>,
    pub r#match: Option<String>,
}

fn main() {
    let item = Item::builder().r#type(Kind::A).key("k").value("v").item("i").f(1).out(true).path("p").client("c").build();
    assert_eq!(item.r#type(), Some(&Kind::A));
    let request = DoRequest::builder().items(item).key("abc").r#match("m").build().unwrap();
    assert!(request.validate().is_ok());
    let json = serde_json::to_string(&request).unwrap();
    assert_eq!(json, r#"{"items":[{"type":"a","key":"k","value":"v","item":"i","f":1,"out":true,"path":"p","client":"c"}],"key":["abc"],"match":"m"}"#);
}
