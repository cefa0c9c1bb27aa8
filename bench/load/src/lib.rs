//! The driver shared by the three load binaries (`load-ecr`, `load-floor`, `load-sdk`).
//!
//! Each binary supplies one way of sending the same BatchGetImage call (repository
//! `bench/app`, image ids tag `v1` and tag `missing`); this crate parses the arguments, runs the
//! warm-up and the measured phase on a 2-worker tokio runtime, checks every answer (1 image and
//! 1 failure) and prints one line of JSON:
//!
//! ```text
//! {"client":"ecr","calls":N,"concurrency":C,"wall_s":..,"cpu_s":..,"cpu_us_per_call":..,
//!  "calls_per_s":..,"max_rss_kib":..}
//! ```
//!
//! CPU is the whole process's user + system time (`/proc/self/stat`) over the measured phase
//! only; max RSS is `VmHWM` from `/proc/self/status` (the peak over the whole run).

#![forbid(unsafe_code)]

use std::future::Future;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// The repository every call names.
pub const REPOSITORY: &str = "bench/app";
/// The tag the server reports as found.
pub const PRESENT_TAG: &str = "v1";
/// The tag the server reports as a failure.
pub const MISSING_TAG: &str = "missing";
/// The signing region.
pub const REGION: &str = "us-east-1";
/// Static example credentials: nginx checks no signature, but every request is signed.
pub const ACCESS_KEY_ID: &str = "AKIDEXAMPLE";
/// The secret that goes with [`ACCESS_KEY_ID`].
pub const SECRET_ACCESS_KEY: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

/// The command line: `--endpoint URL --calls N --concurrency C --warmup W`.
#[derive(Clone, Debug)]
pub struct Args {
    /// The server, e.g. `http://127.0.0.1:8080`.
    pub endpoint: String,
    /// Calls in the measured phase.
    pub calls: u64,
    /// Concurrent tasks sharing the calls.
    pub concurrency: u64,
    /// Calls before the measured phase (same concurrency).
    pub warmup: u64,
}

const USAGE: &str =
    "usage: --endpoint URL [--calls N (20000)] [--concurrency C (1)] [--warmup W (500)]";

impl Args {
    /// Parses `std::env::args()`.
    pub fn parse() -> Result<Self, String> {
        Self::parse_from(std::env::args().skip(1))
    }

    fn parse_from(mut args: impl Iterator<Item = String>) -> Result<Self, String> {
        let mut endpoint = None;
        let (mut calls, mut concurrency, mut warmup) = (20_000, 1, 500);
        while let Some(flag) = args.next() {
            let value = args
                .next()
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
            let number = || {
                value
                    .parse::<u64>()
                    .map_err(|e| format!("{flag} {value}: {e}\n{USAGE}"))
            };
            match flag.as_str() {
                "--endpoint" => endpoint = Some(value.clone()),
                "--calls" => calls = number()?,
                "--concurrency" => concurrency = number()?,
                "--warmup" => warmup = number()?,
                _ => return Err(format!("unknown argument {flag}\n{USAGE}")),
            }
        }
        let endpoint = endpoint.ok_or_else(|| format!("--endpoint is required\n{USAGE}"))?;
        if calls == 0 || concurrency == 0 {
            return Err(format!(
                "--calls and --concurrency must be at least 1\n{USAGE}"
            ));
        }
        Ok(Self {
            endpoint,
            calls,
            concurrency,
            warmup,
        })
    }
}

/// What a call found: the lengths of `images` and `failures`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Images returned.
    pub images: usize,
    /// Failures returned.
    pub failures: usize,
}

/// One client's way of sending the benchmark's BatchGetImage call.
pub trait Call: Send + Sync + 'static {
    /// Sends the call once and counts what came back.
    fn call(&self) -> impl Future<Output = Result<Counts, String>> + Send;
}

