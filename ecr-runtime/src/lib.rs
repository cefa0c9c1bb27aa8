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
//! use ecr_runtime::{Client, Config, Credentials, ServiceInfo};
//!
//! const LOGS: ServiceInfo = ServiceInfo::new("CloudWatch Logs", "logs", "logs");
//! let config = Config::builder()
//!     .region("us-east-1")
//!     .credentials(Credentials::new("AKID", "SECRET"))
//!     .build();
//! let client = Client::new(LOGS, &config);
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
pub use ecr_macros::{aws_enum, aws_error, aws_operation, aws_shape};
pub use endpoint::{Endpoint, ServiceInfo};
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
        check_range, validate_root,
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
