//! Retries and timeouts, as the AWS SDKs' standard mode defines them: which failures are worth
//! another attempt, how long to wait before it, and the quota that stops a retry storm.

use crate::error::{Error, TransportErrorKind};
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How failed attempts are retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RetryMode {
    /// The SDKs' standard mode: exponential backoff with full jitter, a retry quota.
    Standard,
    /// Standard, and a client-side rate limit that slows down after throttling answers.
    Adaptive,
}

impl RetryMode {
    /// `standard` or `adaptive` (`legacy`, which the SDKs still accept, reads as standard).
    pub fn parse(text: &str) -> Option<RetryMode> {
        match text.trim().to_ascii_lowercase().as_str() {
            "standard" | "legacy" => Some(RetryMode::Standard),
            "adaptive" => Some(RetryMode::Adaptive),
            _ => None,
        }
    }
}

/// Retry settings. The default is the SDKs' standard mode: 3 attempts in all, backoff from 1 s
/// doubling to at most 20 s, each delay a random fraction of that (full jitter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    pub(crate) mode: RetryMode,
    pub(crate) max_attempts: u32,
    pub(crate) initial_backoff: Duration,
    pub(crate) max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            mode: RetryMode::Standard,
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
        }
    }
}

impl RetryConfig {
    /// Standard mode with its defaults.
    pub fn standard() -> Self {
        Self::default()
    }

    /// Adaptive mode: standard, plus client-side rate limiting after throttling answers.
    pub fn adaptive() -> Self {
        RetryConfig {
            mode: RetryMode::Adaptive,
            ..Self::default()
        }
    }

    /// No retries: one attempt.
    pub fn disabled() -> Self {
        Self::default().max_attempts(1)
    }

    /// Attempts in all, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff before the first retry; it doubles for each further one.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The mode.
    pub fn mode(&self) -> RetryMode {
        self.mode
    }

    /// Attempts in all.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The pause before retry `retry` (1 for the first retry): a random fraction of
    /// `min(initial × 2^(retry-1), max)`.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << retry.saturating_sub(1).min(30));
        exp.min(self.max_backoff).mul_f64(random_fraction())
    }
}

/// Timeouts, each on by default and each its own error kind
/// ([`TransportErrorKind::ConnectTimeout`], [`TransportErrorKind::AttemptTimeout`],
/// [`TransportErrorKind::OperationTimeout`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeoutConfig {
    pub(crate) connect: Duration,
    pub(crate) attempt: Duration,
    pub(crate) operation: Duration,
}

impl Default for TimeoutConfig {
    /// Connect 3.1 s (one lost SYN is retransmitted after 3 s); an attempt 60 s (ECR's largest
    /// request, a 20 MiB layer part, needs a few seconds on a slow link); a whole operation,
    /// retries and backoff included, 180 s.
    fn default() -> Self {
        TimeoutConfig {
            connect: Duration::from_millis(3100),
            attempt: Duration::from_secs(60),
            operation: Duration::from_secs(180),
        }
    }
}

impl TimeoutConfig {
    /// How long a connection may take to open.
    pub fn connect(mut self, timeout: Duration) -> Self {
        self.connect = timeout;
        self
    }

    /// How long one attempt may take, from sending to the last byte of the answer.
    pub fn attempt(mut self, timeout: Duration) -> Self {
        self.attempt = timeout;
        self
    }

    /// How long the whole operation may take, every attempt and pause included.
    pub fn operation(mut self, timeout: Duration) -> Self {
        self.operation = timeout;
        self
    }

    /// The connect timeout.
    pub fn connect_timeout(&self) -> Duration {
        self.connect
    }

    /// The attempt timeout.
    pub fn attempt_timeout(&self) -> Duration {
        self.attempt
    }

    /// The operation timeout.
    pub fn operation_timeout(&self) -> Duration {
        self.operation
    }
}

/// Error codes the SDKs read as throttling. ECR's `LimitExceededException` is deliberately not
/// here although some SDKs list it: ECR answers it for account quotas (repositories, scans a
/// day, layer parts), which no pause lifts; a retry only spends the caller's time and quota.
pub(crate) const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes of transient failures.
pub(crate) const TRANSIENT_CODES: &[&str] = &["RequestTimeout", "RequestTimeoutException"];

/// Error codes that may mean the local clock is off.
pub(crate) const CLOCK_SKEW_CODES: &[&str] = &[
    "RequestTimeTooSkewed",
    "RequestExpired",
    "RequestInTheFuture",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "AuthFailure",
];

