//! The example programs `list_images` and `cleanup`, run as a user runs them (the built binary,
//! its arguments, a clean environment) against moto, seeded and inspected with `moto.client()`,
//! and against [`tests::EcrServer`] for what moto cannot do: more than one page of results
//! (moto ignores `maxResults` and `nextToken`), and counting the image ids of each
//! BatchDeleteImage request.

use ecr::types::ImageDetail;
use ecr_runtime::OffsetDateTime;
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Output;
use std::time::Duration;
use tests::programs::describe;
use tests::{EcrServer, MANIFEST, Moto};

const REPO: &str = "demo/app";

fn run(endpoint: &str, name: &str, args: &[&str]) -> Output {
    tests::programs::run(endpoint, name, args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("JSON on stdout ({e}):\n{}", describe(out)))
}

fn assert_success(out: &Output) {
    assert_eq!(out.status.code(), Some(0), "{}", describe(out));
}

async fn create(client: &ecr::Client, repository: &str) {
    client
        .create_repository()
        .repository_name(repository)
        .send()
        .await
        .expect("CreateRepository");
}

/// A manifest of its own for each `n` (moto derives the digest from the layer digests), whose
/// image size (moto: the config's size) is `1024 * n` bytes.
fn manifest(n: usize) -> String {
    MANIFEST
        .replace(
            "sha256:e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f",
            &format!("sha256:{n:064x}"),
        )
        .replace("\"size\":7023", &format!("\"size\":{}", 1024 * n))
}

/// Pushes `manifest` under `tag` (untagged without one), with `digest` if given (moto stores it
/// unchecked), and returns the image's digest.
async fn push_with(
    client: &ecr::Client,
    repository: &str,
    manifest: &str,
    tag: Option<&str>,
    digest: Option<&str>,
) -> String {
    let put = client
        .put_image()
        .repository_name(repository)
        .image_manifest(manifest)
        .set_image_tag(tag.map(str::to_owned))
        .set_image_digest(digest.map(str::to_owned))
        .send()
        .await
        .expect("PutImage");
    put.image()
        .and_then(|i| i.image_id())
        .and_then(|i| i.image_digest())
        .expect("a digest")
        .to_owned()
}

/// Pushes image `n` (see [`manifest`]) under `tag`, or untagged.
async fn push(client: &ecr::Client, repository: &str, n: usize, tag: Option<&str>) -> String {
    push_with(client, repository, &manifest(n), tag, None).await
}

/// moto stamps pushes to the second: waiting this long gives the next push a later time.
async fn next_second() {
    tokio::time::sleep(Duration::from_millis(1100)).await;
}

/// The images of `repository`, as the registry has them now.
async fn details(client: &ecr::Client, repository: &str) -> Vec<ImageDetail> {
    client
        .describe_images()
        .repository_name(repository)
        .send()
        .await
        .expect("DescribeImages")
        .image_details()
        .to_vec()
}

/// The digests of the images of `repository`.
async fn digests(client: &ecr::Client, repository: &str) -> BTreeSet<String> {
    details(client, repository)
        .await
        .iter()
        .map(|d| d.image_digest().expect("a digest").to_owned())
        .collect()
}

fn set(digests: &[&String]) -> BTreeSet<String> {
    digests.iter().map(|d| (*d).clone()).collect()
}

/// The push time of the image `digest` as the programs print it: RFC 3339, UTC, to the second.
async fn pushed(client: &ecr::Client, repository: &str, digest: &str) -> String {
    let at: OffsetDateTime = details(client, repository)
        .await
        .iter()
        .find(|d| d.image_digest() == Some(digest))
        .and_then(|d| d.image_pushed_at())
        .expect("a push time");
    assert_eq!(at.offset().whole_seconds(), 0, "times come in UTC");
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The lines of the one-line failure: exactly one, prefixed by the program's name.
fn one_line_error(out: &Output, program: &str) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", describe(out));
    let text = stderr(out);
    assert_eq!(text.lines().count(), 1, "{}", describe(out));
    assert!(text.starts_with(&format!("{program}: ")), "{text}");
    text
}

