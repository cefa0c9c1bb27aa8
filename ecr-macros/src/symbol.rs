//! The names of every attribute and key the macros understand.

use std::fmt::{self, Display};
use syn::{Ident, Path};

/// An attribute or key name.
#[derive(Copy, Clone)]
pub struct Symbol(pub &'static str);

// Container keys.
pub const TARGET: Symbol = Symbol("target");
pub const PROTOCOL: Symbol = Symbol("protocol");
pub const OUTPUT: Symbol = Symbol("output");
pub const ERRORS: Symbol = Symbol("errors");
pub const CODE: Symbol = Symbol("code");
pub const RENAME_ALL: Symbol = Symbol("rename_all");
pub const SERVICE: Symbol = Symbol("service");
pub const NAME: Symbol = Symbol("name");
pub const ID: Symbol = Symbol("id");
pub const SIGNING_NAME: Symbol = Symbol("signing_name");
pub const ENDPOINT_PREFIX: Symbol = Symbol("endpoint_prefix");
pub const TARGET_PREFIX: Symbol = Symbol("target_prefix");
pub const ENDPOINT_RULES: Symbol = Symbol("endpoint_rules");

// Member attributes.
pub const LENGTH: Symbol = Symbol("length");
pub const PATTERN: Symbol = Symbol("pattern");
pub const RANGE: Symbol = Symbol("range");
pub const RENAME: Symbol = Symbol("rename");
pub const SENSITIVE: Symbol = Symbol("sensitive");
pub const EACH: Symbol = Symbol("each");
pub const KEYS: Symbol = Symbol("keys");
pub const VALUES: Symbol = Symbol("values");

// Bound keys inside `length(...)` and `range(...)`.
pub const MIN: Symbol = Symbol("min");
pub const MAX: Symbol = Symbol("max");

/// Every member attribute, in the order the guide lists them.
pub const MEMBER_ATTRIBUTES: [Symbol; 8] = [
    LENGTH, PATTERN, RANGE, EACH, KEYS, VALUES, RENAME, SENSITIVE,
];

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Ident {
    fn eq(&self, word: &Symbol) -> bool {
        *self == word.0
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl Display for Symbol {
    fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(self.0)
    }
}
