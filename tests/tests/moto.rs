//! End to end against moto's ECR: every call signed with SigV4, over HTTP, to a real server.

use ecr::operations::{BatchGetImageError, CreateRepositoryError, DeleteRepositoryError};
use ecr::types::{ImageFailureCode, ImageIdentifier, ImageTagMutability, Tag};
use tests::{MANIFEST, Moto, put_manifest};

#[tokio::test]
async fn batch_get_image_present_and_missing_tags() {
    let moto = Moto::start();
    let client = moto.client();
    let created = client
        .create_repository()
        .repository_name("demo/app")
        .tags(
            Tag::builder()
                .key("team")
                .value("platform")
                .build()
                .unwrap(),
        )
        .image_tag_mutability(ImageTagMutability::Mutable)
        .send()
        .await
        .unwrap();
    let repo = created.repository().unwrap();
    assert_eq!(repo.repository_name(), Some("demo/app"));
    assert_eq!(repo.registry_id(), Some("123456789012"));
    assert_eq!(
        repo.image_tag_mutability(),
        Some(&ImageTagMutability::Mutable)
    );
    assert!(
        repo.created_at().is_some_and(|t| t.year() >= 2024),
        "{:?}",
        repo.created_at()
    );

    let digest = put_manifest(&client, "demo/app", "v1").await;
    assert!(digest.starts_with("sha256:"), "{digest}");

    let out = client
        .batch_get_image()
        .repository_name("demo/app")
        .image_ids(ImageIdentifier::tag("v1"))
        .image_ids(ImageIdentifier::tag("nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(out.images().len(), 1);
    let image = &out.images()[0];
    assert_eq!(image.image_manifest(), Some(MANIFEST));
    assert_eq!(
        image.image_manifest_media_type(),
        Some("application/vnd.docker.distribution.manifest.v2+json")
    );
    assert_eq!(
        image.image_id().and_then(|i| i.image_digest()),
        Some(digest.as_str())
    );
    assert_eq!(image.image_id().and_then(|i| i.image_tag()), Some("v1"));
    assert_eq!(out.failures().len(), 1);
    let failure = &out.failures()[0];
    assert_eq!(
        failure.failure_code(),
        Some(&ImageFailureCode::ImageNotFound)
    );
    assert_eq!(failure.image_id().and_then(|i| i.image_tag()), Some("nope"));
    assert_eq!(failure.failure_reason(), Some("Requested image not found"));

    // By digest too.
    let by_digest = client
        .batch_get_image()
        .repository_name("demo/app")
        .image_ids(ImageIdentifier::parse(&digest))
        .send()
        .await
        .unwrap();
    assert_eq!(by_digest.images().len(), 1);
}

#[tokio::test]
async fn missing_repository_is_a_typed_error_with_the_servers_message() {
    let moto = Moto::start();
    let err = moto
        .client()
        .batch_get_image()
        .repository_name("nosuch")
        .image_ids(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap_err();
    let BatchGetImageError::RepositoryNotFound(e) = &err else {
        panic!("expected RepositoryNotFound, got {err:?}")
    };
    assert_eq!(
        e.message(),
        Some(
            "The repository with name 'nosuch' does not exist in the registry with id '123456789012'"
        )
    );
    assert_eq!(e.meta().status(), Some(400));
    assert!(e.meta().request_id().is_some_and(|id| !id.is_empty()));
    let shown = err.to_string();
    assert!(
        shown.starts_with("RepositoryNotFoundException: The repository with name 'nosuch'"),
        "{shown}"
    );
    assert!(shown.contains("request id "), "{shown}");
}

#[tokio::test]
async fn the_image_lifecycle() {
    let moto = Moto::start();
    let client = moto.client();
    client
        .create_repository()
        .repository_name("life/cycle")
        .send()
        .await
        .unwrap();
    let again = client
        .create_repository()
        .repository_name("life/cycle")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(again, CreateRepositoryError::RepositoryAlreadyExists(_)),
        "{again:?}"
    );

    put_manifest(&client, "life/cycle", "v1").await;
    let other = MANIFEST
        .replace("7023", "7024")
        .replace("e692418e", "f692418e");
    client
        .put_image()
        .repository_name("life/cycle")
        .image_tag("v2")
        .image_manifest(other)
        .send()
        .await
        .unwrap();

    let repos = client
        .describe_repositories()
        .repository_names("life/cycle")
        .send()
        .await
        .unwrap();
    assert_eq!(repos.repositories().len(), 1);
    assert_eq!(
        repos.repositories()[0].repository_name(),
        Some("life/cycle")
    );

    let listed = client
        .list_images()
        .repository_name("life/cycle")
        .send()
        .await
        .unwrap();
    let mut tags: Vec<&str> = listed
        .image_ids()
        .iter()
        .filter_map(|i| i.image_tag())
        .collect();
    tags.sort();
    assert_eq!(tags, ["v1", "v2"]);

    let described = client
        .describe_images()
        .repository_name("life/cycle")
        .send()
        .await
        .unwrap();
    assert_eq!(described.image_details().len(), 2);
    let detail = described
        .image_details()
        .iter()
        .find(|d| d.image_tags().contains(&"v1".to_owned()))
        .unwrap();
    assert_eq!(detail.image_size_in_bytes(), Some(7023));
    assert!(detail.image_pushed_at().is_some());

    let not_empty = client
        .delete_repository()
        .repository_name("life/cycle")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(not_empty, DeleteRepositoryError::RepositoryNotEmpty(_)),
        "{not_empty:?}"
    );

    let deleted = client
        .batch_delete_image()
        .repository_name("life/cycle")
        .image_ids(ImageIdentifier::tag("v1"))
        .image_ids(ImageIdentifier::tag("missing"))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.image_ids().len(), 1);
    assert_eq!(deleted.image_ids()[0].image_tag(), Some("v1"));
    assert_eq!(
        deleted.failures()[0].failure_code(),
        Some(&ImageFailureCode::ImageNotFound)
    );

    let gone = client
        .delete_repository()
        .repository_name("life/cycle")
        .force(true)
        .send()
        .await
        .unwrap();
    assert_eq!(
        gone.repository().and_then(|r| r.repository_name()),
        Some("life/cycle")
    );
    let listed = client.describe_repositories().send().await.unwrap();
    assert!(listed.repositories().is_empty());
}

