//! Assume-role credentials: profiles with `role_arn` (`source_profile` chains, cycles,
//! `credential_source = Environment`), web identity token files, STS error answers, and the
//! cache in front of temporary credentials. STS is moto's (which returns `ASIA...` keys) or a
//! canned loopback server; never real AWS.

use ecr_runtime::credentials::{DefaultChain, ProfileProvider, WebIdentityProvider};
use ecr_runtime::{Config, Env, ProvideCredentials};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};
use tests::{CannedServer, Moto};

/// A fresh directory for one test's files.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ecr-assume-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Writes the shared config file (and an empty credentials file) into `dir` and returns the
/// variables that point at them, with `extra`.
fn files_env(dir: &std::path::Path, config: &str, extra: &[(&str, &str)]) -> Env {
    let config_path = dir.join("config");
    let credentials_path = dir.join("credentials");
    std::fs::write(&config_path, config).expect("write config");
    std::fs::write(&credentials_path, "").expect("write credentials");
    let mut vars: Vec<(String, String)> = vec![
        ("HOME".into(), "/nonexistent-home".into()),
        ("AWS_EC2_METADATA_DISABLED".into(), "true".into()),
        ("AWS_REGION".into(), "us-east-1".into()),
        ("AWS_CONFIG_FILE".into(), config_path.display().to_string()),
        (
            "AWS_SHARED_CREDENTIALS_FILE".into(),
            credentials_path.display().to_string(),
        ),
    ];
    vars.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    Env::from_vars(vars)
}

/// Checks that `creds` are temporary credentials from moto's STS.
fn assert_temporary(creds: &ecr_runtime::Credentials) {
    assert!(creds.access_key_id().starts_with("ASIA"), "{creds:?}");
    assert!(
        creds.session_token().is_some_and(|t| !t.is_empty()),
        "{creds:?}"
    );
    let expiry = creds.expiry().expect("an expiry");
    assert!(
        expiry > SystemTime::now() + Duration::from_secs(600),
        "{creds:?}"
    );
    let shown = format!("{creds:?}");
    assert!(
        !shown.contains(creds.session_token().unwrap_or("-")),
        "{shown}"
    );
    assert!(!shown.contains(creds.secret_access_key()), "{shown}");
}

