//! Every ECR operation moto implements, end to end through `ecr::Client`: each call signed,
//! sent over HTTP to a real `moto_server`, its answer parsed into the typed output or the typed
//! error, and checked as a user would check it.
//!
//! Each test starts its own moto, so related operations share a scenario. Where each of the 30
//! operations moto implements is called and asserted:
//!
//! | operation | test |
//! |---|---|
//! | CreateRepository | `a_repositorys_life`, `images_pushed_listed_described_fetched_and_deleted`, `image_scans_and_scanning_configuration` |
//! | DescribeRepositories | `a_repositorys_life` |
//! | DeleteRepository | `a_repositorys_life`, `images_pushed_listed_described_fetched_and_deleted` |
//! | SetRepositoryPolicy | `a_repositorys_life` |
//! | GetRepositoryPolicy | `a_repositorys_life` |
//! | DeleteRepositoryPolicy | `a_repositorys_life` |
//! | PutLifecyclePolicy | `a_repositorys_life` |
//! | GetLifecyclePolicy | `a_repositorys_life` |
//! | DeleteLifecyclePolicy | `a_repositorys_life` |
//! | ListTagsForResource | `a_repositorys_life` |
//! | TagResource | `a_repositorys_life` |
//! | UntagResource | `a_repositorys_life` |
//! | PutImageTagMutability | `a_repositorys_life`, `images_pushed_listed_described_fetched_and_deleted` |
//! | PutImageScanningConfiguration | `a_repositorys_life` |
//! | PutImage | `images_pushed_listed_described_fetched_and_deleted` |
//! | ListImages (plain and through its paginator) | `images_pushed_listed_described_fetched_and_deleted` |
//! | DescribeImages | `images_pushed_listed_described_fetched_and_deleted` |
//! | BatchGetImage | `images_pushed_listed_described_fetched_and_deleted` |
//! | BatchDeleteImage | `images_pushed_listed_described_fetched_and_deleted` |
//! | StartImageScan | `image_scans_and_scanning_configuration` |
//! | DescribeImageScanFindings | `image_scans_and_scanning_configuration` |
//! | GetRegistryScanningConfiguration | `image_scans_and_scanning_configuration` |
//! | PutRegistryScanningConfiguration | `image_scans_and_scanning_configuration` |
//! | BatchGetRepositoryScanningConfiguration | `image_scans_and_scanning_configuration` |
//! | PutRegistryPolicy | `registry_policy_replication_and_describe_registry` |
//! | GetRegistryPolicy | `registry_policy_replication_and_describe_registry` |
//! | DeleteRegistryPolicy | `registry_policy_replication_and_describe_registry` |
//! | PutReplicationConfiguration | `registry_policy_replication_and_describe_registry` |
//! | DescribeRegistry | `registry_policy_replication_and_describe_registry` |
//! | GetAuthorizationToken | `authorization_tokens` |
//!
//! `operations_moto_lacks_are_typed_errors` calls a stub (InitiateLayerUpload,
//! BatchCheckLayerAvailability) and an absent operation (DescribePullThroughCacheRules): moto
//! answers HTTP 500 with an HTML page, which must come back as a typed error, not a panic.

use base64::Engine as _;
use ecr::operations::{
    BatchCheckLayerAvailabilityError, DeleteLifecyclePolicyError, DeleteRegistryPolicyError,
    DeleteRepositoryPolicyError, DescribeImageScanFindingsError, DescribeImagesError,
    DescribePullThroughCacheRulesError, DescribeRepositoriesError, GetLifecyclePolicyError,
    GetRegistryPolicyError, GetRepositoryPolicyError, InitiateLayerUploadError,
    ListTagsForResourceError, PutImageError, PutReplicationConfigurationError, StartImageScanError,
};
use ecr::types::{
    FindingSeverity, ImageFailureCode, ImageIdentifier, ImageScanningConfiguration,
    ImageTagMutability, RegistryScanningRule, ReplicationConfiguration, ReplicationDestination,
    ReplicationRule, RepositoryFilter, RepositoryFilterType, ScanFrequency, ScanStatus, ScanType,
    ScanningConfigurationFailureCode, ScanningRepositoryFilter, ScanningRepositoryFilterType, Tag,
};
use ecr_runtime::OffsetDateTime;
use tests::{MANIFEST, Moto, REGION, put_manifest};

/// The account moto runs as: every registry id it answers.
const ACCOUNT: &str = "123456789012";

/// A repository policy moto's IAM validator accepts (no `Resource`, as ECR allows).
const REPOSITORY_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}"#;

/// A lifecycle policy: expire untagged images after 14 days (at least 100 characters).
const LIFECYCLE_POLICY: &str = r#"{"rules":[{"rulePriority":1,"description":"expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}"#;

/// A registry policy: moto accepts only `ecr:CreateRepository` and `ecr:ReplicateImage`.
const REGISTRY_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"replicate","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*"}]}"#;

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build().unwrap()
}

