//! The example programs, run as a user runs them: the built binary, its arguments and the
//! environment, against moto.

use std::process::Output;
use tests::programs::describe;
use tests::{EcrServer, MANIFEST, Moto, put_manifest};

fn run(moto: &Moto, name: &str, args: &[&str]) -> Output {
    tests::programs::run(&moto.endpoint(), name, args)
}

const DOCKER_V2: &str = "application/vnd.docker.distribution.manifest.v2+json";

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A manifest other than `MANIFEST`: another layer, so another image and digest (moto derives
/// digests from the layers).
fn other_manifest(n: u32) -> String {
    MANIFEST.replace("sha256:e692418e", &format!("sha256:{n:08x}"))
}

async fn seeded(moto: &Moto) -> (ecr::Client, String) {
    let client = moto.client();
    client
        .create_repository()
        .repository_name("demo/app")
        .send()
        .await
        .unwrap();
    let digest = put_manifest(&client, "demo/app", "v1").await;
    (client, digest)
}

#[tokio::test]
async fn batch_get_image_prints_manifests() {
    let moto = Moto::start();
    let (_, digest) = seeded(&moto).await;
    let out = run(&moto, "batch_get_image", &["demo/app", "v1", &digest]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        stdout(&out).lines().collect::<Vec<_>>(),
        [
            format!("# demo/app:v1@{digest} {DOCKER_V2}").as_str(),
            MANIFEST,
            // Asked for by digest; moto names its tag too (ECR gives the digest only).
            format!("# demo/app:v1@{digest} {DOCKER_V2}").as_str(),
            MANIFEST,
        ]
    );
    assert!(stderr(&out).is_empty(), "{}", describe(&out));
}

#[tokio::test]
async fn batch_get_image_reports_missing_images_and_fails() {
    let moto = Moto::start();
    let (_, digest) = seeded(&moto).await;
    let out = run(&moto, "batch_get_image", &["demo/app", "v1", "nope"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    // What was found is printed all the same.
    assert_eq!(
        stdout(&out).lines().next(),
        Some(format!("# demo/app:v1@{digest} {DOCKER_V2}").as_str())
    );
    assert_eq!(
        stderr(&out),
        "batch_get_image: 1 of 2 images could not be fetched: nope (ImageNotFound: Requested image not found)\n"
    );
}

#[tokio::test]
async fn batch_get_image_json_is_the_services_answer() {
    let moto = Moto::start();
    let (_, digest) = seeded(&moto).await;
    let out = run(
        &moto,
        "batch_get_image",
        &["--json", "demo/app", "v1", "nope", &digest],
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert!(stdout(&out).trim_start().starts_with("{\n  \"images\""));
    let images = json["images"].as_array().unwrap();
    assert_eq!(images.len(), 2, "{json}");
    assert_eq!(images[0]["imageManifest"], MANIFEST);
    assert_eq!(images[0]["imageId"]["imageTag"], "v1");
    assert_eq!(images[1]["imageId"]["imageDigest"], digest.as_str());
    assert_eq!(json["failures"][0]["failureCode"], "ImageNotFound");
    assert_eq!(json["failures"][0]["imageId"]["imageTag"], "nope");
    assert_eq!(stderr(&out).lines().count(), 1, "{}", describe(&out));
}

#[tokio::test]
async fn batch_get_image_asks_for_the_media_types_given() {
    // moto ignores acceptedMediaTypes: the project's server records what was asked.
    let server = EcrServer::start();
    let out = tests::programs::run(
        &server.endpoint(),
        "batch_get_image",
        &[
            "--media-type",
            "application/vnd.oci.image.index.v1+json",
            "--media-type",
            DOCKER_V2,
            "--registry-id",
            "123456789012",
            "demo/app",
            "v1",
        ],
    );
    let _ = out;
    let sent = server.requests_for("BatchGetImage");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].body["acceptedMediaTypes"],
        serde_json::json!(["application/vnd.oci.image.index.v1+json", DOCKER_V2])
    );
    assert_eq!(sent[0].body["registryId"], "123456789012");
    assert_eq!(
        sent[0].body["imageIds"],
        serde_json::json!([{"imageTag": "v1"}])
    );
}

#[tokio::test]
async fn batch_get_image_reports_errors_on_one_line() {
    let moto = Moto::start();
    let missing = run(&moto, "batch_get_image", &["nosuch", "v1"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(missing.stdout.is_empty());
    let text = stderr(&missing);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with(
            "batch_get_image: RepositoryNotFoundException: The repository with name 'nosuch'"
        ),
        "{text}"
    );

    let invalid = run(&moto, "batch_get_image", &["X", ""]);
    assert_eq!(invalid.status.code(), Some(1));
    let text = stderr(&invalid);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.starts_with("batch_get_image: invalid BatchGetImage request (3 violations, nothing sent): repositoryName: length 1 is below the minimum 2"), "{text}");

    let usage = run(&moto, "batch_get_image", &["only-a-repository"]);
    assert_eq!(usage.status.code(), Some(2));
    let text = stderr(&usage);
    assert!(
        text.starts_with("error: the following required arguments were not provided:")
            && text.contains("Usage: batch_get_image <REPOSITORY> <IMAGE>..."),
        "{}",
        describe(&usage)
    );

    let help = run(&moto, "batch_get_image", &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = stdout(&help);
    for option in [
        "--media-type <TYPE>",
        "--json",
        "--region <REGION>",
        "--profile <NAME>",
        "--endpoint-url <URL>",
    ] {
        assert!(text.contains(option), "{option} in {text}");
    }
}

/// The digests each tag of `demo/app` names, sorted by tag.
async fn tags(client: &ecr::Client) -> Vec<(String, String)> {
    let out = client
        .describe_images()
        .repository_name("demo/app")
        .send()
        .await
        .unwrap();
    let mut tags: Vec<(String, String)> = out
        .image_details()
        .iter()
        .flat_map(|d| {
            let digest = d.image_digest().unwrap_or_default().to_owned();
            d.image_tags()
                .iter()
                .map(move |t| (t.clone(), digest.clone()))
        })
        .collect();
    tags.sort();
    tags
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(t, d)| (t.to_string(), d.to_string()))
        .collect()
}

#[tokio::test]
async fn retag_names_an_image_again_and_twice_is_not_an_error() {
    let moto = Moto::start();
    let (client, digest) = seeded(&moto).await;
    let first = run(&moto, "retag", &["demo/app", "v1", "stable"]);
    assert!(first.status.success(), "{}", describe(&first));
    assert_eq!(
        stdout(&first),
        format!("demo/app: tagged {digest} (v1) as stable\n")
    );
    assert_eq!(
        tags(&client).await,
        pairs(&[("stable", &digest), ("v1", &digest)])
    );

    let again = run(&moto, "retag", &["demo/app", "v1", "stable"]);
    assert!(again.status.success(), "{}", describe(&again));
    assert_eq!(
        stdout(&again),
        format!("demo/app: stable already names {digest}: nothing to do\n")
    );

    // By digest, with --json.
    let by_digest = run(&moto, "retag", &["--json", "demo/app", &digest, "prod"]);
    assert!(by_digest.status.success(), "{}", describe(&by_digest));
    let json: serde_json::Value = serde_json::from_slice(&by_digest.stdout).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "repository": "demo/app",
            "from": digest,
            "to": "prod",
            "digest": digest,
            "mediaType": DOCKER_V2,
            "changed": true,
            "previousDigest": null,
        })
    );
    assert_eq!(
        tags(&client).await,
        pairs(&[("prod", &digest), ("stable", &digest), ("v1", &digest)])
    );
}