/// Why a failed attempt may be retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Retryable {
    /// A throttling answer.
    Throttling,
    /// A transient failure: 5xx, a connection or timeout error.
    Transient,
    /// A timeout (costs more of the quota).
    Timeout,
}

/// Whether `error` is worth another attempt, and why.
pub(crate) fn classify(error: &Error) -> Option<Retryable> {
    match error {
        Error::Service(e) => {
            let code = e.code();
            if THROTTLING_CODES.contains(&code) || e.status() == Some(429) {
                Some(Retryable::Throttling)
            } else if TRANSIENT_CODES.contains(&code)
                || matches!(e.status(), Some(500 | 502 | 503 | 504))
            {
                Some(Retryable::Transient)
            } else {
                None
            }
        }
        Error::Response(e) if matches!(e.status(), 500 | 502 | 503 | 504) => {
            Some(Retryable::Transient)
        }
        Error::Response(e) if e.status() == 429 => Some(Retryable::Throttling),
        Error::Transport(e) => match e.kind() {
            TransportErrorKind::Connect | TransportErrorKind::Io => Some(Retryable::Transient),
            TransportErrorKind::ConnectTimeout
            | TransportErrorKind::Timeout
            | TransportErrorKind::AttemptTimeout => Some(Retryable::Timeout),
            TransportErrorKind::BodyTooLarge | TransportErrorKind::OperationTimeout => None,
        },
        _ => None,
    }
}

/// The retry quota: a token bucket shared by every call of a client. A retry takes 5 tokens (10
/// after a timeout); a success gives back what its retries took, or 1 token when it needed none.
/// An empty bucket means retries are failing everywhere: the error is returned at once.
#[derive(Debug)]
pub(crate) struct RetryQuota {
    tokens: Mutex<u32>,
}

impl RetryQuota {
    pub(crate) const CAPACITY: u32 = 500;
    pub(crate) const RETRY_COST: u32 = 5;
    pub(crate) const TIMEOUT_COST: u32 = 10;

    pub(crate) fn new() -> Self {
        RetryQuota {
            tokens: Mutex::new(Self::CAPACITY),
        }
    }

    /// Takes the cost of a retry, or refuses.
    pub(crate) fn acquire(&self, why: Retryable) -> Option<u32> {
        let cost = match why {
            Retryable::Timeout => Self::TIMEOUT_COST,
            _ => Self::RETRY_COST,
        };
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *tokens < cost {
            return None;
        }
        *tokens -= cost;
        Some(cost)
    }

    /// A success: gives back what its retries took, or 1 when there were none.
    pub(crate) fn release(&self, taken: u32) {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        *tokens = (*tokens + taken.max(1)).min(Self::CAPACITY);
    }

    /// The tokens left.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn available(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A client-side rate limit for adaptive mode, after the SDKs' CUBIC-based limiter: a
/// throttling answer cuts the allowed rate, successes grow it back.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    state: Mutex<RateState>,
}

#[derive(Debug)]
struct RateState {
    enabled: bool,
    /// Tokens a second.
    fill_rate: f64,
    capacity: f64,
    tokens: f64,
    last_refill: std::time::Instant,
    measured_rate: f64,
    last_max_rate: f64,
    last_throttle: std::time::Instant,
}

impl RateLimiter {
    const MIN_FILL_RATE: f64 = 0.5;
    const BETA: f64 = 0.7;
    const SCALE: f64 = 0.4;

    pub(crate) fn new() -> Self {
        let now = std::time::Instant::now();
        RateLimiter {
            state: Mutex::new(RateState {
                enabled: false,
                fill_rate: Self::MIN_FILL_RATE,
                capacity: 1.0,
                tokens: 1.0,
                last_refill: now,
                measured_rate: 0.0,
                last_max_rate: 0.0,
                last_throttle: now,
            }),
        }
    }

    /// How long to wait before sending: zero until a throttling answer turned the limit on.
    pub(crate) fn delay(&self) -> Duration {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if !s.enabled {
            return Duration::ZERO;
        }
        let now = std::time::Instant::now();
        let elapsed = now.duration_since(s.last_refill).as_secs_f64();
        s.tokens = (s.tokens + elapsed * s.fill_rate).min(s.capacity);
        s.last_refill = now;
        if s.tokens >= 1.0 {
            s.tokens -= 1.0;
            Duration::ZERO
        } else {
            let wait = (1.0 - s.tokens) / s.fill_rate;
            s.tokens = 0.0;
            Duration::from_secs_f64(wait)
        }
    }