/// `(key, value)` pairs, sorted, of a tag list.
fn tag_pairs(tags: &[Tag]) -> Vec<(&str, &str)> {
    let mut pairs: Vec<(&str, &str)> = tags.iter().map(|t| (t.key(), t.value())).collect();
    pairs.sort();
    pairs
}

/// A second docker manifest, with another layer, hence another digest in moto.
fn other_manifest() -> String {
    MANIFEST
        .replace("7023", "7024")
        .replace("e692418e", "f692418e")
}

#[tokio::test]
async fn a_repositorys_life() {
    let moto = Moto::start();
    let client = moto.client();
    let name = "team/service";

    // CreateRepository, with tags and a scanning configuration.
    let created = client
        .create_repository()
        .repository_name(name)
        .tags(tag("team", "platform"))
        .tags(tag("env", "dev"))
        .image_scanning_configuration(ImageScanningConfiguration::builder().build())
        .send()
        .await
        .unwrap();
    let repo = created.repository().unwrap();
    let arn = repo.repository_arn().unwrap().to_owned();
    assert_eq!(
        arn,
        format!("arn:aws:ecr:{REGION}:{ACCOUNT}:repository/{name}")
    );
    assert_eq!(repo.registry_id(), Some(ACCOUNT));
    assert_eq!(
        repo.repository_uri(),
        Some(format!("{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/{name}").as_str())
    );
    assert_eq!(
        repo.image_tag_mutability(),
        Some(&ImageTagMutability::Mutable)
    );
    let now = OffsetDateTime::now_utc();
    assert!(
        repo.created_at()
            .is_some_and(|t| (now - t).whole_seconds().abs() < 3600),
        "{:?} vs now {now}",
        repo.created_at()
    );

    // DescribeRepositories: all, and by name.
    let all = client.describe_repositories().send().await.unwrap();
    assert_eq!(all.repositories().len(), 1);
    assert_eq!(all.repositories()[0].repository_arn(), Some(arn.as_str()));
    let missing = client
        .describe_repositories()
        .repository_names("no/such")
        .send()
        .await
        .unwrap_err();
    assert!(missing.is_repository_not_found(), "{missing:?}");
    assert_eq!(missing.meta().and_then(|m| m.status()), Some(400));

    // Repository policy: none yet; set, read back, delete, gone.
    let none = client
        .get_repository_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    let GetRepositoryPolicyError::RepositoryPolicyNotFound(e) = &none else {
        panic!("expected RepositoryPolicyNotFound, got {none:?}")
    };
    assert_eq!(
        e.message(),
        Some(
            "Repository policy does not exist for the repository with name 'team/service' in \
             the registry with id '123456789012'"
        )
    );
    let set = client
        .set_repository_policy()
        .repository_name(name)
        .policy_text(REPOSITORY_POLICY)
        .send()
        .await
        .unwrap();
    assert_eq!(set.policy_text(), Some(REPOSITORY_POLICY));
    assert_eq!(set.repository_name(), Some(name));
    assert_eq!(set.registry_id(), Some(ACCOUNT));
    let got = client
        .get_repository_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(got.policy_text(), Some(REPOSITORY_POLICY));
    assert_eq!(got.repository_name(), Some(name));
    assert_eq!(got.registry_id(), Some(ACCOUNT));
    let deleted = client
        .delete_repository_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.policy_text(), Some(REPOSITORY_POLICY));
    assert_eq!(deleted.repository_name(), Some(name));
    let again = client
        .delete_repository_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            again,
            DeleteRepositoryPolicyError::RepositoryPolicyNotFound(_)
        ),
        "{again:?}"
    );
    let gone = client
        .get_repository_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    assert!(gone.is_repository_policy_not_found(), "{gone:?}");

    // Lifecycle policy: none yet; put, read back, delete, gone.
    let none = client
        .get_lifecycle_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    let GetLifecyclePolicyError::LifecyclePolicyNotFound(e) = &none else {
        panic!("expected LifecyclePolicyNotFound, got {none:?}")
    };
    assert!(none.is_lifecycle_policy_not_found());
    assert_eq!(e.meta().code(), "LifecyclePolicyNotFoundException");
    assert_eq!(e.meta().status(), Some(400));
    assert_eq!(
        e.message(),
        Some(
            "Lifecycle policy does not exist for the repository with name 'team/service' in \
             the registry with id '123456789012'"
        )
    );
    let put = client
        .put_lifecycle_policy()
        .repository_name(name)
        .lifecycle_policy_text(LIFECYCLE_POLICY)
        .send()
        .await
        .unwrap();
    assert_eq!(put.lifecycle_policy_text(), Some(LIFECYCLE_POLICY));
    assert_eq!(put.repository_name(), Some(name));
    assert_eq!(put.registry_id(), Some(ACCOUNT));
    let got = client
        .get_lifecycle_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(got.lifecycle_policy_text(), Some(LIFECYCLE_POLICY));
    assert_eq!(got.repository_name(), Some(name));
    assert!(
        got.last_evaluated_at()
            .is_some_and(|t| (now - t).whole_seconds().abs() < 3600),
        "{:?}",
        got.last_evaluated_at()
    );
    let deleted = client
        .delete_lifecycle_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.lifecycle_policy_text(), Some(LIFECYCLE_POLICY));
    assert_eq!(deleted.repository_name(), Some(name));
    let gone = client
        .get_lifecycle_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    assert!(gone.is_lifecycle_policy_not_found(), "{gone:?}");
    let again = client
        .delete_lifecycle_policy()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            again,
            DeleteLifecyclePolicyError::LifecyclePolicyNotFound(_)
        ),
        "{again:?}"
    );

    // Tags: those given at creation; TagResource adds one and overwrites another; UntagResource
    // removes two.
    let listed = client
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        tag_pairs(listed.tags()),
        [("env", "dev"), ("team", "platform")]
    );
    client
        .tag_resource()
        .resource_arn(&arn)
        .tags(tag("cost-center", "42"))
        .tags(tag("env", "prod"))
        .send()
        .await
        .unwrap();
    let listed = client
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        tag_pairs(listed.tags()),
        [("cost-center", "42"), ("env", "prod"), ("team", "platform")]
    );
    client
        .untag_resource()
        .resource_arn(&arn)
        .tag_keys("env")
        .tag_keys("cost-center")
        .send()
        .await
        .unwrap();
    let listed = client
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(tag_pairs(listed.tags()), [("team", "platform")]);

    // Tag mutability, read back through DescribeRepositories.
    let immutable = client
        .put_image_tag_mutability()
        .repository_name(name)
        .image_tag_mutability(ImageTagMutability::Immutable)
        .send()
        .await
        .unwrap();
    assert_eq!(
        immutable.image_tag_mutability(),
        Some(&ImageTagMutability::Immutable)
    );
    assert_eq!(immutable.repository_name(), Some(name));
    assert_eq!(immutable.registry_id(), Some(ACCOUNT));

    // Scan on push, read back through DescribeRepositories.
    let scanning = client
        .put_image_scanning_configuration()
        .repository_name(name)
        .image_scanning_configuration(
            ImageScanningConfiguration::builder()
                .scan_on_push(true)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        scanning
            .image_scanning_configuration()
            .and_then(|c| c.scan_on_push()),
        Some(true)
    );
    assert_eq!(scanning.repository_name(), Some(name));

    let described = client
        .describe_repositories()
        .repository_names(name)
        .send()
        .await
        .unwrap();
    assert_eq!(described.repositories().len(), 1);
    let repo = &described.repositories()[0];
    assert_eq!(repo.repository_name(), Some(name));
    assert_eq!(
        repo.image_tag_mutability(),
        Some(&ImageTagMutability::Immutable)
    );
    assert_eq!(
        repo.image_scanning_configuration()
            .and_then(|c| c.scan_on_push()),
        Some(true)
    );

    // Back to mutable.
    client
        .put_image_tag_mutability()
        .repository_name(name)
        .image_tag_mutability(ImageTagMutability::Mutable)
        .send()
        .await
        .unwrap();
    let described = client
        .describe_repositories()
        .repository_names(name)
        .send()
        .await
        .unwrap();
    assert_eq!(
        described.repositories()[0].image_tag_mutability(),
        Some(&ImageTagMutability::Mutable)
    );

    // DeleteRepository: it is gone, and so are its tags.
    let deleted = client
        .delete_repository()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    let repo = deleted.repository().unwrap();
    assert_eq!(repo.repository_name(), Some(name));
    assert_eq!(repo.repository_arn(), Some(arn.as_str()));
    let missing = client
        .describe_repositories()
        .repository_names(name)
        .send()
        .await
        .unwrap_err();
    let DescribeRepositoriesError::RepositoryNotFound(e) = &missing else {
        panic!("expected RepositoryNotFound, got {missing:?}")
    };
    assert_eq!(
        e.message(),
        Some(
            "The repository with name 'team/service' does not exist in the registry with id \
             '123456789012'"
        )
    );
    assert!(
        client
            .describe_repositories()
            .send()
            .await
            .unwrap()
            .repositories()
            .is_empty()
    );
    let no_tags = client
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(no_tags, ListTagsForResourceError::RepositoryNotFound(_)),
        "{no_tags:?}"
    );
    let bad_arn = client
        .list_tags_for_resource()
        .resource_arn("not-an-arn")
        .send()
        .await
        .unwrap_err();
    assert!(bad_arn.is_invalid_parameter(), "{bad_arn:?}");
}