#[test]
fn help_and_usage_errors() {
    // No request is sent: nothing needs to listen.
    let nowhere = "http://127.0.0.1:9";
    let help = run(nowhere, "list_images", &["--help"]);
    assert_success(&help);
    let text = stdout(&help);
    assert!(
        text.contains("Usage: list_images [OPTIONS] <REPOSITORY|--all>"),
        "{text}"
    );
    for option in [
        "--all",
        "--json",
        "--registry-id",
        "--region",
        "--profile",
        "--endpoint-url",
        "Example:",
    ] {
        assert!(text.contains(option), "list_images --help lacks {option}");
    }

    let help = run(nowhere, "cleanup", &["--help"]);
    assert_success(&help);
    let text = stdout(&help);
    for option in [
        "--untagged",
        "--older-than <AGE>",
        "--keep <N>",
        "--yes",
        "--json",
        "--registry-id",
        "--region",
        "--endpoint-url",
        "Example:",
        "[default: 0]",
    ] {
        assert!(text.contains(option), "cleanup --help lacks {option}");
    }

    for (program, args) in [
        ("list_images", &[][..]),
        ("list_images", &[REPO, "--all"][..]),
        ("list_images", &["a/b", "c/d"][..]),
        ("cleanup", &[REPO][..]),
        ("cleanup", &["--untagged"][..]),
        ("cleanup", &["--older-than", "3y", REPO][..]),
        ("cleanup", &["--untagged", "--keep", "-1", REPO][..]),
    ] {
        let out = run(nowhere, program, args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{program} {args:?}: {}",
            describe(&out)
        );
        assert!(
            out.stdout.is_empty(),
            "{program} {args:?}: {}",
            describe(&out)
        );
        assert!(
            stderr(&out).starts_with("error: "),
            "{program} {args:?}: {}",
            describe(&out)
        );
    }
    let no_rule = run(nowhere, "cleanup", &[REPO]);
    assert!(
        stderr(&no_rule).contains("<--untagged|--older-than <AGE>>"),
        "{}",
        describe(&no_rule)
    );
}

#[tokio::test]
async fn list_images_of_one_repository() {
    let moto = Moto::start();
    let client = moto.client();
    create(&client, REPO).await;
    let old = push(&client, REPO, 1, Some("v1")).await;
    assert_eq!(push(&client, REPO, 1, Some("latest")).await, old);
    next_second().await;
    let middle = push(&client, REPO, 2, Some("v2")).await;
    next_second().await;
    let new = push(&client, REPO, 3, None).await;

    let out = run(&moto.endpoint(), "list_images", &[REPO]);
    assert_success(&out);
    let expected = [
        "TAGS        DIGEST".to_owned() + &" ".repeat(67) + "SIZE     PUSHED",
        format!(
            "<untagged>  {new}  3.0 KiB  {}",
            pushed(&client, REPO, &new).await
        ),
        format!(
            "v2          {middle}  2.0 KiB  {}",
            pushed(&client, REPO, &middle).await
        ),
        format!(
            "latest,v1   {old}  1.0 KiB  {}",
            pushed(&client, REPO, &old).await
        ),
    ];
    assert_eq!(stdout(&out).lines().collect::<Vec<_>>(), expected);
    assert!(out.stderr.is_empty(), "no progress off a terminal");

    let out = run(&moto.endpoint(), "list_images", &["--json", REPO]);
    assert_success(&out);
    assert!(
        stdout(&out).starts_with(
            "[\n  {\n    \"repository\": \"demo/app\",\n    \"tags\": [],\n    \"digest\": "
        ),
        "members in the documented order: {}",
        stdout(&out)
    );
    let images = json(&out);
    let images = images.as_array().expect("an array");
    assert_eq!(images.len(), 3);
    for (image, (digest, tags, size)) in images.iter().zip([
        (&new, vec![], 3072),
        (&middle, vec!["v2"], 2048),
        (&old, vec!["latest", "v1"], 1024),
    ]) {
        let keys: Vec<&str> = image
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            BTreeSet::from_iter(keys),
            BTreeSet::from(["repository", "tags", "digest", "sizeBytes", "pushedAt"])
        );
        assert_eq!(image["repository"], REPO);
        assert_eq!(image["digest"], digest.as_str());
        assert_eq!(image["tags"], serde_json::json!(tags));
        assert_eq!(image["sizeBytes"], size);
        assert_eq!(image["pushedAt"], pushed(&client, REPO, digest).await);
    }

    create(&client, "demo/empty").await;
    let out = run(&moto.endpoint(), "list_images", &["demo/empty"]);
    assert_success(&out);
    assert_eq!(stdout(&out), "no images in demo/empty\n");
    let out = run(&moto.endpoint(), "list_images", &["--json", "demo/empty"]);
    assert_success(&out);
    assert_eq!(stdout(&out), "[]\n");

    let missing = run(&moto.endpoint(), "list_images", &["nosuch"]);
    let text = one_line_error(&missing, "list_images");
    assert!(
        text.starts_with(
            "list_images: RepositoryNotFoundException: The repository with name 'nosuch' does not exist"
        ),
        "{text}"
    );
    assert!(missing.stdout.is_empty());
}

