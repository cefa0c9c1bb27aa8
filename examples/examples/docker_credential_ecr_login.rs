//! A Docker credential helper for Amazon ECR: Docker asks it for the user name and password of
//! an ECR registry, and it answers with a fresh authorization token (GetAuthorizationToken). No
//! more `docker login`, no password kept on disk.
//!
//! ```text
//! cargo build -p examples --example docker-credential-ecr-login
//! cp target/debug/examples/docker-credential-ecr-login ~/.local/bin/   # any directory on PATH
//! ```
//!
//! Then name it, without its `docker-credential-` prefix, for the registries it serves in
//! `~/.docker/config.json`:
//!
//! ```json
//! { "credHelpers": { "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login" } }
//! ```
//!
//! It speaks the docker-credential-helpers protocol (what `awslabs/amazon-ecr-credential-helper`
//! does, action for action):
//!
//! - `get`: reads a server URL on stdin (`123456789012.dkr.ecr.us-east-1.amazonaws.com`, with or
//!   without `https://`, a port or a path; FIPS `dkr.ecr-fips.` and China `amazonaws.com.cn`
//!   hosts too) and prints `{"ServerURL":"...","Username":"AWS","Secret":"..."}`. The token is
//!   asked of the registry's own account (`registryIds`) in the host's region, which replaces the
//!   configured region (`AWS_REGION`, the profile's); `--region`, when given, wins over both. A
//!   FIPS host is asked through the FIPS endpoint unless a custom endpoint is configured. A URL
//!   that is not an ECR registry gets the protocol's not-found answer, `credentials not found in
//!   native keychain` on stdout and exit 1, which Docker takes as "no credentials". So does a
//!   failure to get a token, whose reason goes to stderr as one line (Docker shows the helper's
//!   stderr).
//! - `list`: prints `{"<proxy endpoint>":"AWS"}` for the default registry of the configured
//!   region.
//! - `store`, `erase`: read their input and answer `not implemented` on stdout with exit 1, as
//!   amazon-ecr-credential-helper does: tokens are made on demand, there is nothing to store.
//!   With `AWS_ECR_IGNORE_CREDS_STORAGE=true` they succeed without doing anything instead (its
//!   0.9.0 option, for tools that run `docker login` / `docker logout` anyway).
//! - `version`: prints the version.
//!
//! The password is written nowhere but in `get`'s answer on stdout: not in errors, not in
//! `Debug`, not on stderr. Tokens are not cached: every `get` asks ECR (a token is good for 12
//! hours, and the call is cheap).

use base64::Engine as _;
use clap::{Parser, Subcommand};
use ecr::operations::GetAuthorizationTokenError;
use examples::{AwsArgs, fail};
use std::fmt;
use std::io::{Read, Write};
use std::process::ExitCode;

const PROGRAM: &str = "docker-credential-ecr-login";

/// The protocol's answer for "no credentials for this server" (docker-credential-helpers'
/// `errCredentialsNotFoundMessage`): Docker then goes on without credentials.
const NOT_FOUND: &str = "credentials not found in native keychain";

/// The protocol's answer for an empty server URL (`errCredentialsMissingServerURLMessage`).
const MISSING_SERVER_URL: &str = "no credentials server URL";

/// The protocol's answer for an empty user name in `store` (`errCredentialsMissingUsernameMessage`).
const MISSING_USERNAME: &str = "no credentials username";

/// What amazon-ecr-credential-helper answers to `store` and `erase`.
const NOT_IMPLEMENTED: &str = "not implemented";

/// Makes `store` and `erase` succeed without doing anything (amazon-ecr-credential-helper 0.9.0).
const IGNORE_STORAGE_VAR: &str = "AWS_ECR_IGNORE_CREDS_STORAGE";

