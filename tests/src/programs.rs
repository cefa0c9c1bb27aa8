//! The example programs, run as a user runs them: the built binary, its arguments, its standard
//! input and a clean environment that points it at a local server.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// `target/<profile>/examples/NAME`, next to the running test's own binary
/// (`target/<profile>/deps/`). `scripts/test.sh` builds the examples first.
pub fn example(name: &str) -> PathBuf {
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

/// A program run: `name` with `args`, against `endpoint`, with test credentials, region
/// `us-east-1` and nothing else from this process's environment.
pub struct Run {
    command: Command,
    stdin: Option<Vec<u8>>,
}

impl Run {
    /// The program `name` against `endpoint` (`http://127.0.0.1:PORT`).
    pub fn new(endpoint: &str, name: &str, args: &[&str]) -> Run {
        let home = std::env::temp_dir().join(format!("ecr-example-home-{}", std::process::id()));
        let mut command = Command::new(example(name));
        command
            .args(args)
            .env_clear()
            .env("HOME", &home)
            .env("AWS_ACCESS_KEY_ID", "AKIDTESTING")
            .env("AWS_SECRET_ACCESS_KEY", "testing-secret")
            .env("AWS_REGION", crate::REGION)
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_ENDPOINT_URL", endpoint);
        Run {
            command,
            stdin: None,
        }
    }

    /// Sets (or, with `None`, removes) an environment variable.
    pub fn env(mut self, key: &str, value: Option<&str>) -> Run {
        match value {
            Some(value) => self.command.env(key, value),
            None => self.command.env_remove(key),
        };
        self
    }

    /// Gives the program `input` on its standard input.
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(input.into());
        self
    }

    /// Runs the program to its end.
    pub fn output(mut self) -> Output {
        self.command
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.command.spawn().expect("example starts");
        if let Some(input) = self.stdin.take() {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            pipe.write_all(&input).expect("write stdin");
        }
        child.wait_with_output().expect("example runs")
    }
}

/// Runs `name` with `args` against `endpoint`.
pub fn run(endpoint: &str, name: &str, args: &[&str]) -> Output {
    Run::new(endpoint, name, args).output()
}

/// The program's stdout, stderr and exit code, for assertion messages.
pub fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
