//! Scans an image for vulnerabilities, waits for the scan and prints its findings: the step of a
//! CI pipeline that stops an image with critical findings from going further.
//!
//! ```text
//! cargo run -p examples --example scan_and_wait -- [OPTIONS] REPOSITORY IMAGE
//! ```
//!
//! IMAGE is a tag, or a digest (`sha256:...`). The program starts a basic scan (StartImageScan),
//! waits for it with the `ImageScanComplete` waiter (DescribeImageScanFindings every
//! `--interval`, for at most `--timeout`), then prints the scan's status, the count of findings
//! by severity (CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, UNDEFINED) and a table of the
//! findings, most severe first, read page by page with the paginator. `--json` prints one object
//! instead (keys in alphabetical order: `findings`, `imageId`, `scanStarted`, `severityCounts`,
//! `status`...).
//!
//! A scan that already ran in the last 24 hours (ECR allows one basic scan per image a day and
//! answers LimitExceededException to the next) or that is still running is not an error: it is
//! the one waited for and reported. A scan that FAILED, or ends in any other state than
//! COMPLETE (UNSUPPORTED_IMAGE, SCAN_ELIGIBILITY_EXPIRED...), is reported on stderr with the
//! service's description, exit 1; so is a scan still running at the timeout.
//!
//! Exit codes: 0 done, 1 failure, 2 usage error, 3 findings at or above `--fail-on`.

use clap::{Parser, ValueEnum};
use ecr::operations::{DescribeImageScanFindingsRequestBuilder, DescribeImageScanFindingsResponse};
use ecr::paginators::DescribeImageScanFindingsItem;
use ecr::types::{EnhancedImageScanFinding, ImageIdentifier, ImageScanFinding, ScanStatus};
use ecr_runtime::waiter::WaitError;
use examples::{AwsArgs, Progress, fail, parse_age, table, timestamp};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;
use std::time::{Duration, Instant};

const PROGRAM: &str = "scan_and_wait";

/// The exit code when findings reach `--fail-on`.
const EXIT_FINDINGS: u8 = 3;

/// The severities ECR gives, most severe first.
const SEVERITIES: [&str; 6] = [
    "CRITICAL",
    "HIGH",
    "MEDIUM",
    "LOW",
    "INFORMATIONAL",
    "UNDEFINED",
];

/// Scans an image and prints its findings.
#[derive(Parser, Debug)]
#[command(
    name = PROGRAM,
    version,
    about = "Scans an ECR image for vulnerabilities, waits for the scan and prints the findings",
    long_about = "Scans an ECR image for vulnerabilities (a basic scan: StartImageScan), waits \
        for the scan to complete and prints the findings: the scan status, the count of findings \
        by severity and a table of the findings (name, severity, package, link), most severe \
        first.\n\n\
        A scan already made in the last 24 hours (ECR allows one basic scan per image a day) or \
        still in progress is not an error: that scan is waited for and reported. A scan that \
        fails, or is still running at --timeout, is an error (exit 1).\n\n\
        In CI, --fail-on makes the exit code 3 when any finding is at or above a severity \
        (CRITICAL > HIGH > MEDIUM > LOW > INFORMATIONAL > UNDEFINED; --fail-on UNDEFINED fails \
        on any finding at all); the findings are printed all the same.\n\n\
        Exit codes: 0 done, 1 failure, 2 usage error, 3 findings at or above --fail-on.\n\n\
        Example:\n  scan_and_wait my/app v1.4.2\n  \
        scan_and_wait --fail-on HIGH --timeout 30m my/app sha256:0f1e...\n  \
        scan_and_wait --json my/app latest | jq '.severityCounts'"
)]
struct Args {
    /// The repository
    #[arg(value_name = "REPOSITORY")]
    repository: String,
    /// The image: a tag, or a digest (sha256:...)
    #[arg(value_name = "IMAGE")]
    image: String,
    /// Exit with code 3 when any finding is at or above SEVERITY (case does not matter)
    #[arg(long, value_name = "SEVERITY", value_enum, ignore_case = true)]
    fail_on: Option<Severity>,
    /// Wait at most this long for the scan: a number and a unit (s, m, h)
    #[arg(long, value_name = "AGE", default_value = "15m", value_parser = parse_age)]
    timeout: Duration,
    /// Time between two looks at the scan: a number and a unit (ms, s, m)
    #[arg(long, value_name = "TIME", default_value = "5s", value_parser = parse_interval)]
    interval: Duration,
    /// Findings asked for per request, 1 to 1000 [default: the service's, 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..=1000))]
    page_size: Option<i32>,
    /// The registry's account id [default: your account's registry]
    #[arg(long, value_name = "ACCOUNT")]
    registry_id: Option<String>,
    /// Print the result as one JSON object
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    aws: AwsArgs,
}

