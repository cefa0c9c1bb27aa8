//! Shared pieces of the example programs.

use std::process::ExitCode;

/// Prints `error` as one line on stderr, prefixed by the program's name, and gives the failure
/// exit code.
pub fn fail(program: &str, error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("{program}: {error}");
    ExitCode::FAILURE
}
