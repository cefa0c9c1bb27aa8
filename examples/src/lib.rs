//! Shared pieces of the example programs: the AWS options every program takes, the one-line
//! failure, progress on a terminal, tables, sizes, times and ages.

use clap::Args;
use ecr_runtime::{Config, ConfigError, OffsetDateTime};
use std::fmt;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

/// Where requests go and as whom. Each option overrides what the usual places say: the
/// environment (`AWS_REGION`, `AWS_PROFILE`, `AWS_ACCESS_KEY_ID`, `AWS_ENDPOINT_URL_ECR`, ...) and
/// the shared files (`~/.aws/config`, `~/.aws/credentials`).
#[derive(Args, Clone, Debug, Default)]
pub struct AwsArgs {
    /// AWS region [default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region]
    #[arg(long, value_name = "REGION", global = true)]
    pub region: Option<String>,
    /// Named profile of ~/.aws/config and ~/.aws/credentials [default: AWS_PROFILE, "default"]
    #[arg(long, value_name = "NAME", global = true)]
    pub profile: Option<String>,
    /// Send requests to URL instead of the region's endpoint [default: AWS_ENDPOINT_URL_ECR,
    /// AWS_ENDPOINT_URL, the profile's endpoint_url]
    #[arg(long, value_name = "URL", global = true)]
    pub endpoint_url: Option<String>,
}

impl AwsArgs {
    /// The configuration: the usual places, then these options over them.
    pub async fn config(&self) -> Result<Config, ConfigError> {
        let mut loader = Config::loader();
        if let Some(profile) = &self.profile {
            loader = loader.profile(profile.clone());
        }
        if let Some(region) = &self.region {
            loader = loader.region(region.clone());
        }
        let config = loader.load().await?;
        Ok(match &self.endpoint_url {
            Some(url) => config.to_builder().endpoint_url(url.clone()).build(),
            None => config,
        })
    }

    /// An ECR client with [`AwsArgs::config`].
    pub async fn client(&self) -> Result<ecr::Client, ConfigError> {
        Ok(ecr::Client::new(&self.config().await?))
    }
}

/// Prints `error` as one line on stderr, prefixed by the program's name, and gives the failure
/// exit code.
pub fn fail(program: &str, error: &dyn fmt::Display) -> ExitCode {
    let text = error.to_string();
    // One line, whatever the error's text holds.
    let line: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    eprintln!("{program}: {}", line.join(" "));
    ExitCode::FAILURE
}

/// Progress of a long job on stderr: shown only when stderr is a terminal, one line rewritten
/// in place, cleared at the end. Output meant for stdout is never mixed into it.
pub struct Progress {
    on: bool,
    shown: bool,
}

impl Progress {
    /// Progress for this process: on when stderr is a terminal.
    pub fn new() -> Self {
        Self {
            on: std::io::stderr().is_terminal(),
            shown: false,
        }
    }

    /// Replaces the line with `message`.
    pub fn update(&mut self, message: impl fmt::Display) {
        if self.on {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K{message}");
            let _ = err.flush();
            self.shown = true;
        }
    }

    /// Clears the line.
    pub fn finish(&mut self) {
        if self.shown {
            eprint!("\r\x1b[2K");
            self.shown = false;
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Writes rows under a header, each column as wide as its widest cell, two spaces apart.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let mut out = String::new();
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut text = String::new();
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            let pad = widths[i].saturating_sub(cell.chars().count());
            text.extend(std::iter::repeat_n(' ', pad));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&mut header.iter().copied());
    for row in rows {
        line(&mut row.iter().map(String::as_str));
    }
    out
}

/// A size in bytes as people read it: `512 B`, `1.5 KiB`, `27.3 MiB`.
pub fn size(bytes: i64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// A time as RFC 3339 in UTC, to the second: `2026-11-28T01:02:03Z`.
pub fn timestamp(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
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

/// Sorts images newest first by push time (`key` gives it and the digest), those without a
/// push time last, then by digest, so that the order is the same from one run to the next.
pub fn sort_newest_first<T>(images: &mut [T], key: impl Fn(&T) -> (Option<OffsetDateTime>, &str)) {
    images.sort_by(|a, b| {
        let ((a_pushed, a_digest), (b_pushed, b_digest)) = (key(a), key(b));
        b_pushed.cmp(&a_pushed).then_with(|| a_digest.cmp(b_digest))
    });
}

/// An image's tags, sorted, for output that does not change from one run to the next.
pub fn sorted_tags(detail: &ecr::types::ImageDetail) -> Vec<String> {
    let mut tags = detail.image_tags().to_vec();
    tags.sort();
    tags
}

/// Parses an age such as `90d`, `12h`, `30m`, `45s` or `2w` (a number and one unit).
pub fn parse_age(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let usage = || format!("`{text}` is not an age: write a number and a unit, e.g. 30d, 12h, 2w");
    let number: u64 = number.parse().map_err(|_| usage())?;
    let seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 604_800,
        _ => return Err(usage()),
    };
    number
        .checked_mul(seconds)
        .map(Duration::from_secs)
        .ok_or_else(usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages() {
        assert_eq!(parse_age("90d"), Ok(Duration::from_secs(90 * 86_400)));
        assert_eq!(parse_age("2w"), Ok(Duration::from_secs(14 * 86_400)));
        assert_eq!(parse_age("45s"), Ok(Duration::from_secs(45)));
        for bad in ["", "d", "10", "10y", "-1d", "1.5h", "99999999999999999999d"] {
            assert!(parse_age(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(size(0), "0 B");
        assert_eq!(size(1023), "1023 B");
        assert_eq!(size(1536), "1.5 KiB");
        assert_eq!(size(28_625_715), "27.3 MiB");
    }

    #[test]
    fn tables_align_columns() {
        let text = table(
            &["TAG", "SIZE"],
            &[
                vec!["latest".into(), "1.5 KiB".into()],
                vec!["v1".into(), "".into()],
            ],
        );
        assert_eq!(text, "TAG     SIZE\nlatest  1.5 KiB\nv1\n");
    }

    #[test]
    fn timestamps_are_utc() {
        let at = OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        assert_eq!(timestamp(at), "2023-11-14T22:13:20Z");
    }
}
