//! Shared pieces of the example programs.

use std::process::ExitCode;

/// Prints `error` as one line on stderr, prefixed by the program's name, and gives the failure
/// exit code.
pub fn fail(program: &str, error: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("{program}: {error}");
    ExitCode::FAILURE
}

/// The program's arguments, or the exit code to leave with: `--help` prints `usage` and exits 0;
/// arguments that `valid` refuses print `usage` on stderr and exit 2.
pub fn args(usage: &str, valid: impl Fn(&[String]) -> bool) -> Result<Vec<String>, ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{usage}");
        return Err(ExitCode::SUCCESS);
    }
    if !valid(&args) {
        eprintln!("{usage}");
        return Err(ExitCode::from(2));
    }
    Ok(args)
}