/// Docker's credential helper for Amazon ECR registries.
#[derive(Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Docker credential helper for Amazon ECR: docker pull/push without docker login",
    long_about = "Docker credential helper for Amazon ECR: docker pull and push without docker \
        login. Docker runs it with an action and the server URL on stdin; it answers with a \
        fresh ECR authorization token (GetAuthorizationToken), made with your AWS credentials \
        from the usual places (environment, ~/.aws/config and ~/.aws/credentials, instance \
        role...).",
    after_long_help = "Install:\n  \
        1. Put this program on your PATH under the name docker-credential-ecr-login.\n  \
        2. Name it (without its docker-credential- prefix) for your registries in \
        ~/.docker/config.json:\n\n       \
        {\n         \"credHelpers\": {\n           \
        \"123456789012.dkr.ecr.us-east-1.amazonaws.com\": \"ecr-login\"\n         }\n       }\n\n     \
        (or \"credsStore\": \"ecr-login\" to ask it for every registry: it answers \
        \"not found\" for those that are not ECR).\n  \
        3. docker pull 123456789012.dkr.ecr.us-east-1.amazonaws.com/my/app:latest\n\n\
        Region: the token is asked in the region of the registry's host, whatever AWS_REGION or \
        the profile say; --region, when given, wins. FIPS hosts (dkr.ecr-fips.) use the FIPS \
        endpoint, China hosts (amazonaws.com.cn) the China partition.\n\n\
        store and erase answer \"not implemented\" (exit 1), as amazon-ecr-credential-helper \
        does; with AWS_ECR_IGNORE_CREDS_STORAGE=true they succeed and do nothing, so that \
        docker login and docker logout do not fail.\n\n\
        By hand:\n  \
        echo 123456789012.dkr.ecr.us-east-1.amazonaws.com | docker-credential-ecr-login get\n  \
        docker-credential-ecr-login list"
)]
struct Args {
    #[command(subcommand)]
    action: Action,
    #[command(flatten)]
    aws: AwsArgs,
}

/// The actions of the docker-credential-helpers protocol.
#[derive(Subcommand, Debug)]
enum Action {
    /// Reads a registry's server URL on stdin; prints {"ServerURL","Username","Secret"}
    Get,
    /// Prints {"<proxy endpoint>":"<user name>"} for the default registry of the region
    List,
    /// Keeps nothing: answers "not implemented" (exit 1), as amazon-ecr-credential-helper does
    ///
    /// Reads the credentials Docker sends on stdin and keeps nothing: tokens are made on demand.
    /// With AWS_ECR_IGNORE_CREDS_STORAGE=true, succeeds without doing anything instead.
    Store,
    /// Erases nothing: answers "not implemented" (exit 1), as amazon-ecr-credential-helper does
    ///
    /// Reads the server URL Docker sends on stdin and erases nothing: nothing is stored. With
    /// AWS_ECR_IGNORE_CREDS_STORAGE=true, succeeds without doing anything instead.
    Erase,
    /// Prints the version
    Version,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match args.action {
        Action::Get => get(&args.aws).await,
        Action::List => list(&args.aws).await,
        Action::Store => store(),
        Action::Erase => erase(),
        Action::Version => {
            answer(&format!("{PROGRAM} {}", env!("CARGO_PKG_VERSION")));
            ExitCode::SUCCESS
        }
    }
}