/// An STS answer with the given key and expiry, as raw HTTP.
fn sts_answer(key: &str, expiration: &str) -> Vec<u8> {
    let body = format!(
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>\
         <Credentials><AccessKeyId>{key}</AccessKeyId><SecretAccessKey>secret</SecretAccessKey>\
         <SessionToken>TOKEN-{key}</SessionToken><Expiration>{expiration}</Expiration></Credentials>\
         </AssumeRoleResult></AssumeRoleResponse>"
    );
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// `time` as an RFC 3339 UTC timestamp (`2030-01-02T03:04:05Z`).
fn rfc3339(time: SystemTime) -> String {
    let t = ecr_runtime::OffsetDateTime::from(time);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

#[tokio::test]
async fn role_from_source_profile_then_an_ecr_call() {
    let moto = Moto::start();
    let dir = temp_dir("source");
    let env = files_env(
        &dir,
        "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n\
         [default]\nrole_arn = arn:aws:iam::123456789012:role/deployer\nsource_profile = base\n\
         role_session_name = ci-run\nexternal_id = shared-42\nduration_seconds = 1800\n",
        &[("AWS_ENDPOINT_URL", &moto.endpoint())],
    );
    let creds = ProfileProvider::new(env.clone())
        .provide_credentials()
        .await
        .expect("assumed role");
    assert_temporary(&creds);
    assert_eq!(creds.source(), "assume-role");

    // The default chain of a loaded config reaches the same role, and ECR takes its keys.
    let config = Config::loader().env(env).load().await.expect("config");
    let client = ecr::Client::new(&config);
    client
        .create_repository()
        .repository_name("assumed/app")
        .send()
        .await
        .expect("CreateRepository with assumed-role credentials");
    let out = client
        .describe_repositories()
        .send()
        .await
        .expect("DescribeRepositories");
    let names: Vec<&str> = out
        .repositories()
        .iter()
        .filter_map(|r| r.repository_name())
        .collect();
    assert_eq!(names, ["assumed/app"]);
}

#[tokio::test]
async fn chain_of_two_source_profiles_and_credential_process() {
    let moto = Moto::start();
    let dir = temp_dir("chain");
    let process = r#"echo '{"Version":1,"AccessKeyId":"AKIDPROC","SecretAccessKey":"p"}'"#;
    let env = files_env(
        &dir,
        &format!(
            "[profile root]\ncredential_process = {process}\n\
             [profile middle]\nrole_arn = arn:aws:iam::123456789012:role/middle\nsource_profile = root\n\
             [profile top]\nrole_arn = arn:aws:iam::123456789012:role/top\nsource_profile = middle\n"
        ),
        &[
            ("AWS_ENDPOINT_URL_STS", &moto.endpoint()),
            ("AWS_PROFILE", "top"),
        ],
    );
    let creds = DefaultChain::new(env)
        .provide_credentials()
        .await
        .expect("two roles assumed");
    assert_temporary(&creds);
}

#[tokio::test]
async fn each_role_of_a_chain_is_signed_by_the_one_before() {
    let hour = rfc3339(SystemTime::now() + Duration::from_secs(3600));
    let sts = CannedServer::script(vec![
        sts_answer("ASIAMIDDLE", &hour),
        sts_answer("ASIATOP", &hour),
    ]);
    let dir = temp_dir("signed-chain");
    let env = files_env(
        &dir,
        "[profile root]\naws_access_key_id = AKIDROOT\naws_secret_access_key = r\n\
         [profile middle]\nrole_arn = arn:aws:iam::123456789012:role/middle\nsource_profile = root\n\
         [profile top]\nrole_arn = arn:aws:iam::123456789012:role/top\nsource_profile = middle\n\
         external_id = ext&id\n",
        &[("AWS_ENDPOINT_URL_STS", &sts.endpoint())],
    );
    let creds = ProfileProvider::new(env)
        .profile("top")
        .provide_credentials()
        .await
        .expect("two roles assumed");
    assert_eq!(creds.access_key_id(), "ASIATOP");
    let requests: Vec<String> = sts
        .requests()
        .iter()
        .map(|r| String::from_utf8_lossy(r).into_owned())
        .collect();
    assert_eq!(requests.len(), 2);
    assert!(
        requests[0].contains("Credential=AKIDROOT/")
            && requests[0].contains("/us-east-1/sts/aws4_request"),
        "{}",
        requests[0]
    );
    assert!(requests[0].contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fmiddle"));
    assert!(
        requests[1].contains("Credential=ASIAMIDDLE/"),
        "{}",
        requests[1]
    );
    assert!(
        requests[1]
            .to_ascii_lowercase()
            .contains("x-amz-security-token: token-asiamiddle"),
        "{}",
        requests[1]
    );
    assert!(
        requests[1].contains("ExternalId=ext%26id"),
        "{}",
        requests[1]
    );
    assert!(requests[1].contains("Action=AssumeRole&Version=2011-06-15&"));
}

#[tokio::test]
async fn a_source_profile_cycle_names_the_profiles() {
    let dir = temp_dir("cycle");
    let env = files_env(
        &dir,
        "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = b\n\
         [profile b]\nrole_arn = arn:aws:iam::123456789012:role/b\nsource_profile = c\n\
         [profile c]\nrole_arn = arn:aws:iam::123456789012:role/c\nsource_profile = b\n",
        // Nothing may be sent: any STS call would go to a port nobody listens on.
        &[("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9")],
    );
    let err = ProfileProvider::new(env.clone())
        .profile("a")
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("profile `a`: source_profile forms a cycle: `b` -> `c` -> `b`"),
        "{err}"
    );
    let missing = files_env(
        &dir,
        "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = ghost\n",
        &[],
    );
    let err = ProfileProvider::new(missing)
        .profile("a")
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("profile `a` names source_profile `ghost`, which is not defined"),
        "{err}"
    );
}

#[tokio::test]
async fn credential_source_environment() {
    let moto = Moto::start();
    let dir = temp_dir("credential-source");
    let config =
        "[default]\nrole_arn = arn:aws:iam::123456789012:role/r\ncredential_source = Environment\n";
    let env = files_env(
        &dir,
        config,
        &[
            ("AWS_ENDPOINT_URL_STS", &moto.endpoint()),
            ("AWS_ACCESS_KEY_ID", "AKIDENV"),
            ("AWS_SECRET_ACCESS_KEY", "env-secret"),
        ],
    );
    let creds = ProfileProvider::new(env)
        .provide_credentials()
        .await
        .expect("role from environment keys");
    assert_temporary(&creds);

    let without_keys = files_env(&dir, config, &[("AWS_ENDPOINT_URL_STS", &moto.endpoint())]);
    let err = ProfileProvider::new(without_keys)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("credential_source Environment: AWS_ACCESS_KEY_ID is not set"),
        "{err}"
    );
}

