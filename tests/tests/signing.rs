//! Signatures checked by an independent verifier: moto with IAM access control on recomputes
//! every SigV4 signature with botocore and refuses a wrong one.

use ecr::Credentials;
use ecr::operations::{BatchGetImageError, DescribeRepositoriesError};
use ecr::types::ImageIdentifier;
use tests::{Moto, put_manifest};

#[tokio::test]
async fn right_key_accepted_wrong_secret_refused() {
    // The first three actions are let through unchecked: they create the user, its policy, its key.
    let moto = Moto::start_with(&[("INITIAL_NO_AUTH_ACTION_COUNT", "3")]);
    let (key, secret) = moto.create_admin_key().await;
    assert!(key.starts_with("AKIA"), "{key}");

    let client = moto.client_with(Credentials::new(&key, &secret));
    client
        .create_repository()
        .repository_name("signed/app")
        .send()
        .await
        .unwrap();
    put_manifest(&client, "signed/app", "v1").await;
    let out = client
        .batch_get_image()
        .repository_name("signed/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap();
    assert_eq!(out.images().len(), 1);

    // A service error still comes through as such once signatures are checked.
    let err = client
        .batch_get_image()
        .repository_name("nosuch")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_repository_not_found(), "{err:?}");

    let wrong = moto.client_with(Credentials::new(&key, "not-the-secret"));
    let err = wrong.describe_repositories().send().await.unwrap_err();
    let DescribeRepositoriesError::Unmodeled(e) = &err else {
        panic!("expected an unmodeled error, got {err:?}")
    };
    assert_eq!(e.code(), "SignatureDoesNotMatch");
    assert_eq!(e.status(), Some(403));
    assert!(e.message().is_some_and(|m| m.contains("signature")), "{e}");
    assert!(
        err.to_string().starts_with("SignatureDoesNotMatch: "),
        "{err}"
    );

    let unknown = moto.client_with(Credentials::new("AKIAUNKNOWNKEY000000", &secret));
    let err = unknown
        .batch_get_image()
        .repository_name("signed/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap_err();
    let BatchGetImageError::Unmodeled(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.code(), "InvalidClientTokenId");
}