    /// Records an answer: throttling cuts the rate (multiplicative decrease), anything else lets
    /// it grow along the cubic curve.
    pub(crate) fn record(&self, throttled: bool) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = std::time::Instant::now();
        s.measured_rate = s.measured_rate * 0.8 + 0.2;
        let rate = if throttled {
            let base = if s.enabled {
                s.fill_rate
            } else {
                s.measured_rate.max(Self::MIN_FILL_RATE)
            };
            s.last_max_rate = base;
            s.last_throttle = now;
            s.enabled = true;
            base * Self::BETA
        } else {
            let t = now.duration_since(s.last_throttle).as_secs_f64();
            let k = (s.last_max_rate * (1.0 - Self::BETA) / Self::SCALE).cbrt();
            Self::SCALE * (t - k).powi(3) + s.last_max_rate
        };
        s.fill_rate = rate.max(Self::MIN_FILL_RATE);
        s.capacity = s.fill_rate.max(1.0);
    }
}

/// A uniformly distributed number in `[0, 1)`: jitter needs no cryptographic randomness, and the
/// standard library's randomly seeded hasher gives enough.
pub(crate) fn random_fraction() -> f64 {
    (random_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// 64 random bits.
pub(crate) fn random_u64() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

/// A random (version 4) UUID, for `amz-sdk-invocation-id`.
pub(crate) fn invocation_id() -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let (a, b) = (random_u64(), random_u64());
    let hi = (a & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
    let lo = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    let mut out = String::with_capacity(36);
    for (i, nibble) in (0..32).rev().enumerate() {
        if matches!(i, 8 | 12 | 16 | 20) {
            out.push('-');
        }
        let bits = (u128::from(hi) << 64 | u128::from(lo)) >> (nibble * 4);
        out.push(HEX[(bits & 15) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_jittered_and_capped() {
        let config = RetryConfig::default();
        for retry in 1..10 {
            let cap = Duration::from_secs(1 << (retry - 1)).min(Duration::from_secs(20));
            for _ in 0..50 {
                assert!(config.backoff(retry) <= cap);
            }
        }
        let spread: Vec<Duration> = (0..20).map(|_| config.backoff(5)).collect();
        assert!(spread.iter().any(|d| *d != spread[0]), "jittered");
    }

    #[test]
    fn the_quota_runs_dry_and_refills() {
        let quota = RetryQuota::new();
        let mut retries = 0;
        while quota.acquire(Retryable::Transient).is_some() {
            retries += 1;
        }
        assert_eq!(retries, 100);
        quota.release(5);
        assert_eq!(quota.available(), 5);
        assert!(quota.acquire(Retryable::Timeout).is_none());
    }

    #[test]
    fn invocation_ids_are_uuids() {
        let id = invocation_id();
        assert_eq!(id.len(), 36);
        let groups: Vec<usize> = id.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
        assert!(
            id.chars()
                .all(|c| c == '-' || c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
        assert_eq!(&id[14..15], "4", "version 4: {id}");
        assert!(
            matches!(&id[19..20], "8" | "9" | "a" | "b"),
            "RFC 4122 variant: {id}"
        );
        assert_ne!(id, invocation_id());
    }

    #[test]
    fn adaptive_limiting_starts_with_throttling_and_slows_sending() {
        let limiter = RateLimiter::new();
        assert_eq!(limiter.delay(), Duration::ZERO, "off until throttled");
        for _ in 0..5 {
            limiter.record(false);
        }
        assert_eq!(limiter.delay(), Duration::ZERO);
        limiter.record(true);
        // The bucket holds one token: the first send passes, the next ones wait for the rate.
        let waits: Vec<Duration> = (0..3).map(|_| limiter.delay()).collect();
        assert!(
            waits.iter().any(|w| *w > Duration::from_millis(100)),
            "{waits:?}"
        );
        let rate_after_throttle = limiter.state.lock().unwrap().fill_rate;
        limiter.record(true);
        let rate_after_second = limiter.state.lock().unwrap().fill_rate;
        assert!(rate_after_second <= rate_after_throttle);
        assert!(rate_after_second >= RateLimiter::MIN_FILL_RATE);
    }

    #[test]
    fn modes_parse() {
        assert_eq!(RetryMode::parse("Adaptive"), Some(RetryMode::Adaptive));
        assert_eq!(RetryMode::parse("standard"), Some(RetryMode::Standard));
        assert_eq!(RetryMode::parse("legacy"), Some(RetryMode::Standard));
        assert_eq!(RetryMode::parse("fast"), None);
    }
}