/// `get`: the credentials of the registry named on stdin.
async fn get(aws: &AwsArgs) -> ExitCode {
    let input = match read_stdin() {
        Ok(input) => input,
        Err(e) => return fail(PROGRAM, &format!("cannot read the server URL: {e}")),
    };
    let server_url = input.trim();
    if server_url.is_empty() {
        return refuse(MISSING_SERVER_URL);
    }
    let Some(registry) = Registry::parse(server_url) else {
        // Not ECR: Docker goes on without credentials. Nothing on stderr: with `credsStore` this
        // helper is asked about every registry.
        return refuse(NOT_FOUND);
    };
    match credentials(aws, &registry).await {
        Ok(login) => {
            // Built by hand to keep the protocol's member order; each value is a JSON string.
            let text = format!(
                "{{\"ServerURL\":{},\"Username\":{},\"Secret\":{}}}",
                json_string(server_url),
                json_string(&login.username),
                json_string(login.password.expose()),
            );
            if answer(&text) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(reason) => {
            let code = fail(
                PROGRAM,
                &format!("no credentials for {}: {reason}", registry.host),
            );
            answer(NOT_FOUND);
            code
        }
    }
}

/// `list`: the default registry of the configured region and its user name.
async fn list(aws: &AwsArgs) -> ExitCode {
    // Docker writes something on stdin ("unused"); read it so that it never meets a closed pipe.
    let _ = read_stdin();
    let client = match aws.client().await {
        Ok(client) => client,
        Err(e) => return fail(PROGRAM, &format!("cannot list credentials: {e}")),
    };
    let login = match token(&client, None).await {
        Ok(login) => login,
        Err(reason) => return fail(PROGRAM, &format!("cannot list credentials: {reason}")),
    };
    let mut map = serde_json::Map::new();
    map.insert(
        login.proxy_endpoint.clone(),
        serde_json::Value::String(login.username.clone()),
    );
    if answer(&serde_json::Value::Object(map).to_string()) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `store`: reads the credentials Docker sends (`{"ServerURL","Username","Secret"}`) and keeps
/// nothing. The input holds a password: it is never echoed, not even in an error.
fn store() -> ExitCode {
    let input = match read_stdin() {
        Ok(input) => input,
        Err(e) => return fail(PROGRAM, &format!("cannot read the credentials: {e}")),
    };
    let Ok(serde_json::Value::Object(creds)) = serde_json::from_str::<serde_json::Value>(&input)
    else {
        return refuse("the input is not a JSON object of credentials");
    };
    let member = |name: &str| creds.get(name).and_then(|v| v.as_str()).unwrap_or_default();
    if member("ServerURL").is_empty() {
        return refuse(MISSING_SERVER_URL);
    }
    if member("Username").is_empty() {
        return refuse(MISSING_USERNAME);
    }
    storage_answer()
}

/// `erase`: reads the server URL and erases nothing.
fn erase() -> ExitCode {
    let input = match read_stdin() {
        Ok(input) => input,
        Err(e) => return fail(PROGRAM, &format!("cannot read the server URL: {e}")),
    };
    if input.trim().is_empty() {
        return refuse(MISSING_SERVER_URL);
    }
    storage_answer()
}

/// `store` and `erase`: success with `AWS_ECR_IGNORE_CREDS_STORAGE=true`, else `not implemented`.
fn storage_answer() -> ExitCode {
    let ignore =
        std::env::var(IGNORE_STORAGE_VAR).is_ok_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if ignore {
        ExitCode::SUCCESS
    } else {
        refuse(NOT_IMPLEMENTED)
    }
}

/// An ECR registry, as named by its host:
/// `ACCOUNT.dkr.ecr[-fips].REGION.amazonaws.com[.cn]`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Registry {
    account: String,
    region: String,
    fips: bool,
    /// The host, in lower case: `123456789012.dkr.ecr.us-east-1.amazonaws.com`.
    host: String,
}

impl Registry {
    /// The registry a server URL names: `[https://]HOST[:PORT][/PATH]`; `None` when HOST is not
    /// an ECR registry's (the whole host must match: `...amazonaws.com.example.org` does not).
    fn parse(server_url: &str) -> Option<Registry> {
        let rest = match server_url.split_once("://") {
            Some((scheme, rest))
                if scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http") =>
            {
                rest
            }
            Some(_) => return None,
            None => server_url,
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.contains('@') {
            return None;
        }
        let host = match authority.rsplit_once(':') {
            Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                host
            }
            Some(_) => return None,
            None => authority,
        };
        let host = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
        let labels: Vec<&str> = host.split('.').collect();
        let [account, "dkr", ecr, region, tail @ ..] = labels.as_slice() else {
            return None;
        };
        let fips = match *ecr {
            "ecr" => false,
            "ecr-fips" => true,
            _ => return None,
        };
        if !matches!(tail, ["amazonaws", "com"] | ["amazonaws", "com", "cn"]) {
            return None;
        }
        let is_account = account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit());
        let is_region = region
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
            && region
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !is_account || !is_region {
            return None;
        }
        Some(Registry {
            account: (*account).to_owned(),
            region: (*region).to_owned(),
            fips,
            host: host.clone(),
        })
    }
}