/// A severity threshold for `--fail-on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Severity {
    #[value(name = "CRITICAL")]
    Critical,
    #[value(name = "HIGH")]
    High,
    #[value(name = "MEDIUM")]
    Medium,
    #[value(name = "LOW")]
    Low,
    #[value(name = "INFORMATIONAL")]
    Informational,
    #[value(name = "UNDEFINED")]
    Undefined,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "CRITICAL",
            Severity::High => "HIGH",
            Severity::Medium => "MEDIUM",
            Severity::Low => "LOW",
            Severity::Informational => "INFORMATIONAL",
            Severity::Undefined => "UNDEFINED",
        }
    }
}

/// How severe a severity the service named is: CRITICAL 5 ... INFORMATIONAL 1; UNDEFINED, and
/// what this program does not know (an enhanced scan's `UNTRIAGED`), 0.
fn rank(severity: &str) -> u8 {
    match severity.to_ascii_uppercase().as_str() {
        "CRITICAL" => 5,
        "HIGH" => 4,
        "MEDIUM" => 3,
        "LOW" => 2,
        "INFORMATIONAL" => 1,
        _ => 0,
    }
}

/// `500ms`, or an age as [`parse_age`] reads it (`5s`, `1m`); more than zero.
fn parse_interval(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    let interval = match trimmed.strip_suffix("ms") {
        Some(ms) if !ms.is_empty() && ms.bytes().all(|b| b.is_ascii_digit()) => ms
            .parse::<u64>()
            .map(Duration::from_millis)
            .map_err(|_| format!("`{text}` is not a time: write e.g. 500ms, 5s, 1m"))?,
        _ => parse_age(trimmed)?,
    };
    if interval.is_zero() {
        return Err(format!("`{text}` is no time at all: give more than zero"));
    }
    Ok(interval)
}

