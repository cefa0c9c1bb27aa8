//! Waiters: send a request again and again until its answer says the resource reached the state
//! wanted, reached a state it will never leave, or time ran out.
//!
//! The semantics are those of the waiters of AWS models (`waiters-2.json`, version 2). The first
//! attempt is made at once, then one every [`WaiterSpec::delay`], for at most
//! [`WaiterSpec::max_attempts`] attempts. Each answer, an output or an error, goes to the
//! waiter's acceptor, which stands for the model's acceptors evaluated in order (the first that
//! matches wins): it says [`WaiterState::Success`] (done: the output is returned),
//! [`WaiterState::Failure`] (done: [`WaitError::FailureState`]), [`WaiterState::Retry`], or
//! nothing. An output no acceptor matches means "retry"; an error no acceptor matches ends the
//! wait with [`WaitError::Operation`]. A success matched by an error (a `...NotExists` waiter
//! whose success is `ResourceNotFoundException`) has no output to give: the wait returns the
//! output's `Default`, an empty output.
//!
//! ```no_run
//! # use ecr_runtime::waiter::{Waiter, WaiterSpec, WaiterState};
//! # use std::time::Duration;
//! # async fn demo<O: ecr_runtime::Operation + Clone + 'static>(client: ecr_runtime::Client, request: O)
//! # -> Result<(), Box<dyn std::error::Error>>
//! # where O::Output: Default + Send + std::fmt::Debug + 'static,
//! #       O::Error: std::error::Error + Send + 'static {
//! const READY: WaiterSpec = WaiterSpec::new("ThingReady", Duration::from_secs(5), 60);
//! fn ready<T, E>(answer: &Result<T, E>) -> Option<WaiterState> {
//!     answer.as_ref().ok().map(|_| WaiterState::Success)
//! }
//! let output = Waiter::new(&client, Ok(request), READY, ready, Duration::from_secs(300)).await?;
//! # Ok(()) }
//! ```

use crate::client::{Client, Operation};
use crate::error::Error;
use crate::validate::ValidationError;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;
use tokio::time::Instant;

/// What an answer means to a waiter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaiterState {
    /// The resource reached the state waited for: stop, successfully.
    Success,
    /// The resource reached a state from which it will not reach the one waited for: stop, with
    /// [`WaitError::FailureState`].
    Failure,
    /// Not yet: try again after the delay.
    Retry,
}

/// A waiter's name and its model's timing: `delay` between attempts, at most `max_attempts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WaiterSpec {
    /// The waiter's name in the model (`ImageScanComplete`), used in messages.
    pub name: &'static str,
    /// The time between one attempt and the next.
    pub delay: Duration,
    /// The most attempts made, the first included.
    pub max_attempts: u32,
}

impl WaiterSpec {
    /// A spec named `name`, waiting `delay` between at most `max_attempts` attempts.
    pub const fn new(name: &'static str, delay: Duration, max_attempts: u32) -> Self {
        Self {
            name,
            delay,
            max_attempts,
        }
    }
}

/// Says what an answer means: the model's acceptors, in order, the first that matches. `None`
/// when none matches.
pub type Acceptor<O> =
    fn(&Result<<O as Operation>::Output, <O as Operation>::Error>) -> Option<WaiterState>;

/// What awaiting a [`Waiter`] gives: the output that satisfied it, or why it stopped.
pub type WaitResult<O> =
    Result<<O as Operation>::Output, WaitError<<O as Operation>::Output, <O as Operation>::Error>>;

/// The future a [`Waiter`] turns into.
pub type WaitFuture<O> = Pin<Box<dyn Future<Output = WaitResult<O>> + Send>>;

/// Waits for a request's answer to satisfy an acceptor. Awaiting it (it is [`IntoFuture`])
/// runs it: nothing is sent before.
#[derive(Clone)]
pub struct Waiter<O: Operation + Clone> {
    client: Client,
    request: Result<O, ValidationError>,
    spec: WaiterSpec,
    acceptor: Acceptor<O>,
    max_wait: Duration,
}

impl<O: Operation + Clone> Waiter<O> {
    /// A waiter that sends `request` with `client` (or a reference to one, which is cloned), as
    /// `spec` says, until `acceptor` says success or failure, for at most `max_wait`: a wait
    /// whose next delay would end past `max_wait` stops there instead, with
    /// [`WaitError::TimedOut`]. A request that could not be built ends the wait at once with
    /// [`WaitError::Operation`] (the error's `Validation` variant).
    pub fn new(
        client: impl Into<Client>,
        request: Result<O, ValidationError>,
        spec: WaiterSpec,
        acceptor: Acceptor<O>,
        max_wait: Duration,
    ) -> Self {
        Self {
            client: client.into(),
            request,
            spec,
            acceptor,
            max_wait,
        }
    }

    /// Waits `delay` between attempts instead of the spec's.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.spec.delay = delay;
        self
    }

    /// Makes at most `max_attempts` attempts instead of the spec's (at least one is made).
    pub fn max_attempts(mut self, max_attempts: u32) -> Self {
        self.spec.max_attempts = max_attempts;
        self
    }

    /// The name and timing this waiter uses.
    pub fn spec(&self) -> &WaiterSpec {
        &self.spec
    }
}