#[tokio::test]
async fn web_identity_from_a_token_file() {
    let moto = Moto::start();
    let dir = temp_dir("web-identity");
    let token = dir.join("token");
    std::fs::write(&token, "eyJhbGciOiJSUzI1NiJ9.first\n").expect("token");
    let token_path = token.display().to_string();
    let env = files_env(
        &dir,
        "",
        &[
            ("AWS_ENDPOINT_URL_STS", &moto.endpoint()),
            ("AWS_WEB_IDENTITY_TOKEN_FILE", &token_path),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/irsa"),
            ("AWS_ROLE_SESSION_NAME", "pod-1"),
        ],
    );
    let creds = DefaultChain::new(env.clone())
        .provide_credentials()
        .await
        .expect("web identity");
    assert_temporary(&creds);
    assert_eq!(creds.source(), "web-identity");

    // The file is read at every fetch: a removed token is an error, not a stale success.
    std::fs::remove_file(&token).expect("remove token");
    let err = WebIdentityProvider::new(env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("cannot read the web identity token file"),
        "{err}"
    );

    // The same from a profile's web_identity_token_file.
    std::fs::write(&token, "eyJhbGciOiJSUzI1NiJ9.second").expect("token");
    let from_profile = files_env(
        &dir,
        &format!(
            "[default]\nrole_arn = arn:aws:iam::123456789012:role/irsa\n\
             web_identity_token_file = {token_path}\n"
        ),
        &[("AWS_ENDPOINT_URL_STS", &moto.endpoint())],
    );
    let creds = ProfileProvider::new(from_profile)
        .provide_credentials()
        .await
        .expect("web identity profile");
    assert_temporary(&creds);
}

#[tokio::test]
async fn web_identity_is_unsigned_and_sends_the_token() {
    let hour = rfc3339(SystemTime::now() + Duration::from_secs(3600));
    let sts = CannedServer::start(sts_answer("ASIAWEB", &hour));
    let dir = temp_dir("web-unsigned");
    let token = dir.join("token");
    std::fs::write(&token, "tok+en/=").expect("token");
    let env = files_env(
        &dir,
        "",
        &[
            ("AWS_ENDPOINT_URL_STS", &sts.endpoint()),
            ("AWS_WEB_IDENTITY_TOKEN_FILE", &token.display().to_string()),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/irsa"),
        ],
    );
    let creds = WebIdentityProvider::new(env)
        .provide_credentials()
        .await
        .expect("web identity");
    assert_eq!(creds.access_key_id(), "ASIAWEB");
    let request = String::from_utf8_lossy(&sts.last_request()).into_owned();
    assert!(
        !request.to_ascii_lowercase().contains("authorization:"),
        "{request}"
    );
    assert!(
        request.contains("Action=AssumeRoleWithWebIdentity"),
        "{request}"
    );
    assert!(
        request.contains("WebIdentityToken=tok%2Ben%2F%3D"),
        "{request}"
    );
    assert!(request.contains("RoleSessionName=ecr-rs-"), "{request}");
}

#[tokio::test]
async fn an_sts_error_answer_is_a_clear_error() {
    let body = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>\
                <Type>Sender</Type><Code>ValidationError</Code><Message>1 validation error \
                detected: Value &apos;not-an-arn&apos; at &apos;roleArn&apos; failed to satisfy \
                constraint</Message></Error><RequestId>r-1</RequestId></ErrorResponse>";
    let sts = CannedServer::start(format!(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    let dir = temp_dir("sts-error");
    let env = files_env(
        &dir,
        "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n\
         [default]\nrole_arn = not-an-arn\nsource_profile = base\n",
        &[("AWS_ENDPOINT_URL_STS", &sts.endpoint())],
    );
    let err = DefaultChain::new(env)
        .provide_credentials()
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!(
            "profile `default`: STS AssumeRole of `not-an-arn` at {}: HTTP 400, \
             ValidationError: 1 validation error detected: Value 'not-an-arn' at 'roleArn'",
            sts.endpoint()
        )),
        "{err}"
    );
    // A client error is not retried, and the chain stopped at the profile.
    assert_eq!(sts.connections(), 1);
    assert!(!err.contains("container:"), "{err}");
}

#[tokio::test]
async fn expiry_drives_the_cache() {
    let moto = Moto::start();
    let dir = temp_dir("cache");
    let config = "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n\
                  [default]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n";
    for (lifetime, fetches) in [(3600, 1), (60, 3)] {
        let expiration = rfc3339(SystemTime::now() + Duration::from_secs(lifetime));
        let sts = CannedServer::start(sts_answer("ASIACACHED", &expiration));
        let env = files_env(
            &dir,
            config,
            &[
                ("AWS_ENDPOINT_URL_STS", &sts.endpoint()),
                ("AWS_ENDPOINT_URL", &moto.endpoint()),
            ],
        );
        let config = Config::loader().env(env).load().await.expect("config");
        let client = ecr::Client::new(&config);
        for _ in 0..3 {
            client
                .describe_repositories()
                .send()
                .await
                .expect("DescribeRepositories");
        }
        // Credentials that expire within the refresh window are fetched again for each call.
        assert_eq!(sts.connections(), fetches, "lifetime {lifetime} s");
    }
}