#[tokio::test]
async fn region_credentials_and_endpoint_from_the_shared_files() {
    let moto = Moto::start();
    let dir = std::env::temp_dir().join(format!("ecr-profile-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config_file = dir.join("config");
    let credentials_file = dir.join("credentials");
    std::fs::write(
        &config_file,
        format!("[default]\nregion = eu-west-1\n\n[profile ci]\nregion = us-east-1\nendpoint_url = {}\n", moto.endpoint()),
    )
    .unwrap();
    std::fs::write(
        &credentials_file,
        "[ci]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n",
    )
    .unwrap();
    let env = ecr_runtime::Env::from_vars([
        ("HOME", dir.to_str().unwrap()),
        ("AWS_CONFIG_FILE", config_file.to_str().unwrap()),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            credentials_file.to_str().unwrap(),
        ),
        ("AWS_PROFILE", "ci"),
    ]);
    let config = ecr::Config::loader().env(env).load().await.unwrap();
    assert_eq!(config.region().map(|r| r.as_str()), Some("us-east-1"));
    let client = ecr::Client::new(&config);
    assert_eq!(
        client.runtime().endpoint().unwrap().uri().to_string(),
        format!("{}/", moto.endpoint())
    );
    client
        .create_repository()
        .repository_name("from/profile")
        .send()
        .await
        .unwrap();
    // moto keeps one registry per signing region: the repository is in us-east-1.
    let seen = moto.client().describe_repositories().send().await.unwrap();
    assert_eq!(
        seen.repositories()[0].repository_name(),
        Some("from/profile")
    );
    let _ = std::fs::remove_dir_all(dir);
}
