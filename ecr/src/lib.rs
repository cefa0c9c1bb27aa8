//! Amazon Elastic Container Registry (ECR) client.
//!
//! Every operation is declared with `ecr-macros` and runs on `ecr-runtime`: requests are
//! validated against the model's constraints before anything is sent, signed with SigV4, and
//! answered with typed outputs and per-operation error enums.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use ecr::types::ImageIdentifier;
//!
//! let client = ecr::Client::from_env().await?;
//! let out = client
//!     .batch_get_image()
//!     .repository_name("my/app")
//!     .image_ids(ImageIdentifier::tag("v1"))
//!     .send()
//!     .await?;
//! for image in out.images() {
//!     println!("{}", image.image_manifest().unwrap_or_default());
//! }
//! # Ok(()) }
//! ```

#![forbid(unsafe_code)]

mod client;
pub mod errors;
mod fluent;
pub mod operations;
pub mod paginators;
pub mod types;
pub mod waiters;

pub use client::Client;
pub use fluent::operations;
pub use operations::Ecr;

/// The README's examples, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}
pub use ecr_runtime::{Config, ConfigError, Credentials, Region};