#[tokio::test]
async fn list_images_of_every_repository() {
    let moto = Moto::start();
    let client = moto.client();
    let out = run(&moto.endpoint(), "list_images", &["--all"]);
    assert_success(&out);
    assert_eq!(stdout(&out), "no repositories\n");

    for repository in ["b/web", "a/api", "c/empty"] {
        create(&client, repository).await;
    }
    let web = push(&client, "b/web", 1, Some("prod")).await;
    let api_old = push(&client, "a/api", 2, None).await;
    next_second().await;
    let api_new = push(&client, "a/api", 3, Some("v3")).await;

    let out = run(&moto.endpoint(), "list_images", &["--all"]);
    assert_success(&out);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(
        lines[0].starts_with("REPOSITORY  TAGS        DIGEST  "),
        "{text}"
    );
    for (line, (repository, tags, digest)) in lines[1..].iter().zip([
        ("a/api", "v3", &api_new),
        ("a/api", "<untagged>", &api_old),
        ("b/web", "prod", &web),
    ]) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells[..3], [repository, tags, digest.as_str()], "{text}");
    }

    let out = run(&moto.endpoint(), "list_images", &["--all", "--json"]);
    assert_success(&out);
    let images = json(&out);
    let found: Vec<(&str, &str)> = images
        .as_array()
        .expect("an array")
        .iter()
        .map(|i| {
            (
                i["repository"].as_str().expect("a repository"),
                i["digest"].as_str().expect("a digest"),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("a/api", api_new.as_str()),
            ("a/api", api_old.as_str()),
            ("b/web", web.as_str())
        ]
    );
}

#[tokio::test]
async fn list_images_reads_every_page() {
    let server = EcrServer::start();
    server.set_items("DescribeImages", 2500);
    let out = run(&server.endpoint(), "list_images", &["--json", "app"]);
    assert_success(&out);
    let images = json(&out);
    let found: BTreeSet<&str> = images
        .as_array()
        .expect("an array")
        .iter()
        .map(|i| i["digest"].as_str().expect("a digest"))
        .collect();
    let expected: Vec<String> = (0..2500).map(tests::ecr_server::item_digest).collect();
    assert_eq!(found, expected.iter().map(String::as_str).collect());
    let requests = server.requests_for("DescribeImages");
    assert_eq!(requests.len(), 3, "2500 images in pages of 1000");
    for (i, request) in requests.iter().enumerate() {
        assert_eq!(request.body["repositoryName"], "app");
        assert_eq!(request.body["maxResults"], 1000);
        assert_eq!(request.body.get("nextToken").is_some(), i > 0);
    }

    server.set_items("DescribeImages", 2);
    server.set_items("DescribeRepositories", 3);
    server.clear_requests();
    let out = run(&server.endpoint(), "list_images", &["--all", "--json"]);
    assert_success(&out);
    let images = json(&out);
    let repositories: Vec<&str> = images
        .as_array()
        .expect("an array")
        .iter()
        .map(|i| i["repository"].as_str().expect("a repository"))
        .collect();
    assert_eq!(
        repositories,
        ["repo-0", "repo-0", "repo-1", "repo-1", "repo-2", "repo-2"]
    );
    let asked: Vec<Value> = server
        .requests_for("DescribeImages")
        .iter()
        .map(|r| r.body["repositoryName"].clone())
        .collect();
    assert_eq!(asked, ["repo-0", "repo-1", "repo-2"]);
}