#[tokio::test]
async fn images_pushed_listed_described_fetched_and_deleted() {
    let moto = Moto::start();
    let client = moto.client();
    let name = "shop/web";
    client
        .create_repository()
        .repository_name(name)
        .send()
        .await
        .unwrap();

    // PutImage: v1 (and `latest`, the same manifest), v2 another manifest.
    let put = client
        .put_image()
        .repository_name(name)
        .image_tag("v1")
        .image_manifest(MANIFEST)
        .send()
        .await
        .unwrap();
    let image = put.image().unwrap();
    assert_eq!(image.repository_name(), Some(name));
    assert_eq!(image.registry_id(), Some(ACCOUNT));
    assert_eq!(image.image_manifest(), Some(MANIFEST));
    assert_eq!(
        image.image_manifest_media_type(),
        Some("application/vnd.docker.distribution.manifest.v2+json")
    );
    assert_eq!(image.image_id().and_then(|i| i.image_tag()), Some("v1"));
    let v1 = image
        .image_id()
        .and_then(|i| i.image_digest())
        .unwrap()
        .to_owned();
    assert!(
        v1.len() == 71 && v1.starts_with("sha256:"),
        "not a sha256 digest: {v1}"
    );
    let latest = put_manifest(&client, name, "latest").await;
    assert_eq!(latest, v1, "the same manifest under another tag");
    let v2 = client
        .put_image()
        .repository_name(name)
        .image_tag("v2")
        .image_manifest(other_manifest())
        .send()
        .await
        .unwrap()
        .image()
        .and_then(|i| i.image_id())
        .and_then(|i| i.image_digest())
        .unwrap()
        .to_owned();
    assert_ne!(v2, v1);

    // The same manifest and tag again: moto refuses it.
    let twice = client
        .put_image()
        .repository_name(name)
        .image_tag("v1")
        .image_manifest(MANIFEST)
        .send()
        .await
        .unwrap_err();
    assert!(twice.is_image_already_exists(), "{twice:?}");

    // ListImages: one entry per (digest, tag).
    let listed = client
        .list_images()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    let mut ids: Vec<(&str, &str)> = listed
        .image_ids()
        .iter()
        .map(|i| (i.image_tag().unwrap(), i.image_digest().unwrap()))
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            ("latest", v1.as_str()),
            ("v1", v1.as_str()),
            ("v2", v2.as_str())
        ]
    );
    assert_eq!(listed.next_token(), None);

    // Through the paginator: moto ignores maxResults and answers one page holding everything.
    let mut items = client
        .list_images()
        .repository_name(name)
        .into_paginator()
        .page_size(1)
        .items();
    let mut paged = Vec::new();
    while let Some(item) = items.next().await {
        let item = item.unwrap();
        paged.push((
            item.image_tag().unwrap().to_owned(),
            item.image_digest().unwrap().to_owned(),
        ));
    }
    paged.sort();
    assert_eq!(
        paged,
        [
            ("latest".to_owned(), v1.clone()),
            ("v1".to_owned(), v1.clone()),
            ("v2".to_owned(), v2.clone())
        ]
    );
    let pages = client
        .list_images()
        .repository_name(name)
        .into_paginator()
        .page_size(1)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].image_ids().len(), 3);

    // DescribeImages: every image, then one by tag, then a missing one.
    let described = client
        .describe_images()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(described.image_details().len(), 2);
    let first = described
        .image_details()
        .iter()
        .find(|d| d.image_digest() == Some(v1.as_str()))
        .unwrap();
    let mut tags = first.image_tags().to_vec();
    tags.sort();
    assert_eq!(tags, ["latest", "v1"]);
    assert_eq!(first.image_size_in_bytes(), Some(7023));
    assert_eq!(first.repository_name(), Some(name));
    assert_eq!(first.registry_id(), Some(ACCOUNT));
    assert_eq!(
        first.image_manifest_media_type(),
        Some("application/vnd.docker.distribution.manifest.v2+json")
    );
    let now = OffsetDateTime::now_utc();
    assert!(
        first
            .image_pushed_at()
            .is_some_and(|t| (now - t).whole_seconds().abs() < 3600),
        "{:?}",
        first.image_pushed_at()
    );
    let one = client
        .describe_images()
        .repository_name(name)
        .image_ids(ImageIdentifier::tag("v2"))
        .send()
        .await
        .unwrap();
    assert_eq!(one.image_details().len(), 1);
    assert_eq!(one.image_details()[0].image_digest(), Some(v2.as_str()));
    assert_eq!(one.image_details()[0].image_size_in_bytes(), Some(7024));
    let missing = client
        .describe_images()
        .repository_name(name)
        .image_ids(ImageIdentifier::tag("v9"))
        .send()
        .await
        .unwrap_err();
    let DescribeImagesError::ImageNotFound(e) = &missing else {
        panic!("expected ImageNotFound, got {missing:?}")
    };
    assert_eq!(
        e.message(),
        Some(
            "The image with imageId {imageDigest:'null', imageTag:'v9'} does not exist within \
             the repository with name 'shop/web' in the registry with id '123456789012'"
        )
    );

    // BatchGetImage: by tag and by digest, with a failure for a missing tag.
    let got = client
        .batch_get_image()
        .repository_name(name)
        .image_ids(ImageIdentifier::tag("v2"))
        .image_ids(ImageIdentifier::digest(&v1))
        .image_ids(ImageIdentifier::tag("v9"))
        .send()
        .await
        .unwrap();
    assert_eq!(got.images().len(), 2);
    let by_tag = got
        .images()
        .iter()
        .find(|i| i.image_id().and_then(|i| i.image_tag()) == Some("v2"))
        .unwrap();
    assert_eq!(by_tag.image_manifest(), Some(other_manifest().as_str()));
    assert_eq!(
        by_tag.image_id().and_then(|i| i.image_digest()),
        Some(v2.as_str())
    );
    let by_digest = got
        .images()
        .iter()
        .find(|i| i.image_id().and_then(|i| i.image_digest()) == Some(v1.as_str()))
        .unwrap();
    assert_eq!(by_digest.image_manifest(), Some(MANIFEST));
    assert_eq!(got.failures().len(), 1);
    assert_eq!(
        got.failures()[0].failure_code(),
        Some(&ImageFailureCode::ImageNotFound)
    );
    assert_eq!(
        got.failures()[0].image_id().and_then(|i| i.image_tag()),
        Some("v9")
    );

    // Immutable tags: pushing another manifest to an existing tag is refused (moto answers
    // ImageAlreadyExistsException where ECR answers ImageTagAlreadyExistsException).
    client
        .put_image_tag_mutability()
        .repository_name(name)
        .image_tag_mutability(ImageTagMutability::Immutable)
        .send()
        .await
        .unwrap();
    let refused = client
        .put_image()
        .repository_name(name)
        .image_tag("v1")
        .image_manifest(other_manifest())
        .send()
        .await
        .unwrap_err();
    let PutImageError::ImageAlreadyExists(e) = &refused else {
        panic!("expected ImageAlreadyExists, got {refused:?}")
    };
    assert!(
        e.message().is_some_and(|m| m.contains("tag 'v1'")),
        "{:?}",
        e.message()
    );
    client
        .put_image_tag_mutability()
        .repository_name(name)
        .image_tag_mutability(ImageTagMutability::Mutable)
        .send()
        .await
        .unwrap();

    // BatchDeleteImage: a tag (the image keeps its other tag), a digest (the whole image), and
    // a missing tag as a failure.
    let deleted = client
        .batch_delete_image()
        .repository_name(name)
        .image_ids(ImageIdentifier::tag("latest"))
        .image_ids(ImageIdentifier::digest(&v2))
        .image_ids(ImageIdentifier::tag("v9"))
        .send()
        .await
        .unwrap();
    let mut removed: Vec<(Option<&str>, Option<&str>)> = deleted
        .image_ids()
        .iter()
        .map(|i| (i.image_tag(), i.image_digest()))
        .collect();
    removed.sort();
    assert_eq!(
        removed,
        [
            (Some("latest"), Some(v1.as_str())),
            (Some("v2"), Some(v2.as_str()))
        ]
    );
    assert_eq!(deleted.failures().len(), 1);
    assert_eq!(
        deleted.failures()[0].failure_code(),
        Some(&ImageFailureCode::ImageNotFound)
    );
    assert_eq!(
        deleted.failures()[0].failure_reason(),
        Some("Requested image not found")
    );
    let left = client
        .list_images()
        .repository_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(left.image_ids().len(), 1);
    assert_eq!(left.image_ids()[0].image_tag(), Some("v1"));
    assert_eq!(left.image_ids()[0].image_digest(), Some(v1.as_str()));

    // A repository that still holds an image goes only with `force`.
    let not_empty = client
        .delete_repository()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    assert!(not_empty.is_repository_not_empty(), "{not_empty:?}");
    client
        .delete_repository()
        .repository_name(name)
        .force(true)
        .send()
        .await
        .unwrap();
    let gone = client
        .list_images()
        .repository_name(name)
        .send()
        .await
        .unwrap_err();
    assert!(gone.is_repository_not_found(), "{gone:?}");
}

