//! `cargo xtask codegen [--check]`: writes the ECR declarations from the vendored model.
//!
//! Reads `ecr/model/{service-2,paginators-1,waiters-2}.json` (and
//! `sensitive-overrides.json`: members to mark `#[sensitive]` that the model does not) and writes, formatted with
//! `rustfmt`, the files of `ecr/src` that hold declarations: `operations.rs` (one
//! `#[aws_operation]` request and its output per operation), `types.rs` (structures and enums),
//! `errors.rs` (exceptions), `fluent.rs` (the client's methods), `paginators.rs` and
//! `waiters.rs`. With `--check` nothing is written and the run fails when a file differs.

#![forbid(unsafe_code)]

mod codegen;
mod markdown;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (task, check) = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["codegen"] => ("codegen", false),
        ["codegen", "--check"] => ("codegen", true),
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return ExitCode::from(2);
        }
    };
    debug_assert_eq!(task, "codegen");
    match run(check) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn run(check: bool) -> Result<(), String> {
    let root = root();
    let model_dir = root.join("ecr/model");
    let read = |name: &str| -> Result<serde_json::Value, String> {
        let path = model_dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let model = codegen::Model::new(
        read("service-2.json")?,
        read("paginators-1.json")?,
        read("waiters-2.json")?,
    )
    .with_sensitive_overrides(&read("sensitive-overrides.json")?)?;
    let files = model.files()?;
    let mut stale = Vec::new();
    for (name, source) in files {
        let formatted = rustfmt(&source).map_err(|e| format!("{name}: {e}"))?;
        let path = root.join("ecr/src").join(name);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current == formatted {
            continue;
        }
        if check {
            stale.push(name);
        } else {
            std::fs::write(&path, formatted).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {}", path.display());
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "ecr/src/{{{}}} differ from what the model gives: run `cargo xtask codegen`",
            stale.join(",")
        ))
    }
}

fn rustfmt(source: &str) -> Result<String, String> {
    use std::io::Write;
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    writer
        .join()
        .map_err(|_| "rustfmt writer panicked".to_owned())?
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt failed on generated code:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("rustfmt output: {e}"))
}
