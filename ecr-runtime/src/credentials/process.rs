//! `credential_process`: a command that prints credentials as JSON on its standard output.

use super::{BoxFuture, Credentials, Failure, ProvideCredentials};
use crate::error::CredentialsError;
use std::fmt;
use std::process::Stdio;

/// Runs a command (through `sh -c` on Unix, `cmd.exe /C` on Windows, as the AWS SDKs do) and
/// reads the credentials it prints on standard output:
///
/// ```json
/// {"Version": 1, "AccessKeyId": "..", "SecretAccessKey": "..", "SessionToken": "..",
///  "Expiration": "2030-01-01T00:00:00Z"}
/// ```
///
/// `SessionToken` and `Expiration` are optional; without `Expiration` the credentials never
/// expire. The command runs again when cached credentials near their expiry. It inherits the
/// process environment and is killed if the caller gives up waiting. `Debug` and error messages
/// show the program's name only, never its arguments (which may hold secrets), and never what it
/// printed.
#[derive(Clone)]
pub struct ProcessProvider {
    command: String,
}

impl ProcessProvider {
    /// A source that runs `command`.
    pub fn new(command: impl Into<String>) -> Self {
        Self {
            command: command.into(),
        }
    }

    /// The program the command runs (its first word), for messages.
    fn program(&self) -> &str {
        self.command.split_whitespace().next().unwrap_or("")
    }

    pub(super) async fn run(&self) -> Result<Credentials, Failure> {
        let program = self.program();
        let mut command = if cfg!(windows) {
            let mut c = tokio::process::Command::new("cmd.exe");
            c.arg("/C");
            c
        } else {
            let mut c = tokio::process::Command::new("sh");
            c.arg("-c");
            c
        };
        command
            .arg(&self.command)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let output = command.output().await.map_err(|e| {
            Failure::Failed(format!("credential_process `{program}` could not run: {e}"))
        })?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let first = stderr.lines().map(str::trim).find(|l| !l.is_empty());
            let status = match output.status.code() {
                Some(code) => format!("exit code {code}"),
                None => output.status.to_string(),
            };
            return Err(Failure::Failed(match first {
                Some(line) => {
                    format!("credential_process `{program}` failed with {status}: {line}")
                }
                None => format!("credential_process `{program}` failed with {status}"),
            }));
        }
        parse_output(&output.stdout)
            .map_err(|e| Failure::Failed(format!("credential_process `{program}`: {e}")))
    }
}

/// Reads the JSON a credential process printed. Messages name fields, never their values.
fn parse_output(stdout: &[u8]) -> Result<Credentials, String> {
    let value: serde_json::Value =
        serde_json::from_slice(stdout).map_err(|e| format!("the output is not JSON ({e})"))?;
    let Some(map) = value.as_object() else {
        return Err("the output is not a JSON object".to_owned());
    };
    match map.get("Version") {
        None => return Err("the output has no `Version` (expected 1)".to_owned()),
        Some(v) if v.as_u64() == Some(1) => {}
        Some(v) if v.is_number() => {
            return Err(format!(
                "the output's `Version` is {v}; only version 1 is supported"
            ));
        }
        Some(_) => return Err("the output's `Version` is not the number 1".to_owned()),
    }
    super::fetch::parse_credentials(
        stdout,
        &super::fetch::Fields {
            token: "SessionToken",
            source: "process",
        },
    )
}

impl fmt::Debug for ProcessProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProcessProvider")
            .field("program", &self.program())
            .field("arguments", &"** redacted **")
            .finish()
    }
}

impl ProvideCredentials for ProcessProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move { self.run().await.map_err(Failure::into_error) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_fields() {
        let c = parse_output(br#"{"Version":1,"AccessKeyId":"AK","SecretAccessKey":"S"}"#).unwrap();
        assert_eq!(c.expiry(), None);
        assert_eq!(c.source(), "process");
        let e =
            parse_output(br#"{"Version":2,"AccessKeyId":"AK","SecretAccessKey":"S"}"#).unwrap_err();
        assert!(e.contains("is 2; only version 1"), "{e}");
        let e = parse_output(br#"{"AccessKeyId":"AK","SecretAccessKey":"S"}"#).unwrap_err();
        assert!(e.contains("no `Version`"), "{e}");
        let e = parse_output(br#"{"Version":"SECRETISH"}"#).unwrap_err();
        assert!(!e.contains("SECRETISH"), "{e}");
    }

    #[test]
    fn debug_hides_arguments() {
        let p = ProcessProvider::new("/bin/fetch-creds --password hunter2");
        let shown = format!("{p:?}");
        assert!(shown.contains("/bin/fetch-creds"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