#[tokio::test]
async fn retag_moves_a_tag_from_another_image() {
    let moto = Moto::start();
    let (client, old) = seeded(&moto).await;
    run(&moto, "retag", &["demo/app", "v1", "stable"]);
    let new = client
        .put_image()
        .repository_name("demo/app")
        .image_tag("v2")
        .image_manifest(other_manifest(1))
        .send()
        .await
        .unwrap()
        .image()
        .and_then(|i| i.image_id())
        .and_then(|i| i.image_digest())
        .unwrap()
        .to_owned();
    assert_ne!(new, old);
    let out = run(&moto, "retag", &["demo/app", "v2", "stable"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        stdout(&out),
        format!("demo/app: tagged {new} (v2) as stable, moved from {old}\n")
    );
    assert_eq!(
        tags(&client).await,
        pairs(&[("stable", &new), ("v1", &old), ("v2", &new)])
    );
}

#[tokio::test]
async fn retag_fails_on_one_line() {
    let moto = Moto::start();
    let (client, digest) = seeded(&moto).await;
    let missing = run(&moto, "retag", &["demo/app", "nope", "stable"]);
    assert_eq!(missing.status.code(), Some(1), "{}", describe(&missing));
    assert_eq!(
        stderr(&missing),
        "retag: nope in demo/app: Requested image not found\n"
    );
    let no_repo = run(&moto, "retag", &["other/app", "v1", "stable"]);
    assert_eq!(no_repo.status.code(), Some(1));
    assert!(
        stderr(&no_repo).starts_with("retag: RepositoryNotFoundException: "),
        "{}",
        describe(&no_repo)
    );
    let bad_tag = run(&moto, "retag", &["demo/app", "v1", "a:b"]);
    assert_eq!(bad_tag.status.code(), Some(1));
    assert_eq!(
        stderr(&bad_tag),
        "retag: `a:b` is not a tag: TO is the new tag's name\n"
    );
    let usage = run(&moto, "retag", &["demo/app", "v1"]);
    assert_eq!(usage.status.code(), Some(2), "{}", describe(&usage));
    // Nothing changed.
    assert_eq!(tags(&client).await, pairs(&[("v1", &digest)]));
    assert!(missing.stdout.is_empty() && no_repo.stdout.is_empty());
}

#[tokio::test]
async fn push_manifest_creates_the_repository_and_tags_the_image() {
    let moto = Moto::start();
    let file = std::env::temp_dir().join(format!("ecr-manifest-{}.json", std::process::id()));
    std::fs::write(&file, MANIFEST).unwrap();
    let first = run(
        &moto,
        "push_manifest",
        &["seeded/app", "latest", file.to_str().unwrap()],
    );
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let digest = String::from_utf8(first.stdout).unwrap();
    assert!(digest.starts_with("sha256:"), "{digest}");
    // Again: an existing repository and image are not errors, and the digest is the same.
    let second = run(
        &moto,
        "push_manifest",
        &["seeded/app", "latest", file.to_str().unwrap()],
    );
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert_eq!(String::from_utf8(second.stdout).unwrap(), digest);
    let images = moto
        .client()
        .list_images()
        .repository_name("seeded/app")
        .send()
        .await
        .unwrap();
    assert_eq!(images.image_ids().len(), 1);
    assert_eq!(images.image_ids()[0].image_tag(), Some("latest"));
    let _ = std::fs::remove_file(file);
}

#[tokio::test]
async fn other_services_declares_dynamodb_and_logs_operations() {
    let moto = Moto::start();
    let expected = |table: &str, group: &str| {
        [
            format!("table demo-items: {table}"),
            "item 1: put".to_owned(),
            "item 1: count=42 id=\"1\" note=\"hello from other_services\"".to_owned(),
            "tables: demo-items".to_owned(),
            format!("log group /demo/other-services: {group}"),
            "log group /demo/other-services: retention 7 days".to_owned(),
            "log groups: /demo/other-services (7 days)".to_owned(),
        ]
    };
    let first = run(&moto, "other_services", &[]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let stdout = String::from_utf8(first.stdout).unwrap();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        expected("created", "created"),
        "{stdout}"
    );
    // Again: the table and the log group exist, which the typed error variants report.
    let second = run(&moto, "other_services", &[]);
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let stdout = String::from_utf8(second.stdout).unwrap();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        expected("already there", "already there"),
        "{stdout}"
    );

    // A table name below the minimum length is refused before anything is sent.
    let invalid = run(&moto, "other_services", &["--table", "x"]);
    assert_eq!(invalid.status.code(), Some(1));
    assert!(invalid.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&invalid.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "other_services: invalid CreateTable request (1 violation, nothing sent): TableName: length 1 is below the minimum 3"
    );
    // moto saw no CreateTable: its only table is still the first one.
    let third = run(&moto, "other_services", &[]);
    assert!(third.status.success());
    let stdout = String::from_utf8(third.stdout).unwrap();
    assert!(
        stdout.lines().any(|l| l == "tables: demo-items"),
        "{stdout}"
    );
}