/// `90s`, `15m`, `2h`: a duration as the options take it.
fn human(duration: Duration) -> String {
    let secs = duration.as_secs();
    match secs {
        0 => format!("{}ms", duration.as_millis()),
        s if s % 3600 == 0 => format!("{}h", s / 3600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

/// One finding, basic or enhanced, as printed.
#[derive(Debug)]
struct Finding {
    name: String,
    severity: String,
    package: Option<String>,
    version: Option<String>,
    uri: Option<String>,
    description: Option<String>,
}

impl Finding {
    fn basic(f: &ImageScanFinding) -> Self {
        let attribute = |key: &str| {
            f.attributes()
                .iter()
                .find(|a| a.key() == key)
                .and_then(|a| a.value())
                .map(str::to_owned)
        };
        Finding {
            name: f.name().unwrap_or_default().to_owned(),
            severity: f
                .severity()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            package: attribute("package_name"),
            version: attribute("package_version"),
            uri: f.uri().map(str::to_owned),
            description: f.description().map(str::to_owned),
        }
    }

    fn enhanced(f: &EnhancedImageScanFinding) -> Self {
        let details = f.package_vulnerability_details();
        let packages = details.map(|d| d.vulnerable_packages()).unwrap_or_default();
        let joined = |part: fn(&ecr::types::VulnerablePackage) -> Option<&str>| {
            let parts: Vec<&str> = packages.iter().filter_map(part).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        };
        let name = details
            .and_then(|d| d.vulnerability_id())
            .or(f.title())
            .or(f.finding_arn())
            .unwrap_or_default();
        Finding {
            name: name.to_owned(),
            severity: f.severity().unwrap_or_default().to_owned(),
            package: joined(|p| p.name()),
            version: joined(|p| p.version()),
            uri: details
                .and_then(|d| {
                    d.source_url()
                        .or(d.reference_urls().first().map(String::as_str))
                })
                .map(str::to_owned),
            description: f.description().map(str::to_owned),
        }
    }

    /// `openssl 3.0.2`, `openssl`, or empty.
    fn package_cell(&self) -> String {
        match (&self.package, &self.version) {
            (Some(p), Some(v)) => format!("{p} {v}"),
            (Some(p), None) => p.clone(),
            (None, _) => String::new(),
        }
    }

    fn to_json(&self) -> Value {
        json!({
            "name": self.name,
            "severity": self.severity,
            "package": self.package,
            "packageVersion": self.version,
            "uri": self.uri,
            "description": self.description,
        })
    }
}

/// How the run ended, when it did not fail.
enum Outcome {
    Done,
    /// This many findings are at or above `--fail-on`.
    Threshold(i64, Severity),
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    match scan(&args).await {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Threshold(count, severity)) => {
            let s = if count == 1 { "" } else { "s" };
            let _ = writeln!(
                std::io::stderr(),
                "{PROGRAM}: {count} finding{s} at or above {} (--fail-on)",
                severity.as_str()
            );
            ExitCode::from(EXIT_FINDINGS)
        }
        Err(message) => fail(PROGRAM, &message),
    }
}

async fn scan(args: &Args) -> Result<Outcome, String> {
    let client = args.aws.client().await.map_err(|e| e.to_string())?;
    let image_id = ImageIdentifier::parse(&args.image);
    let name = if args.image.contains(':') {
        format!("{}@{}", args.repository, args.image)
    } else {
        format!("{}:{}", args.repository, args.image)
    };
    let describe = || {
        client
            .describe_image_scan_findings()
            .repository_name(&args.repository)
            .image_id(image_id.clone())
            .set_registry_id(args.registry_id.clone())
    };
    let mut progress = Progress::new();

    progress.update(format!("starting a scan of {name}"));
    let started = client
        .start_image_scan()
        .repository_name(&args.repository)
        .image_id(image_id.clone())
        .set_registry_id(args.registry_id.clone())
        .send()
        .await;
    // LimitExceeded: the image was scanned in the last 24 hours (or is being scanned): that
    // scan is the one to report.
    let refused = match started {
        Ok(_) => None,
        Err(e) if e.is_limit_exceeded() => Some(e.to_string()),
        Err(e) => return Err(format!("cannot start a scan of {name}: {e}")),
    };

    // One look first: a scan already done needs no waiting, and a scan in a state the waiter
    // does not know as final (UNSUPPORTED_IMAGE, SCAN_ELIGIBILITY_EXPIRED...) must not be waited
    // for until the timeout.
    let first = describe()
        .max_results(1)
        .send()
        .await
        .map_err(|e| match &refused {
            Some(why) if e.is_scan_not_found() => format!(
                "no scan of {name} to report: StartImageScan was refused ({why}) and there is \
                 no earlier scan"
            ),
            _ => format!("cannot read the scan of {name}: {e}"),
        })?;
    let last = match status_of(&first) {
        Some(ScanStatus::Complete | ScanStatus::Active) => first,
        None | Some(ScanStatus::InProgress | ScanStatus::Pending) => {
            wait(args, &name, describe, &mut progress).await?
        }
        Some(_) => return Err(ended_badly(&name, &first)),
    };

    progress.update(format!("reading the findings of {name}"));
    let mut paginator = describe().into_paginator();
    if let Some(size) = args.page_size {
        paginator = paginator.page_size(size);
    }
    let mut items = paginator.items();
    let mut findings = Vec::new();
    while let Some(item) = items.next().await {
        let item = item.map_err(|e| format!("cannot read the findings of {name}: {e}"))?;
        findings.push(match &item {
            DescribeImageScanFindingsItem::Findings(f) => Finding::basic(f),
            DescribeImageScanFindingsItem::EnhancedFindings(f) => Finding::enhanced(f),
        });
        progress.update(format!(
            "reading the findings of {name}: {}",
            findings.len()
        ));
    }
    progress.finish();
    // Most severe first, then by name: the same order every run.
    findings.sort_by(|a, b| {
        rank(&b.severity)
            .cmp(&rank(&a.severity))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.package_cell().cmp(&b.package_cell()))
    });
    let counts = severity_counts(&last, &findings);

    let report = Report {
        args,
        name: &name,
        scan_started: refused.is_none(),
        last: &last,
        counts: &counts,
        findings: &findings,
    };
    let text = if args.json {
        let json = serde_json::to_string_pretty(&report.json()).map_err(|e| e.to_string())?;
        format!("{json}\n")
    } else {
        report.text()
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write the report: {e}"))?;

    Ok(match args.fail_on {
        Some(threshold) => {
            let at_or_above: i64 = counts
                .iter()
                .filter(|(severity, _)| rank(severity) >= rank(threshold.as_str()))
                .map(|(_, n)| i64::from(*n))
                .sum();
            if at_or_above > 0 {
                Outcome::Threshold(at_or_above, threshold)
            } else {
                Outcome::Done
            }
        }
        None => Outcome::Done,
    })
}

/// Waits with the `ImageScanComplete` waiter until the scan is COMPLETE, and gives its answer.
async fn wait(
    args: &Args,
    name: &str,
    describe: impl Fn() -> DescribeImageScanFindingsRequestBuilder<ecr_runtime::Client>,
    progress: &mut Progress,
) -> Result<DescribeImageScanFindingsResponse, String> {
    let waiter = describe()
        .max_results(1)
        .wait_until_image_scan_complete(args.timeout)
        .delay(args.interval)
        // The time limit is --timeout, not the model's 60 attempts.
        .max_attempts(u32::MAX);
    let since = Instant::now();
    let mut waiting = std::pin::pin!(waiter.into_future());
    let result = loop {
        progress.update(format!(
            "waiting for the scan of {name}: {}s",
            since.elapsed().as_secs()
        ));
        tokio::select! {
            result = &mut waiting => break result,
            () = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
    };
    match result {
        Ok(out) => Ok(out),
        Err(WaitError::FailureState { answer, .. }) => match *answer {
            Ok(out) => Err(ended_badly(name, &out)),
            Err(e) => Err(format!("cannot read the scan of {name}: {e}")),
        },
        Err(WaitError::TimedOut { .. }) => {
            // Say where the scan stands now.
            let status = describe()
                .max_results(1)
                .send()
                .await
                .ok()
                .and_then(|out| status_of(&out).map(|s| s.as_str().to_owned()))
                .unwrap_or_else(|| "not COMPLETE".to_owned());
            Err(format!(
                "the scan of {name} is still {status} after {} (--timeout)",
                human(args.timeout)
            ))
        }
        Err(WaitError::Operation { error, .. }) => {
            Err(format!("cannot read the scan of {name}: {error}"))
        }
        Err(other) => Err(format!("cannot wait for the scan of {name}: {other}")),
    }
}

/// The scan's status, when the answer gives one.
fn status_of(out: &DescribeImageScanFindingsResponse) -> Option<&ScanStatus> {
    out.image_scan_status()
        .and_then(|s| s.status())
        .filter(|s| !s.as_str().is_empty())
}

/// `the scan of my/app:v1 failed: <description>`, or ended in another state than COMPLETE.
fn ended_badly(name: &str, out: &DescribeImageScanFindingsResponse) -> String {
    let status = status_of(out).map(ScanStatus::as_str).unwrap_or("?");
    let description = out
        .image_scan_status()
        .and_then(|s| s.description())
        .filter(|d| !d.trim().is_empty());
    let head = if status == "FAILED" {
        format!("the scan of {name} failed")
    } else {
        format!("the scan of {name} ended {status}")
    };
    match description {
        Some(d) => format!("{head}: {d}"),
        None => format!("{head} (the service gave no reason)"),
    }
}

/// The count of findings by severity: the six severities (0 when none), then any other the
/// service named. The service's counts when it gave them, else those of the findings read.
fn severity_counts(
    out: &DescribeImageScanFindingsResponse,
    findings: &[Finding],
) -> Vec<(String, i32)> {
    let mut extra: BTreeMap<String, i32> = BTreeMap::new();
    let mut known = [0i32; SEVERITIES.len()];
    let mut add = |severity: &str, n: i32| {
        let upper = severity.to_ascii_uppercase();
        match SEVERITIES.iter().position(|s| *s == upper) {
            Some(i) => known[i] = known[i].saturating_add(n),
            None => {
                let e = extra.entry(upper).or_insert(0);
                *e = e.saturating_add(n);
            }
        }
    };
    match out
        .image_scan_findings()
        .and_then(|f| f.finding_severity_counts())
    {
        Some(counts) => {
            for (severity, n) in counts {
                add(severity.as_str(), *n);
            }
        }
        None => {
            for f in findings {
                add(
                    if f.severity.is_empty() {
                        "UNDEFINED"
                    } else {
                        &f.severity
                    },
                    1,
                );
            }
        }
    }
    SEVERITIES
        .iter()
        .zip(known)
        .map(|(s, n)| ((*s).to_owned(), n))
        .chain(extra)
        .collect()
}

/// What is printed.
struct Report<'a> {
    args: &'a Args,
    name: &'a str,
    scan_started: bool,
    last: &'a DescribeImageScanFindingsResponse,
    counts: &'a [(String, i32)],
    findings: &'a [Finding],
}

impl Report<'_> {
    fn status(&self) -> &str {
        status_of(self.last).map_or("", ScanStatus::as_str)
    }

    fn description(&self) -> Option<&str> {
        self.last.image_scan_status().and_then(|s| s.description())
    }

    fn digest(&self) -> Option<&str> {
        self.last.image_id().and_then(|i| i.image_digest())
    }

    fn text(&self) -> String {
        let mut out = String::new();
        let mut line = |label: &str, value: &str| {
            out.push_str(&format!("{label:<11}{value}\n"));
        };
        line("Image:", self.name);
        // An image named by its digest already shows it.
        if let Some(digest) = self.digest().filter(|_| !self.args.image.contains(':')) {
            line("Digest:", digest);
        }
        let status = match self.description().filter(|d| !d.trim().is_empty()) {
            Some(d) => format!("{} ({d})", self.status()),
            None => self.status().to_owned(),
        };
        line("Scan:", &status);
        line(
            "Started:",
            if self.scan_started {
                "now"
            } else {
                "earlier (ECR allows one basic scan per image every 24 hours)"
            },
        );
        let findings = self.last.image_scan_findings();
        if let Some(at) = findings.and_then(|f| f.image_scan_completed_at()) {
            line("Completed:", &timestamp(at));
        }
        let counts: Vec<String> = self
            .counts
            .iter()
            .map(|(severity, n)| format!("{severity} {n}"))
            .collect();
        line("Findings:", &counts.join(", "));
        out.push('\n');
        if self.findings.is_empty() {
            out.push_str("No findings.\n");
        } else {
            let rows: Vec<Vec<String>> = self
                .findings
                .iter()
                .map(|f| {
                    vec![
                        f.name.clone(),
                        f.severity.clone(),
                        f.package_cell(),
                        f.uri.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            out.push_str(&table(&["NAME", "SEVERITY", "PACKAGE", "URI"], &rows));
        }
        out
    }

    fn json(&self) -> Value {
        let findings = self.last.image_scan_findings();
        let requested = ImageIdentifier::parse(&self.args.image);
        let image_id = self.last.image_id().unwrap_or(&requested);
        let counts: serde_json::Map<String, Value> = self
            .counts
            .iter()
            .map(|(severity, n)| (severity.clone(), Value::from(*n)))
            .collect();
        json!({
            "repositoryName": self.args.repository,
            "registryId": self.last.registry_id().or(self.args.registry_id.as_deref()),
            "imageId": {
                "imageTag": image_id.image_tag(),
                "imageDigest": image_id.image_digest(),
            },
            "scanStarted": self.scan_started,
            "status": self.status(),
            "description": self.description(),
            "completedAt": findings.and_then(|f| f.image_scan_completed_at()).map(timestamp),
            "vulnerabilitySourceUpdatedAt": findings
                .and_then(|f| f.vulnerability_source_updated_at())
                .map(timestamp),
            "severityCounts": counts,
            "findings": self.findings.iter().map(Finding::to_json).collect::<Vec<_>>(),
            "failOn": self.args.fail_on.map(Severity::as_str),
        })
    }
}