#[tokio::test]
async fn cleanup_untagged_dry_run_then_for_real() {
    let moto = Moto::start();
    let client = moto.client();
    create(&client, REPO).await;
    let tagged = push(&client, REPO, 1, Some("v1")).await;
    let loose_a = push(&client, REPO, 2, None).await;
    let loose_b = push(&client, REPO, 3, None).await;
    let all = set(&[&tagged, &loose_a, &loose_b]);

    let dry = run(&moto.endpoint(), "cleanup", &["--untagged", REPO]);
    assert_success(&dry);
    let text = stdout(&dry);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].starts_with("DIGEST  "), "{text}");
    assert!(lines[0].ends_with("TAGS        SIZE     PUSHED"), "{text}");
    let listed: BTreeSet<String> = lines[1..3]
        .iter()
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(cells[1], "<untagged>", "{text}");
            cells[0].to_owned()
        })
        .collect();
    assert_eq!(listed, set(&[&loose_a, &loose_b]));
    assert_eq!(
        lines[3],
        "would delete 2 images (5.0 KiB); run again with --yes to delete them"
    );
    assert_eq!(
        digests(&client, REPO).await,
        all,
        "a dry run deletes nothing"
    );

    let dry = run(&moto.endpoint(), "cleanup", &["--untagged", "--json", REPO]);
    assert_success(&dry);
    assert!(
        stdout(&dry).starts_with("{\n  \"dryRun\": true,\n  \"candidates\": [\n"),
        "{}",
        stdout(&dry)
    );
    let report = json(&dry);
    assert_eq!(report["deleted"], serde_json::json!([]));
    assert_eq!(report["failures"], serde_json::json!([]));
    let candidates: BTreeSet<String> = report["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| {
            assert_eq!(c["tags"], serde_json::json!([]));
            assert!(c["sizeBytes"].is_i64() && c["pushedAt"].is_string(), "{c}");
            c["digest"].as_str().expect("a digest").to_owned()
        })
        .collect();
    assert_eq!(candidates, set(&[&loose_a, &loose_b]));
    assert_eq!(digests(&client, REPO).await, all);

    let real = run(&moto.endpoint(), "cleanup", &["--untagged", "--yes", REPO]);
    assert_success(&real);
    let text = stdout(&real);
    assert_eq!(text.lines().last(), Some("deleted 2 images"), "{text}");
    assert!(!text.contains("would delete"), "{text}");
    assert_eq!(digests(&client, REPO).await, set(&[&tagged]));

    let again = run(&moto.endpoint(), "cleanup", &["--untagged", "--yes", REPO]);
    assert_success(&again);
    assert_eq!(stdout(&again), "nothing to delete in demo/app\n");
    assert_eq!(digests(&client, REPO).await, set(&[&tagged]));

    let missing = run(&moto.endpoint(), "cleanup", &["--untagged", "nosuch"]);
    let text = one_line_error(&missing, "cleanup");
    assert!(
        text.starts_with(
            "cleanup: RepositoryNotFoundException: The repository with name 'nosuch' does not exist"
        ),
        "{text}"
    );
}