#[tokio::test]
async fn image_scans_and_scanning_configuration() {
    let moto = Moto::start();
    let client = moto.client();
    for name in ["scan/app", "other/app"] {
        client
            .create_repository()
            .repository_name(name)
            .send()
            .await
            .unwrap();
    }
    let digest = put_manifest(&client, "scan/app", "v1").await;

    // No scan yet: no findings.
    let none = client
        .describe_image_scan_findings()
        .repository_name("scan/app")
        .image_id(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap_err();
    let DescribeImageScanFindingsError::ScanNotFound(e) = &none else {
        panic!("expected ScanNotFound, got {none:?}")
    };
    assert!(
        e.message()
            .is_some_and(|m| m.starts_with("Image scan does not exist")),
        "{:?}",
        e.message()
    );

    // StartImageScan, then the findings moto makes up for every scan.
    let started = client
        .start_image_scan()
        .repository_name("scan/app")
        .image_id(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap();
    assert_eq!(started.registry_id(), Some(ACCOUNT));
    assert_eq!(started.repository_name(), Some("scan/app"));
    assert_eq!(
        started.image_id().and_then(|i| i.image_digest()),
        Some(digest.as_str())
    );
    assert_eq!(
        started.image_scan_status().and_then(|s| s.status()),
        Some(&ScanStatus::InProgress)
    );
    let findings = client
        .describe_image_scan_findings()
        .repository_name("scan/app")
        .image_id(ImageIdentifier::digest(&digest))
        .send()
        .await
        .unwrap();
    assert_eq!(findings.repository_name(), Some("scan/app"));
    assert_eq!(
        findings.image_id().and_then(|i| i.image_digest()),
        Some(digest.as_str())
    );
    let status = findings.image_scan_status().unwrap();
    assert_eq!(status.status(), Some(&ScanStatus::Complete));
    assert_eq!(
        status.description(),
        Some("The scan was completed successfully.")
    );
    let report = findings.image_scan_findings().unwrap();
    let now = OffsetDateTime::now_utc();
    assert!(
        report
            .image_scan_completed_at()
            .is_some_and(|t| (now - t).whole_seconds().abs() < 24 * 3600),
        "{:?}",
        report.image_scan_completed_at()
    );
    assert_eq!(
        report
            .finding_severity_counts()
            .and_then(|c| c.get(&FindingSeverity::High)),
        Some(&1)
    );
    assert_eq!(report.findings().len(), 1);
    let finding = &report.findings()[0];
    assert_eq!(finding.name(), Some("CVE-9999-9999"));
    assert_eq!(finding.severity(), Some(&FindingSeverity::High));
    let package = finding
        .attributes()
        .iter()
        .find(|a| a.key() == "package_name")
        .and_then(|a| a.value());
    assert_eq!(package, Some("moto_fake"));

    // One scan per image per day; an image that does not exist.
    let quota = client
        .start_image_scan()
        .repository_name("scan/app")
        .image_id(ImageIdentifier::tag("v1"))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(quota, StartImageScanError::LimitExceeded(_)),
        "{quota:?}"
    );
    let no_image = client
        .start_image_scan()
        .repository_name("scan/app")
        .image_id(ImageIdentifier::tag("v9"))
        .send()
        .await
        .unwrap_err();
    assert!(no_image.is_image_not_found(), "{no_image:?}");

    // The registry's scanning configuration: basic, no rules, at first.
    let initial = client
        .get_registry_scanning_configuration()
        .send()
        .await
        .unwrap();
    assert_eq!(initial.registry_id(), Some(ACCOUNT));
    let config = initial.scanning_configuration().unwrap();
    assert_eq!(config.scan_type(), Some(&ScanType::Basic));
    assert!(config.rules().is_empty());

    // Every repository scanned manually before any rule.
    let before = client
        .batch_get_repository_scanning_configuration()
        .repository_names("scan/app")
        .send()
        .await
        .unwrap();
    assert_eq!(before.scanning_configurations().len(), 1);
    assert_eq!(
        before.scanning_configurations()[0].scan_frequency(),
        Some(&ScanFrequency::Manual)
    );
    assert!(before.failures().is_empty());

    // Enhanced scanning, on push, for `scan/*`.
    let filter = ScanningRepositoryFilter::builder()
        .filter("scan/*")
        .filter_type(ScanningRepositoryFilterType::Wildcard)
        .build()
        .unwrap();
    let rule = RegistryScanningRule::builder()
        .scan_frequency(ScanFrequency::ScanOnPush)
        .repository_filters(filter.clone())
        .build()
        .unwrap();
    let put = client
        .put_registry_scanning_configuration()
        .scan_type(ScanType::Enhanced)
        .rules(rule.clone())
        .send()
        .await
        .unwrap();
    let config = put.registry_scanning_configuration().unwrap();
    assert_eq!(config.scan_type(), Some(&ScanType::Enhanced));
    assert_eq!(config.rules(), std::slice::from_ref(&rule));
    let read = client
        .get_registry_scanning_configuration()
        .send()
        .await
        .unwrap();
    let config = read.scanning_configuration().unwrap();
    assert_eq!(config.scan_type(), Some(&ScanType::Enhanced));
    assert_eq!(config.rules().len(), 1);
    assert_eq!(
        config.rules()[0].scan_frequency(),
        &ScanFrequency::ScanOnPush
    );
    assert_eq!(
        config.rules()[0].repository_filters(),
        std::slice::from_ref(&filter)
    );

    // Per repository: the rule applies to `scan/app`, not to `other/app`; a missing repository
    // is a failure, not an error.
    let after = client
        .batch_get_repository_scanning_configuration()
        .repository_names("scan/app")
        .repository_names("other/app")
        .repository_names("missing/app")
        .send()
        .await
        .unwrap();
    assert_eq!(after.scanning_configurations().len(), 2);
    let scanned = after
        .scanning_configurations()
        .iter()
        .find(|c| c.repository_name() == Some("scan/app"))
        .unwrap();
    assert_eq!(scanned.scan_frequency(), Some(&ScanFrequency::ScanOnPush));
    assert_eq!(scanned.applied_scan_filters(), [filter]);
    assert_eq!(
        scanned.repository_arn(),
        Some(format!("arn:aws:ecr:{REGION}:{ACCOUNT}:repository/scan/app").as_str())
    );
    let other = after
        .scanning_configurations()
        .iter()
        .find(|c| c.repository_name() == Some("other/app"))
        .unwrap();
    assert_eq!(other.scan_frequency(), Some(&ScanFrequency::Manual));
    assert!(other.applied_scan_filters().is_empty());
    assert_eq!(after.failures().len(), 1);
    let failure = &after.failures()[0];
    assert_eq!(failure.repository_name(), Some("missing/app"));
    assert_eq!(
        failure.failure_code(),
        Some(&ScanningConfigurationFailureCode::RepositoryNotFound)
    );
}

#[tokio::test]
async fn registry_policy_replication_and_describe_registry() {
    let moto = Moto::start();
    let client = moto.client();

    // Registry policy: none; put, read back, delete, gone.
    let none = client.get_registry_policy().send().await.unwrap_err();
    let GetRegistryPolicyError::RegistryPolicyNotFound(e) = &none else {
        panic!("expected RegistryPolicyNotFound, got {none:?}")
    };
    assert_eq!(
        e.message(),
        Some("Registry policy does not exist in the registry with id '123456789012'")
    );
    let put = client
        .put_registry_policy()
        .policy_text(REGISTRY_POLICY)
        .send()
        .await
        .unwrap();
    assert_eq!(put.registry_id(), Some(ACCOUNT));
    assert_eq!(put.policy_text(), Some(REGISTRY_POLICY));
    let got = client.get_registry_policy().send().await.unwrap();
    assert_eq!(got.registry_id(), Some(ACCOUNT));
    assert_eq!(got.policy_text(), Some(REGISTRY_POLICY));
    let deleted = client.delete_registry_policy().send().await.unwrap();
    assert_eq!(deleted.registry_id(), Some(ACCOUNT));
    assert_eq!(deleted.policy_text(), Some(REGISTRY_POLICY));
    let gone = client.get_registry_policy().send().await.unwrap_err();
    assert!(gone.is_registry_policy_not_found(), "{gone:?}");
    let again = client.delete_registry_policy().send().await.unwrap_err();
    assert!(
        matches!(again, DeleteRegistryPolicyError::RegistryPolicyNotFound(_)),
        "{again:?}"
    );
    // A registry policy may only grant replication actions.
    let wide = client
        .put_registry_policy()
        .policy_text(REGISTRY_POLICY.replace("ecr:ReplicateImage", "ecr:DeleteRepository"))
        .send()
        .await
        .unwrap_err();
    assert!(wide.is_invalid_parameter(), "{wide:?}");

    // DescribeRegistry: the account, no replication rules yet.
    let registry = client.describe_registry().send().await.unwrap();
    assert_eq!(registry.registry_id(), Some(ACCOUNT));
    assert!(
        registry
            .replication_configuration()
            .unwrap()
            .rules()
            .is_empty()
    );

    // PutReplicationConfiguration, read back through DescribeRegistry.
    let rule = ReplicationRule::builder()
        .destinations(
            ReplicationDestination::builder()
                .region("eu-west-1")
                .registry_id(ACCOUNT)
                .build()
                .unwrap(),
        )
        .repository_filters(
            RepositoryFilter::builder()
                .filter("prod")
                .filter_type(RepositoryFilterType::PrefixMatch)
                .build()
                .unwrap(),
        )
        .build()
        .unwrap();
    let replication = ReplicationConfiguration::builder()
        .rules(rule.clone())
        .build()
        .unwrap();
    let put = client
        .put_replication_configuration()
        .replication_configuration(replication.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(put.replication_configuration(), Some(&replication));
    let registry = client.describe_registry().send().await.unwrap();
    assert_eq!(registry.registry_id(), Some(ACCOUNT));
    let read = registry.replication_configuration().unwrap();
    assert_eq!(read, &replication);
    let destination = &read.rules()[0].destinations()[0];
    assert_eq!(destination.region(), "eu-west-1");
    assert_eq!(destination.registry_id(), ACCOUNT);
    assert_eq!(read.rules()[0].repository_filters()[0].filter(), "prod");

    // Replicating into the source registry itself is refused; so is a second rule (moto:
    // "This feature is disabled"), as the modeled `ValidationException`, which is not the
    // client-side `Validation`.
    let to_self = ReplicationConfiguration::builder()
        .rules(
            ReplicationRule::builder()
                .destinations(
                    ReplicationDestination::builder()
                        .region(REGION)
                        .registry_id(ACCOUNT)
                        .build()
                        .unwrap(),
                )
                .build()
                .unwrap(),
        )
        .build()
        .unwrap();
    let refused = client
        .put_replication_configuration()
        .replication_configuration(to_self)
        .send()
        .await
        .unwrap_err();
    let PutReplicationConfigurationError::InvalidParameter(e) = &refused else {
        panic!("expected InvalidParameter, got {refused:?}")
    };
    assert!(
        e.message()
            .is_some_and(|m| m.contains("Replication destination cannot be the same")),
        "{:?}",
        e.message()
    );
    let two_rules = ReplicationConfiguration::builder()
        .rules(rule.clone())
        .rules(rule)
        .build()
        .unwrap();
    let disabled = client
        .put_replication_configuration()
        .replication_configuration(two_rules)
        .send()
        .await
        .unwrap_err();
    let PutReplicationConfigurationError::ValidationException(e) = &disabled else {
        panic!("expected ValidationException, got {disabled:?}")
    };
    assert!(disabled.is_validation_exception());
    assert!(!disabled.is_validation());
    assert_eq!(e.meta().status(), Some(400));
    assert_eq!(e.message(), Some("This feature is disabled"));
    // The configuration stored before is unchanged.
    let registry = client.describe_registry().send().await.unwrap();
    assert_eq!(registry.replication_configuration(), Some(&replication));
}

#[tokio::test]
async fn authorization_tokens() {
    let moto = Moto::start();
    let client = moto.client();
    let decode = |token: &str| {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(token)
            .unwrap();
        String::from_utf8(bytes).unwrap()
    };

    // The default registry: the caller's account.
    let out = client.get_authorization_token().send().await.unwrap();
    assert_eq!(out.authorization_data().len(), 1);
    let data = &out.authorization_data()[0];
    let credentials = decode(data.authorization_token().unwrap());
    let (user, password) = credentials.split_once(':').unwrap();
    assert_eq!(user, "AWS");
    // moto's password is `<registry id>-auth-token`; real ECR's is an opaque token.
    assert_eq!(password, format!("{ACCOUNT}-auth-token"));
    assert_eq!(
        data.proxy_endpoint(),
        Some(format!("https://{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com").as_str())
    );
    // Real ECR's tokens expire 12 hours after they are issued; moto's `expiresAt` is fixed at
    // midnight on 2015-01-01 in the server's time zone (1420070400 in UTC): read it as a
    // timestamp, within a time zone of that instant.
    let expires = data.expires_at().unwrap();
    let offset = expires.unix_timestamp() - 1_420_070_400;
    assert!(
        (-14 * 3600..=12 * 3600).contains(&offset),
        "expiresAt {expires} is not moto's fixed 2015-01-01"
    );

    // Explicit registries: one token for each.
    let other = "210987654321";
    let out = client
        .get_authorization_token()
        .registry_ids(ACCOUNT)
        .registry_ids(other)
        .send()
        .await
        .unwrap();
    let mut seen: Vec<(String, String)> = out
        .authorization_data()
        .iter()
        .map(|d| {
            (
                decode(d.authorization_token().unwrap()),
                d.proxy_endpoint().unwrap().to_owned(),
            )
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            (
                format!("AWS:{ACCOUNT}-auth-token"),
                format!("https://{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com")
            ),
            (
                format!("AWS:{other}-auth-token"),
                format!("https://{other}.dkr.ecr.{REGION}.amazonaws.com")
            ),
        ]
    );
}

#[tokio::test]
async fn operations_moto_lacks_are_typed_errors() {
    let moto = Moto::start();
    let client = moto.client();
    client
        .create_repository()
        .repository_name("layers/app")
        .send()
        .await
        .unwrap();

    /// moto's answer to an operation it does not implement: HTTP 500, Werkzeug's HTML page, no
    /// request id. It is not a service error (no code), so it is an unreadable response.
    fn check(runtime: &ecr_runtime::Error, shown: String) {
        let ecr_runtime::Error::Response(response) = runtime else {
            panic!("expected an unreadable response, got {runtime:?}")
        };
        assert_eq!(response.status(), 500);
        assert!(
            response.excerpt().contains("500 Internal Server Error"),
            "{:?}",
            response.excerpt()
        );
        assert_eq!(response.request_id(), None);
        assert!(shown.contains("HTTP 500"), "{shown}");
    }

    // A stub that raises NotImplementedError.
    let err = client
        .initiate_layer_upload()
        .repository_name("layers/app")
        .send()
        .await
        .unwrap_err();
    let InitiateLayerUploadError::Runtime(runtime) = &err else {
        panic!("expected Runtime, got {err:?}")
    };
    check(runtime, err.to_string());
    assert_eq!(err.meta(), None);
    assert_eq!(err.code(), None);
    assert!(!err.is_repository_not_found());

    let err = client
        .batch_check_layer_availability()
        .repository_name("layers/app")
        .layer_digests("sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f")
        .send()
        .await
        .unwrap_err();
    let BatchCheckLayerAvailabilityError::Runtime(runtime) = &err else {
        panic!("expected Runtime, got {err:?}")
    };
    check(runtime, err.to_string());

    // An operation moto does not have at all.
    let err = client
        .describe_pull_through_cache_rules()
        .send()
        .await
        .unwrap_err();
    let DescribePullThroughCacheRulesError::Runtime(runtime) = &err else {
        panic!("expected Runtime, got {err:?}")
    };
    check(runtime, err.to_string());

    // The server is still fine afterwards.
    let repos = client.describe_repositories().send().await.unwrap();
    assert_eq!(repos.repositories().len(), 1);
}