impl<O> Waiter<O>
where
    O: Operation + Clone + 'static,
    O::Output: Default + Send + 'static,
    O::Error: Send + 'static,
{
    async fn run(self) -> WaitResult<O> {
        let Self {
            client,
            request,
            spec,
            acceptor,
            max_wait,
        } = self;
        let waiter = spec.name;
        let request = request.map_err(|e| WaitError::Operation {
            waiter,
            error: O::Error::from(Error::Validation(e)),
        })?;
        let start = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            let answer = client.send(request.clone()).await;
            match (acceptor(&answer), answer) {
                // A success matched by an error (a "...NotExists" waiter) has no output to give.
                (Some(WaiterState::Success), answer) => return Ok(answer.unwrap_or_default()),
                (Some(WaiterState::Failure), answer) => {
                    return Err(WaitError::FailureState {
                        waiter,
                        answer: Box::new(answer),
                    });
                }
                (None, Err(error)) => return Err(WaitError::Operation { waiter, error }),
                (Some(WaiterState::Retry), _) | (None, Ok(_)) => {}
            }
            let elapsed = start.elapsed();
            if attempts >= spec.max_attempts || elapsed + spec.delay > max_wait {
                return Err(WaitError::TimedOut {
                    waiter,
                    attempts,
                    elapsed,
                });
            }
            tokio::time::sleep(spec.delay).await;
        }
    }
}

impl<O> IntoFuture for Waiter<O>
where
    O: Operation + Clone + 'static,
    O::Output: Default + Send + 'static,
    O::Error: Send + 'static,
{
    type Output = WaitResult<O>;
    type IntoFuture = WaitFuture<O>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

impl<O: Operation + Clone> fmt::Debug for Waiter<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("operation", &O::NAME)
            .field("spec", &self.spec)
            .field("max_wait", &self.max_wait)
            .field("request_built", &self.request.is_ok())
            .finish_non_exhaustive()
    }
}

/// Why a waiter stopped without success. `T` is the operation's output, `E` its error.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<T, E> {
    /// An acceptor matched an answer with [`WaiterState::Failure`]: the resource will not reach
    /// the state waited for.
    FailureState {
        /// The waiter's name.
        waiter: &'static str,
        /// The answer that matched: an output, or an error the model expects.
        answer: Box<Result<T, E>>,
    },
    /// The operation failed with an error no acceptor matched (a request that could not be
    /// built or validated, a service error, a connection failure): waiting longer would not help.
    Operation {
        /// The waiter's name.
        waiter: &'static str,
        /// The operation's error.
        error: E,
    },
    /// The waiter made its last attempt, or its next delay would have ended past its maximum
    /// wait, without reaching success or failure.
    TimedOut {
        /// The waiter's name.
        waiter: &'static str,
        /// How many attempts were made.
        attempts: u32,
        /// How long the waiter ran.
        elapsed: Duration,
    },
}

impl<T, E> WaitError<T, E> {
    /// The name of the waiter that stopped.
    pub fn waiter(&self) -> &'static str {
        match self {
            Self::FailureState { waiter, .. }
            | Self::Operation { waiter, .. }
            | Self::TimedOut { waiter, .. } => waiter,
        }
    }

    /// The operation's error, when the waiter stopped on one (expected by a failure acceptor,
    /// or not).
    pub fn operation_error(&self) -> Option<&E> {
        match self {
            Self::FailureState { answer, .. } => answer.as_ref().as_ref().err(),
            Self::Operation { error, .. } => Some(error),
            Self::TimedOut { .. } => None,
        }
    }
}

/// One line naming the waiter and, when there is one, the operation's error (whose `Display` is
/// included, and whose own `source` is this error's: a report walking the chain shows each
/// message once).
impl<T, E: fmt::Display> fmt::Display for WaitError<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FailureState { waiter, answer } => {
                write!(
                    f,
                    "waiter {waiter} reached a failure state: the resource will not reach the \
                     state waited for"
                )?;
                match answer.as_ref() {
                    Ok(_) => Ok(()),
                    Err(error) => write!(f, " ({error})"),
                }
            }
            Self::Operation { waiter, error } => {
                write!(f, "waiter {waiter} stopped on an error: {error}")
            }
            Self::TimedOut {
                waiter,
                attempts,
                elapsed,
            } => {
                let elapsed = Duration::from_millis(elapsed.as_millis().try_into().unwrap_or(0));
                let s = if *attempts == 1 { "" } else { "s" };
                write!(
                    f,
                    "waiter {waiter} timed out after {attempts} attempt{s} in {elapsed:?} \
                     without reaching the state waited for"
                )
            }
        }
    }
}

impl<T: fmt::Debug, E: std::error::Error + 'static> std::error::Error for WaitError<T, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.operation_error().and_then(|e| e.source())
    }
}