#[tokio::test]
async fn cleanup_keeps_the_newest_images() {
    let moto = Moto::start();
    let client = moto.client();
    create(&client, REPO).await;
    let first = push(&client, REPO, 1, None).await;
    next_second().await;
    let second = push(&client, REPO, 2, None).await;
    next_second().await;
    let third = push(&client, REPO, 3, None).await;
    next_second().await;
    let newest = push(&client, REPO, 4, Some("v4")).await;

    // The newest two are the tagged image and `third`: of the untagged, only the older two go.
    let dry = run(
        &moto.endpoint(),
        "cleanup",
        &["--untagged", "--keep", "2", "--json", REPO],
    );
    assert_success(&dry);
    let report = json(&dry);
    let candidates: Vec<&str> = report["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["digest"].as_str().expect("a digest"))
        .collect();
    assert_eq!(
        candidates,
        [second.as_str(), first.as_str()],
        "newest first"
    );

    let real = run(
        &moto.endpoint(),
        "cleanup",
        &["--untagged", "--keep", "2", "--yes", REPO],
    );
    assert_success(&real);
    assert_eq!(stdout(&real).lines().last(), Some("deleted 2 images"));
    assert_eq!(digests(&client, REPO).await, set(&[&third, &newest]));

    // Everything is old enough, but the newest three stay.
    let real = run(
        &moto.endpoint(),
        "cleanup",
        &["--older-than", "0s", "--keep", "3", "--yes", REPO],
    );
    assert_success(&real);
    assert_eq!(stdout(&real), "nothing to delete in demo/app\n");
    let real = run(
        &moto.endpoint(),
        "cleanup",
        &["--older-than", "0s", "--keep", "1", "--yes", REPO],
    );
    assert_success(&real);
    assert_eq!(stdout(&real).lines().last(), Some("deleted 1 image"));
    assert_eq!(digests(&client, REPO).await, set(&[&newest]));
}

#[tokio::test]
async fn cleanup_older_than() {
    let moto = Moto::start();
    let client = moto.client();
    create(&client, REPO).await;
    let tagged = push(&client, REPO, 1, Some("v1")).await;
    let loose = push(&client, REPO, 2, None).await;
    let all = set(&[&tagged, &loose]);

    // moto stamps every push "now": nothing is 30 days old.
    for args in [
        &["--older-than", "30d", REPO][..],
        &["--older-than", "30d", "--yes", REPO][..],
    ] {
        let out = run(&moto.endpoint(), "cleanup", args);
        assert_success(&out);
        assert_eq!(stdout(&out), "nothing to delete in demo/app\n");
    }
    let out = run(
        &moto.endpoint(),
        "cleanup",
        &["--older-than", "30d", "--json", REPO],
    );
    assert_success(&out);
    assert_eq!(
        stdout(&out),
        "{\n  \"dryRun\": true,\n  \"candidates\": [],\n  \"deleted\": [],\n  \"failures\": []\n}\n"
    );
    assert_eq!(digests(&client, REPO).await, all);

    // An age too large for any calendar selects nothing either.
    let out = run(
        &moto.endpoint(),
        "cleanup",
        &["--older-than", "99999999999w", REPO],
    );
    assert_success(&out);
    assert_eq!(stdout(&out), "nothing to delete in demo/app\n");

    // Everything was pushed more than 0 s ago, tagged or not.
    let dry = run(&moto.endpoint(), "cleanup", &["--older-than", "0s", REPO]);
    assert_success(&dry);
    assert_eq!(
        stdout(&dry).lines().last(),
        Some("would delete 2 images (3.0 KiB); run again with --yes to delete them")
    );
    assert_eq!(digests(&client, REPO).await, all);

    let real = run(
        &moto.endpoint(),
        "cleanup",
        &["--older-than", "0s", "--untagged", "--yes", "--json", REPO],
    );
    assert_success(&real);
    let report = json(&real);
    assert_eq!(report["dryRun"], false);
    let deleted: BTreeSet<String> = report["deleted"]
        .as_array()
        .expect("deleted")
        .iter()
        .map(|d| d["digest"].as_str().expect("a digest").to_owned())
        .collect();
    assert_eq!(deleted, all);
    assert_eq!(report["candidates"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["failures"], serde_json::json!([]));
    assert!(digests(&client, REPO).await.is_empty());
}

#[tokio::test]
async fn cleanup_reports_an_image_the_registry_refuses_to_delete() {
    let moto = Moto::start();
    let client = moto.client();
    create(&client, REPO).await;
    let good = push(&client, REPO, 1, None).await;
    // moto stores the digest it is given unchecked, and refuses to delete by a malformed one.
    let bad = push_with(&client, REPO, &manifest(2), None, Some("sha256:not-hex")).await;
    assert_eq!(bad, "sha256:not-hex");

    let out = run(&moto.endpoint(), "cleanup", &["--untagged", "--yes", REPO]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(stdout(&out).lines().last(), Some("deleted 1 image"));
    let errors = stderr(&out);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(lines.len(), 2, "{errors}");
    assert!(
        lines[0].starts_with(
            "cleanup: not deleted: sha256:not-hex (InvalidImageDigest: Invalid request parameters"
        ),
        "{errors}"
    );
    assert_eq!(lines[1], "cleanup: 1 of 2 images could not be deleted");
    assert_eq!(digests(&client, REPO).await, set(&[&bad]));
    assert!(!digests(&client, REPO).await.contains(&good));

    let out = run(
        &moto.endpoint(),
        "cleanup",
        &["--untagged", "--yes", "--json", REPO],
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let report = json(&out);
    assert_eq!(report["deleted"], serde_json::json!([]));
    assert_eq!(report["failures"][0]["digest"], "sha256:not-hex");
    assert_eq!(report["failures"][0]["failureCode"], "InvalidImageDigest");
    assert!(report["failures"][0]["failureReason"].is_string());
}

#[tokio::test]
async fn cleanup_keeps_what_a_remaining_manifest_list_references() {
    let moto = Moto::start();
    let client = moto.client();
    create(&client, REPO).await;
    let child = push(&client, REPO, 1, None).await;
    let orphan = push(&client, REPO, 2, None).await;
    let index = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","size":528,"digest":"{child}","platform":{{"architecture":"amd64","os":"linux"}}}}]}}"#
    );
    // moto gives manifests without layers a random digest: give it one.
    let list_digest = format!("sha256:{}", "ab".repeat(32));
    let list = push_with(&client, REPO, &index, Some("multi"), Some(&list_digest)).await;
    assert_eq!(list, list_digest);

    let dry = run(&moto.endpoint(), "cleanup", &["--untagged", "--json", REPO]);
    assert_success(&dry);
    let candidates: Vec<Value> = json(&dry)["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["digest"].clone())
        .collect();
    assert_eq!(candidates, [orphan.as_str()], "the list's child stays");

    let out = run(&moto.endpoint(), "cleanup", &["--untagged", "--yes", REPO]);
    assert_success(&out);
    let text = stdout(&out);
    assert_eq!(
        text.lines().next(),
        Some("keeping 1 image that a remaining manifest list references"),
        "{text}"
    );
    assert_eq!(text.lines().last(), Some("deleted 1 image"), "{text}");
    assert_eq!(digests(&client, REPO).await, set(&[&child, &list]));

    // When the list goes too, so does what it references.
    let out = run(
        &moto.endpoint(),
        "cleanup",
        &["--older-than", "0s", "--yes", REPO],
    );
    assert_success(&out);
    assert_eq!(stdout(&out).lines().last(), Some("deleted 2 images"));
    assert!(digests(&client, REPO).await.is_empty());
}

#[tokio::test]
async fn cleanup_deletes_in_batches_of_100() {
    let server = EcrServer::start();
    // 1050 images, over two pages; each answers as pushed in 2023, with one tag.
    server.set_items("DescribeImages", 1050);

    let dry = run(
        &server.endpoint(),
        "cleanup",
        &["--older-than", "1d", "app"],
    );
    assert_success(&dry);
    assert!(
        stdout(&dry)
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("would delete 1050 images (")),
        "{}",
        describe(&dry)
    );
    assert_eq!(server.requests_for("DescribeImages").len(), 2);
    assert!(
        server.requests_for("BatchDeleteImage").is_empty(),
        "a dry run deletes nothing"
    );

    server.clear_requests();
    let out = run(
        &server.endpoint(),
        "cleanup",
        &["--older-than", "1d", "--keep", "25", "--yes", "app"],
    );
    let requests = server.requests_for("BatchDeleteImage");
    let sizes: Vec<usize> = requests
        .iter()
        .map(|r| r.body["imageIds"].as_array().map_or(0, Vec::len))
        .collect();
    let mut expected = vec![100; 10];
    expected.push(25);
    assert_eq!(sizes, expected, "1025 ids, at most 100 a request");
    let mut asked = BTreeSet::new();
    for request in &requests {
        assert_eq!(request.body["repositoryName"], "app");
        for id in request.body["imageIds"].as_array().expect("imageIds") {
            assert_eq!(id.as_object().map(|o| o.len()), Some(1), "by digest: {id}");
            assert!(asked.insert(id["imageDigest"].as_str().expect("a digest").to_owned()));
        }
    }
    assert_eq!(asked.len(), 1025, "every image but the 25 kept, once");

    // The server's sample answer reports one failure in each batch.
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let errors = stderr(&out);
    let lines: Vec<&str> = errors.lines().collect();
    assert_eq!(lines.len(), 12, "{errors}");
    for line in &lines[..11] {
        assert!(line.starts_with("cleanup: not deleted: "), "{line}");
        assert!(line.contains("(InvalidImageDigest: "), "{line}");
    }
    assert_eq!(lines[11], "cleanup: 11 of 1025 images could not be deleted");
    assert_eq!(stdout(&out).lines().last(), Some("deleted 1025 images"));

    // A request that fails as a whole stops the deletion.
    server.clear_requests();
    server.fail_with(
        "BatchDeleteImage",
        400,
        "RepositoryNotFoundException",
        "The repository with name 'app' does not exist",
    );
    let out = run(
        &server.endpoint(),
        "cleanup",
        &["--older-than", "1d", "--yes", "app"],
    );
    let text = one_line_error(&out, "cleanup");
    assert!(
        text.starts_with("cleanup: deleting stopped after 0 of 1050 images: RepositoryNotFoundException: The repository with name 'app' does not exist"),
        "{text}"
    );
    assert_eq!(server.requests_for("BatchDeleteImage").len(), 1);
    assert_eq!(stdout(&out).lines().last(), Some("deleted 0 images"));
}
