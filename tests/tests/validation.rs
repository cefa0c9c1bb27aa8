//! BatchGetImage's constraints at their boundaries, with the exact messages; every violation is
//! reported at once and nothing is sent.

use ecr::operations::{BatchGetImageError, BatchGetImageRequest};
use ecr::types::ImageIdentifier;
use ecr_runtime::validate::Constraint;
use tests::CannedServer;

fn request(repository: &str, ids: usize) -> BatchGetImageRequest {
    BatchGetImageRequest::builder()
        .repository_name(repository)
        .set_image_ids(Some(
            (0..ids)
                .map(|i| ImageIdentifier::tag(format!("t{i}")))
                .collect(),
        ))
        .build()
        .expect("required members set")
}

fn messages(r: &BatchGetImageRequest) -> Vec<String> {
    match r.validate() {
        Ok(()) => Vec::new(),
        Err(e) => e.violations().iter().map(|v| v.to_string()).collect(),
    }
}

#[test]
fn repository_name_length_boundaries() {
    assert_eq!(
        messages(&request("a", 1)),
        ["repositoryName: length 1 is below the minimum 2"]
    );
    assert!(messages(&request("ab", 1)).is_empty());
    assert!(messages(&request(&"a".repeat(256), 1)).is_empty());
    assert_eq!(
        messages(&request(&"a".repeat(257), 1)),
        ["repositoryName: length 257 is above the maximum 256"]
    );
}

#[test]
fn multi_byte_characters_count_as_one() {
    // Two scalar values, four bytes: the length is 2, which passes the length check; the pattern
    // (lower-case ASCII) still refuses it, and the message names the length.
    let r = request("éé", 1);
    let e = r.validate().unwrap_err();
    assert_eq!(e.violations().len(), 1);
    assert_eq!(
        e.violations()[0].to_string(),
        "repositoryName: value \"éé\" (length 2) does not match the pattern [a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*"
    );
    let one = request("é", 1);
    let kinds: Vec<_> = one
        .validate()
        .unwrap_err()
        .violations()
        .iter()
        .map(|v| v.constraint().clone())
        .collect();
    assert!(
        kinds.contains(&Constraint::MinLength { actual: 1, min: 2 }),
        "{kinds:?}"
    );
}

#[test]
fn image_ids_count_boundaries() {
    assert_eq!(
        messages(&request("repo", 0)),
        ["imageIds: length 0 is below the minimum 1"]
    );
    assert!(messages(&request("repo", 1)).is_empty());
    assert!(messages(&request("repo", 100)).is_empty());
    assert_eq!(
        messages(&request("repo", 101)),
        ["imageIds: length 101 is above the maximum 100"]
    );
}

#[test]
fn image_tag_length_boundaries_with_item_paths() {
    let with_tag = |tag: String| {
        BatchGetImageRequest::builder()
            .repository_name("repo")
            .image_ids(ImageIdentifier::tag("ok"))
            .image_ids(ImageIdentifier::tag(tag))
            .build()
            .unwrap()
    };
    assert_eq!(
        messages(&with_tag(String::new())),
        ["imageIds[1].imageTag: length 0 is below the minimum 1"]
    );
    assert!(messages(&with_tag("x".into())).is_empty());
    assert!(messages(&with_tag("x".repeat(300))).is_empty());
    assert_eq!(
        messages(&with_tag("x".repeat(301))),
        ["imageIds[1].imageTag: length 301 is above the maximum 300"]
    );
}

#[test]
fn accepted_media_types_count_boundaries() {
    let with = |n: usize| {
        let mut b = BatchGetImageRequest::builder()
            .repository_name("repo")
            .image_ids(ImageIdentifier::tag("v1"));
        b = b.set_accepted_media_types(Some((0..n).map(|i| format!("type/{i}")).collect()));
        b.build().unwrap()
    };
    assert_eq!(
        messages(&with(0)),
        ["acceptedMediaTypes: length 0 is below the minimum 1"]
    );
    assert!(messages(&with(1)).is_empty());
    assert!(messages(&with(100)).is_empty());
    assert_eq!(
        messages(&with(101)),
        ["acceptedMediaTypes: length 101 is above the maximum 100"]
    );
}

