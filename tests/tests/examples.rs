//! The example programs, run as a user runs them: the built binary, its arguments and the
//! environment, against moto.

use std::path::PathBuf;
use std::process::{Command, Output};
use tests::{MANIFEST, Moto, put_manifest};

/// `target/<profile>/examples/NAME`, next to this test's own binary (`target/<profile>/deps/`).
/// `scripts/test.sh` builds the examples first.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|d| d.parent()).expect("target dir");
    let path = dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} is not built: run `cargo build -p examples --examples`",
        path.display()
    );
    path
}

fn run(moto: &Moto, name: &str, args: &[&str]) -> Output {
    let home = std::env::temp_dir().join(format!("ecr-example-home-{}", std::process::id()));
    Command::new(example(name))
        .args(args)
        .env_clear()
        .env("HOME", &home)
        .env("AWS_ACCESS_KEY_ID", "AKIDTESTING")
        .env("AWS_SECRET_ACCESS_KEY", "testing-secret")
        .env("AWS_REGION", tests::REGION)
        .env("AWS_ENDPOINT_URL", moto.endpoint())
        .output()
        .expect("example runs")
}

#[tokio::test]
async fn batch_get_image_prints_images_and_failures() {
    let moto = Moto::start();
    let client = moto.client();
    client
        .create_repository()
        .repository_name("demo/app")
        .send()
        .await
        .unwrap();
    let digest = put_manifest(&client, "demo/app", "v1").await;

    let out = run(
        &moto,
        "batch_get_image",
        &["demo/app", "v1", "nope", &digest],
    );
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.trim_start().starts_with("{\n  \"images\""), "{text}");
    let images = json["images"].as_array().unwrap();
    assert_eq!(images.len(), 2, "{json}");
    assert_eq!(images[0]["imageManifest"], MANIFEST);
    assert_eq!(images[0]["imageId"]["imageTag"], "v1");
    assert_eq!(images[1]["imageId"]["imageDigest"], digest.as_str());
    assert_eq!(json["failures"][0]["failureCode"], "ImageNotFound");
    assert_eq!(json["failures"][0]["imageId"]["imageTag"], "nope");
}

#[tokio::test]
async fn batch_get_image_reports_errors_on_one_line() {
    let moto = Moto::start();
    let missing = run(&moto, "batch_get_image", &["nosuch", "v1"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(missing.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(
            "batch_get_image: RepositoryNotFoundException: The repository with name 'nosuch'"
        ),
        "{stderr}"
    );

    let invalid = run(&moto, "batch_get_image", &["X", ""]);
    assert_eq!(invalid.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&invalid.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("batch_get_image: invalid BatchGetImage request (3 violations, nothing sent): repositoryName: length 1 is below the minimum 2"), "{stderr}");

    let usage = run(&moto, "batch_get_image", &["only-a-repository"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&usage.stderr)
            .starts_with("usage: batch_get_image REPOSITORY IMAGE...")
    );
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