/// A password. It has no `Display`, and its `Debug` does not show it: only
/// [`Password::expose`] gives it, for `get`'s answer.
struct Password(String);

impl Password {
    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// A decoded authorization token and the registry it is for.
#[derive(Debug)]
struct Login {
    username: String,
    password: Password,
    proxy_endpoint: String,
}

/// The credentials of `registry`: a token of its account, asked in its region.
async fn credentials(aws: &AwsArgs, registry: &Registry) -> Result<Login, String> {
    let mut aws = aws.clone();
    // The host's region replaces the configured one; an explicit --region wins.
    if aws.region.is_none() {
        aws.region = Some(registry.region.clone());
    }
    let mut config = aws.config().await.map_err(|e| e.to_string())?;
    if registry.fips && !custom_endpoint(&aws) {
        config = config.to_builder().use_fips(true).build();
    }
    let client = ecr::Client::new(&config);
    token(&client, Some(&registry.account)).await
}

/// Whether requests go to a configured endpoint (`--endpoint-url`, `AWS_ENDPOINT_URL_ECR`,
/// `AWS_ENDPOINT_URL`) rather than the region's: the FIPS endpoint cannot be asked for then.
fn custom_endpoint(aws: &AwsArgs) -> bool {
    if aws.endpoint_url.is_some() {
        return true;
    }
    let set = |var: &str| std::env::var(var).is_ok_and(|v| !v.trim().is_empty());
    let ignored = std::env::var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
        .is_ok_and(|v| v.trim().eq_ignore_ascii_case("true"));
    !ignored && (set("AWS_ENDPOINT_URL_ECR") || set("AWS_ENDPOINT_URL"))
}

/// GetAuthorizationToken for `account` (`None`: the default registry), decoded.
async fn token(client: &ecr::Client, account: Option<&str>) -> Result<Login, String> {
    let mut request = client.get_authorization_token();
    if let Some(account) = account {
        request = request.registry_ids(account);
    }
    let out = request.send().await.map_err(|e| describe_error(&e))?;
    let data = out
        .authorization_data()
        .iter()
        .find(|d| d.authorization_token().is_some())
        .ok_or("GetAuthorizationToken answered no authorization token")?;
    let token = data.authorization_token().unwrap_or_default();
    // Neither the token nor the decoding error (which may quote it) goes into a message.
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(token.trim())
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or("the authorization token is not base64 text")?;
    let (username, password) = decoded
        .split_once(':')
        .ok_or("the authorization token is not of the form USER:PASSWORD")?;
    let proxy_endpoint = data
        .proxy_endpoint()
        .ok_or("GetAuthorizationToken answered no proxy endpoint")?
        .to_owned();
    Ok(Login {
        username: username.to_owned(),
        password: Password(password.to_owned()),
        proxy_endpoint,
    })
}

/// The error of GetAuthorizationToken as one line, without what could hold the token: an
/// unreadable answer is described by its status and request id only (its reason and body
/// excerpt may quote the token).
fn describe_error(error: &GetAuthorizationTokenError) -> String {
    match error {
        GetAuthorizationTokenError::Runtime(ecr_runtime::Error::Response(response)) => {
            let mut text = format!(
                "GetAuthorizationToken: unreadable answer (HTTP {})",
                response.status()
            );
            if let Some(id) = response.request_id() {
                text.push_str(&format!(" (request id {id})"));
            }
            text
        }
        other => format!("GetAuthorizationToken: {other}"),
    }
}

/// Reads all of stdin.
fn read_stdin() -> std::io::Result<String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    Ok(input)
}

/// Writes `text` and a newline on stdout; false when stdout is gone.
fn answer(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").and_then(|()| out.flush()).is_ok()
}

/// A protocol error: its message on stdout (where Docker reads it), exit 1.
fn refuse(message: &str) -> ExitCode {
    answer(message);
    ExitCode::FAILURE
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}
