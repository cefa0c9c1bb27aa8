//! AWS regions.

use std::borrow::Cow;
use std::fmt;

/// An AWS region name, such as `us-east-1`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Region(Cow<'static, str>);

impl Region {
    /// A region by name.
    pub fn new(name: impl Into<Cow<'static, str>>) -> Self {
        Self(name.into())
    }

    /// The region's name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&'static str> for Region {
    fn from(name: &'static str) -> Self {
        Self(Cow::Borrowed(name))
    }
}

impl From<String> for Region {
    fn from(name: String) -> Self {
        Self(Cow::Owned(name))
    }
}