#[test]
fn registry_id_pattern_is_not_anchored() {
    let with = |id: &str| {
        BatchGetImageRequest::builder()
            .registry_id(id)
            .repository_name("repo")
            .image_ids(ImageIdentifier::tag("v1"))
            .build()
            .unwrap()
    };
    assert!(messages(&with("123456789012")).is_empty());
    // Smithy patterns are not implicitly anchored: twelve digits anywhere satisfy `[0-9]{12}`.
    assert!(messages(&with("x123456789012")).is_empty());
    assert_eq!(
        messages(&with("12345")),
        ["registryId: value \"12345\" (length 5) does not match the pattern [0-9]{12}"]
    );
}

#[test]
fn several_violations_reported_together() {
    let r = BatchGetImageRequest::builder()
        .registry_id("abc")
        .repository_name("A")
        .image_ids(ImageIdentifier::tag(""))
        .image_ids(ImageIdentifier::tag("x".repeat(301)))
        .set_accepted_media_types(Some(vec![]))
        .build()
        .unwrap();
    let e = r.validate().unwrap_err();
    let paths: Vec<&str> = e.violations().iter().map(|v| v.path()).collect();
    assert_eq!(
        paths,
        [
            "registryId",
            "repositoryName",
            "repositoryName",
            "imageIds[0].imageTag",
            "imageIds[1].imageTag",
            "acceptedMediaTypes"
        ]
    );
    let text = e.to_string();
    assert!(
        text.starts_with(
            "invalid BatchGetImage request (6 violations, nothing sent): registryId: "
        ),
        "{text}"
    );
}

#[test]
fn missing_required_members_are_named() {
    let e = BatchGetImageRequest::builder().build().unwrap_err();
    let text: Vec<String> = e.violations().iter().map(|v| v.to_string()).collect();
    assert_eq!(
        text,
        [
            "repositoryName: required member is missing",
            "imageIds: required member is missing"
        ]
    );
}

#[tokio::test]
async fn an_invalid_request_makes_no_connection() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"images":[],"failures":[]}"#));
    let client = server.client(true);
    let err = client
        .batch_get_image()
        .repository_name("x")
        .image_ids(ImageIdentifier::tag(""))
        .send()
        .await
        .unwrap_err();
    let BatchGetImageError::Validation(v) = &err else {
        panic!("expected a validation error, got {err:?}")
    };
    assert_eq!(v.violations().len(), 2, "{v}");
    // Missing members and constraint violations come together from the fluent builder.
    let err = client
        .batch_get_image()
        .registry_id("nope")
        .send()
        .await
        .unwrap_err();
    let BatchGetImageError::Validation(v) = &err else {
        panic!("expected a validation error, got {err:?}")
    };
    let paths: Vec<&str> = v.violations().iter().map(|v| v.path()).collect();
    assert_eq!(paths, ["registryId", "repositoryName", "imageIds"]);
    assert_eq!(server.connections(), 0);

    // The counter does count: a valid request makes one connection.
    client
        .batch_get_image()
        .repository_name("repo")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap();
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn validation_can_be_switched_off() {
    let server = CannedServer::start(CannedServer::json_200(r#"{"images":[],"failures":[]}"#));
    let client = server.client(false);
    // A limit the client would enforce goes to the service as is.
    let out = client
        .batch_get_image()
        .repository_name("x")
        .image_ids(ImageIdentifier::tag("x".repeat(301)))
        .send()
        .await
        .unwrap();
    assert!(out.images().is_empty());
    assert_eq!(server.connections(), 1);
    let sent = String::from_utf8(server.last_request()).unwrap();
    assert!(
        sent.ends_with(&format!(
            r#"{{"repositoryName":"x","imageIds":[{{"imageTag":"{}"}}]}}"#,
            "x".repeat(301)
        )),
        "{sent}"
    );
    // A missing required member is still refused: there is nothing to send for it.
    let err = client
        .batch_get_image()
        .repository_name("x")
        .send()
        .await
        .unwrap_err();
    assert!(err.is_validation());
    assert_eq!(server.connections(), 1);
}

#[test]
fn list_items_are_checked_with_their_index() {
    use ecr::operations::DescribeRepositoriesRequest;
    let r = DescribeRepositoriesRequest::builder()
        .repository_names("good/name")
        .repository_names("x")
        .repository_names("y".repeat(257))
        .build();
    let e = r.validate().unwrap_err();
    let text: Vec<String> = e.violations().iter().map(|v| v.to_string()).collect();
    assert_eq!(
        text,
        [
            "repositoryNames[1]: length 1 is below the minimum 2",
            "repositoryNames[2]: length 257 is above the maximum 256",
        ]
    );
    let ok = DescribeRepositoriesRequest::builder()
        .repository_names("ab")
        .build();
    assert!(ok.validate().is_ok());
}
