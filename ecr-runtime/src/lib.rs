//! The service-independent runtime for operations declared with `ecr-macros`.
//!
//! A [`Client`] holds one service's configuration: region, credentials, endpoint, transport.
//! Declared operations ([`Operation`]) are validated, serialized with their protocol
//! ([`Protocol`]), signed with SigV4, sent, and parsed into their output or their error enum.
//! [`paginate`] streams the pages (or items) of paginated operations, and [`waiter`] polls an
//! operation until its answer reaches a wanted state. Nothing here knows any particular service.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use ecr_runtime::{Client, Config, Credentials, aws_service};
//!
//! /// Amazon CloudWatch Logs.
//! #[aws_service(
//!     id = "CloudWatch Logs",
//!     endpoint_prefix = "logs",
//!     protocol = "json-1.1",
//!     target_prefix = "Logs_20140328"
//! )]
//! pub struct Logs;
//!
//! let config = Config::builder()
//!     .region("us-east-1")
//!     .credentials(Credentials::new("AKID", "SECRET"))
//!     .build();
//! let client = Client::new(Logs, &config);
//! # let _ = client; Ok(()) }
//! ```

#![forbid(unsafe_code)]

mod client;
mod config;
pub mod credentials;
mod endpoint;
mod env;
mod error;
pub mod http;
pub mod paginate;
mod profile;
pub mod protocol;
mod region;
pub mod retry;
pub mod rules;
pub mod schema;
pub mod sign;
pub mod validate;
pub mod waiter;
mod wire;

pub use client::{Client, Operation};
pub use config::{Config, ConfigBuilder, ConfigLoader};
pub use credentials::{Credentials, ProvideCredentials};
pub use ecr_macros::{aws_enum, aws_error, aws_operation, aws_service, aws_shape};
pub use endpoint::{Endpoint, Service, ServiceInfo};
pub use env::Env;
pub use error::{
    ConfigError, CredentialsError, Error, ErrorMetadata, PaginationError, ResponseError,
    ServiceError, TransportError, TransportErrorKind,
};
pub use profile::{Profile, ProfileSet};
pub use protocol::Protocol;
pub use region::Region;
pub use retry::{RetryConfig, RetryMode, TimeoutConfig};
pub use time::OffsetDateTime;
pub use validate::{ValidationError, Violation};
pub use wire::Empty;

/// What generated code calls. Not a public API: it changes with the macros, in lockstep.
#[doc(hidden)]
pub mod __private {
    pub use crate::validate::{
        Member, Path, Pattern, Validate, Violations, assert_member, check_length, check_pattern,
        check_range, check_range_as, validate_root,
    };
    pub use crate::wire::{
        DeBlob, DeFloat, DeList, DeMap, DeTimestamp, FieldKey, MapMember, Redacted, SerBlob,
        SerFloat, SerTimestamp, Wire, default_timestamp, read, read_opt, read_wire, read_wire_opt,
        skip,
    };
    pub use serde;

    use crate::error::ServiceError;

    /// An exception shape, as `#[aws_error]` implements it.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is listed in `errors(..)` but is not declared with `#[aws_error]`",
        label = "not an exception shape",
        note = "declare `{Self}` with `#[aws_error]`, or remove it from `errors(..)`"
    )]
    pub trait ServiceException: Sized + std::error::Error + 'static {
        /// The error code that selects this shape.
        const CODE: &'static str;
        /// Builds the shape from the service's error response.
        fn from_service_error(error: ServiceError) -> Self;
        /// What the service said.
        fn meta(&self) -> &crate::ErrorMetadata;
        /// The exception as an error (its `Display` and `source`).
        fn as_error(&self) -> &(dyn std::error::Error + 'static) {
            self
        }
    }

    /// Reads an exception's members from its error body; an unreadable body gives defaults.
    pub fn parse_error_body<T: serde::de::DeserializeOwned + Default>(error: &ServiceError) -> T {
        serde_json::from_slice(error.body()).unwrap_or_default()
    }

    /// `{prefix}.{name}` as bytes, for an operation's `X-Amz-Target` made at compile time from
    /// its service's target prefix; `N` is the joined length.
    pub const fn join_target<const N: usize>(prefix: &str, name: &str) -> [u8; N] {
        let (prefix, name) = (prefix.as_bytes(), name.as_bytes());
        assert!(N == prefix.len() + 1 + name.len(), "the target's length");
        let mut out = [0u8; N];
        let mut i = 0;
        while i < prefix.len() {
            out[i] = prefix[i];
            i += 1;
        }
        out[i] = b'.';
        let mut j = 0;
        while j < name.len() {
            out[i + 1 + j] = name[j];
            j += 1;
        }
        out
    }

    /// The joined target as text (both halves are text, so it is).
    pub const fn target_str(bytes: &'static [u8]) -> &'static str {
        match core::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => panic!("a target is UTF-8"),
        }
    }

    /// What a builder's `send` returns: `refused` holds the violations the builder found (it
    /// checked them without sending), `request` what its members built.
    pub async fn send_parts<O: crate::Operation>(
        client: crate::Client,
        refused: Option<crate::ValidationError>,
        request: Result<O, crate::ValidationError>,
    ) -> Result<O::Output, O::Error> {
        if let Some(violations) = refused {
            return Err(O::Error::from(crate::Error::Validation(violations)));
        }
        let request = request.map_err(|e| O::Error::from(crate::Error::Validation(e)))?;
        client.call(request).await.map_err(O::Error::from)
    }
}