/// Runs the benchmark for the client `setup` builds (once, inside the runtime) and prints the
/// JSON line. Exits non-zero on a bad argument, a failed call or an unexpected answer.
pub fn main<C, F, Fut>(client: &str, setup: F) -> ExitCode
where
    C: Call,
    F: FnOnce(Args) -> Fut,
    Fut: Future<Output = Result<C, String>>,
{
    match try_main(client, setup) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("load-{client}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn try_main<C, F, Fut>(client: &str, setup: F) -> Result<String, String>
where
    C: Call,
    F: FnOnce(Args) -> Fut,
    Fut: Future<Output = Result<C, String>>,
{
    let args = Args::parse()?;
    let ticks_per_s = clock_ticks_per_second();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("tokio runtime: {e}"))?;
    let (calls, concurrency, warmup) = (args.calls, args.concurrency, args.warmup);
    let (wall_s, cpu_ticks) = runtime.block_on(async move {
        let caller = Arc::new(setup(args).await?);
        run_phase(&caller, warmup, concurrency).await?;
        let cpu_before = cpu_ticks()?;
        let start = Instant::now();
        run_phase(&caller, calls, concurrency).await?;
        let wall_s = start.elapsed().as_secs_f64();
        let cpu_after = cpu_ticks()?;
        Ok::<_, String>((wall_s, cpu_after - cpu_before))
    })?;
    let cpu_s = cpu_ticks as f64 / ticks_per_s as f64;
    let line = serde_json::json!({
        "client": client,
        "calls": calls,
        "concurrency": concurrency,
        "wall_s": round(wall_s, 4),
        "cpu_s": round(cpu_s, 2),
        "cpu_us_per_call": round(cpu_s * 1e6 / calls as f64, 2),
        "calls_per_s": round(calls as f64 / wall_s, 1),
        "max_rss_kib": max_rss_kib()?,
    });
    Ok(line.to_string())
}

/// Sends `calls` calls from `concurrency` tasks taking call numbers from one shared counter.
async fn run_phase<C: Call>(caller: &Arc<C>, calls: u64, concurrency: u64) -> Result<(), String> {
    let next = Arc::new(AtomicU64::new(0));
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let caller = Arc::clone(caller);
            let next = Arc::clone(&next);
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    let result = match caller.call().await {
                        Ok(Counts {
                            images: 1,
                            failures: 1,
                        }) => Ok(()),
                        Ok(counts) => {
                            Err(format!("expected 1 image and 1 failure, got {counts:?}"))
                        }
                        Err(e) => Err(e),
                    };
                    if result.is_err() {
                        // Stop the other tasks: there is no point in measuring further.
                        next.store(calls, Ordering::Relaxed);
                        return result;
                    }
                }
                Ok(())
            })
        })
        .collect();
    let mut first_error = None;
    for task in tasks {
        let result = task.await.map_err(|e| format!("task: {e}")).and_then(|r| r);
        if let Err(e) = result {
            first_error.get_or_insert(e);
        }
    }
    first_error.map_or(Ok(()), Err)
}

/// The process's user + system CPU time so far, in clock ticks: fields 14 and 15 of
/// `/proc/self/stat` (counted after the parenthesised command name, which may hold spaces).
fn cpu_ticks() -> Result<u64, String> {
    let stat =
        std::fs::read_to_string("/proc/self/stat").map_err(|e| format!("/proc/self/stat: {e}"))?;
    let after_comm = stat
        .rfind(')')
        .map(|i| &stat[i + 1..])
        .ok_or("/proc/self/stat: no command name")?;
    // After the command name come field 3 (state), 4, ...: utime is field 14, stime field 15.
    let fields: Vec<&str> = after_comm.split_whitespace().collect();
    let field = |n: usize| -> Result<u64, String> {
        fields
            .get(n - 3)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| format!("/proc/self/stat: field {n} missing"))
    };
    Ok(field(14)? + field(15)?)
}

/// `getconf CLK_TCK` (100 on Linux in practice; asked once, before anything is measured).
fn clock_ticks_per_second() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(100)
}

/// The peak resident set size, `VmHWM` in `/proc/self/status`, in KiB.
fn max_rss_kib() -> Result<u64, String> {
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("/proc/self/status: {e}"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| "/proc/self/status: no VmHWM".to_owned())
}

fn round(x: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, String> {
        Args::parse_from(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn arguments() {
        let args = parse(&[
            "--endpoint",
            "http://x",
            "--calls",
            "7",
            "--concurrency",
            "3",
            "--warmup",
            "0",
        ])
        .unwrap();
        assert_eq!(
            (
                args.endpoint.as_str(),
                args.calls,
                args.concurrency,
                args.warmup
            ),
            ("http://x", 7, 3, 0)
        );
        let args = parse(&["--endpoint", "http://x"]).unwrap();
        assert_eq!(
            (args.calls, args.concurrency, args.warmup),
            (20_000, 1, 500)
        );
        assert!(parse(&["--calls", "7"]).is_err());
        assert!(parse(&["--endpoint"]).is_err());
        assert!(parse(&["--endpoint", "http://x", "--calls", "x"]).is_err());
        assert!(parse(&["--endpoint", "http://x", "--concurrency", "0"]).is_err());
        assert!(parse(&["--endpoint", "http://x", "--bogus", "1"]).is_err());
    }

    #[test]
    fn proc_readings() {
        assert!(cpu_ticks().is_ok());
        assert!(max_rss_kib().unwrap() > 0);
        assert!(clock_ticks_per_second() > 0);
    }
}
