//! Client-side validation of requests against their declared constraints.
//!
//! Semantics are the Smithy specification's: a string's length counts Unicode scalar values, a
//! list's or a map's counts entries, a blob's counts bytes; patterns are ECMAScript regular
//! expressions and are not implicitly anchored (a match anywhere in the value satisfies them).

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::OnceLock;

/// A value whose constraints, and those of every value it holds, can be checked.
///
/// Implemented by every declared shape, and by the standard types they are built from.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a declared shape, so its members cannot be validated",
    label = "a member of a declared shape must be a declared shape, enum or standard type",
    note = "declare `{Self}` with `#[aws_shape]` or `#[aws_enum]`; a shape declared `#[aws_shape(output)]` is only read from answers: drop `output` to use it in a request"
)]
pub trait Validate {
    /// Checks `self`, found at `path`, and appends every violation to `out`.
    fn validate_at(&self, path: &mut Path, out: &mut Violations);
}

/// The scalar types a member can be: nothing to check inside them, and members by nature.
macro_rules! scalars {
    ($($t:ty),*) => {$(
        impl Validate for $t {
            #[inline]
            fn validate_at(&self, _: &mut Path, _: &mut Violations) {}
        }
        impl Member for $t {}
    )*};
}
scalars!(
    String,
    bool,
    i8,
    i16,
    i32,
    i64,
    u8,
    u16,
    u32,
    u64,
    f32,
    f64,
    time::OffsetDateTime
);

impl Validate for str {
    #[inline]
    fn validate_at(&self, _: &mut Path, _: &mut Violations) {}
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        for (index, item) in self.iter().enumerate() {
            path.push_index(index);
            item.validate_at(path, out);
            path.pop();
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        if let Some(value) = self {
            value.validate_at(path, out);
        }
    }
}

impl<T: Validate + ?Sized> Validate for Box<T> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        (**self).validate_at(path, out);
    }
}

impl<K: AsRef<str>, V: Validate, S> Validate for HashMap<K, V, S> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        for (key, value) in self {
            path.push_key(key.as_ref());
            value.validate_at(path, out);
            path.pop();
        }
    }
}

impl<K: AsRef<str>, V: Validate> Validate for BTreeMap<K, V> {
    fn validate_at(&self, path: &mut Path, out: &mut Violations) {
        for (key, value) in self {
            path.push_key(key.as_ref());
            value.validate_at(path, out);
            path.pop();
        }
    }
}

/// A type that can be a member of a declared shape: a standard type the protocols know, or a
/// type declared with `#[aws_shape]`, `#[aws_enum]` or `#[aws_error]`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a member of a declared shape",
    label = "not a declared shape or enum, nor a type the protocol knows",
    note = "declare `{Self}` with `#[aws_shape]` (a structure) or `#[aws_enum]` (a string enum); members may also be `String`, `bool`, integers, floats, `OffsetDateTime`, `Vec<u8>` (a blob), `Vec<T>` and `HashMap<String, T>`"
)]
pub trait Member {}

impl<T: Member> Member for Vec<T> {}
impl<T: Member> Member for Option<T> {}
impl<T: Member + ?Sized> Member for Box<T> {}
impl<K: Member, V: Member, S> Member for HashMap<K, V, S> {}
impl<K: Member, V: Member> Member for BTreeMap<K, V> {}

/// Compiles only when `T` can be a member; generated code calls it for every member's type, so
/// that a wrong member type is reported at that type, before anything else.
pub fn assert_member<T: Member + ?Sized>() {}

/// What `#[length]` measures.
#[diagnostic::on_unimplemented(
    message = "`#[length]` does not apply to `{Self}`: it has no length",
    label = "`#[length]` constrains `String`, `Vec<T>`, `Vec<u8>` (a blob) and maps",
    note = "remove `#[length]` from this member, or bound a number with `#[range(min, max)]`"
)]
pub trait HasLength {
    /// The length in the constraint's unit: characters, entries or bytes.
    fn constraint_length(&self) -> usize;

    /// Bounds on [`constraint_length`](HasLength::constraint_length) known without counting:
    /// when they sit within a constraint's, the length is not counted.
    fn length_bounds(&self) -> (usize, usize) {
        let n = self.constraint_length();
        (n, n)
    }
}

impl HasLength for String {
    fn constraint_length(&self) -> usize {
        self.as_str().constraint_length()
    }

    fn length_bounds(&self) -> (usize, usize) {
        self.as_str().length_bounds()
    }
}

impl HasLength for str {
    fn constraint_length(&self) -> usize {
        self.chars().count()
    }

    /// A character is one to four bytes.
    fn length_bounds(&self) -> (usize, usize) {
        (self.len().div_ceil(4), self.len())
    }
}

/// Entries for a list; bytes for a blob (`Vec<u8>`), which is the same count.
impl<T> HasLength for Vec<T> {
    fn constraint_length(&self) -> usize {
        self.len()
    }
}

impl<K, V, S> HasLength for HashMap<K, V, S> {
    fn constraint_length(&self) -> usize {
        self.len()
    }
}

impl<K, V> HasLength for BTreeMap<K, V> {
    fn constraint_length(&self) -> usize {
        self.len()
    }
}

/// What `#[range]` compares.
#[diagnostic::on_unimplemented(
    message = "`#[range]` does not apply to `{Self}`",
    label = "`#[range]` bounds integers and floats",
    note = "remove `#[range]` from this member; for a size use `#[length(min, max)]`"
)]
pub trait RangeValue: Copy + PartialOrd + fmt::Display {
    /// A bound written as a number literal, in this type (saturating at its limits).
    fn from_bound(bound: f64) -> Self;
}

macro_rules! range_values {
    ($($t:ty),*) => {$(
        impl RangeValue for $t {
            #[inline]
            fn from_bound(bound: f64) -> Self {
                bound as $t
            }
        }
    )*};
}
range_values!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);

#[derive(Clone, Debug)]
enum Segment {
    Field(&'static str),
    Index(usize),
    Key(String),
}

/// Where a value sits in a request, as wire names: `imageIds[3].imageTag`.
#[derive(Clone, Debug, Default)]
pub struct Path {
    segments: Vec<Segment>,
}

impl Path {
    /// The root of a request.
    pub fn new() -> Self {
        Self::default()
    }

    /// Enters a member.
    pub fn push_field(&mut self, wire_name: &'static str) {
        self.segments.push(Segment::Field(wire_name));
    }

    /// Enters a list item.
    pub fn push_index(&mut self, index: usize) {
        self.segments.push(Segment::Index(index));
    }

    /// Enters a map entry.
    pub fn push_key(&mut self, key: &str) {
        self.segments.push(Segment::Key(key.to_owned()));
    }

    /// Leaves the innermost segment.
    pub fn pop(&mut self) {
        self.segments.pop();
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Field(name) if i == 0 => f.write_str(name)?,
                Segment::Field(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) => write!(f, "[{key:?}]")?,
            }
        }
        Ok(())
    }
}

/// Which constraint a value broke, and by how much.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Constraint {
    /// A required member is not set.
    Required,
    /// `#[length(min, ..)]`: the length is below the minimum.
    MinLength {
        /// The value's length (characters, entries or bytes).
        actual: usize,
        /// The declared minimum.
        min: usize,
    },
    /// `#[length(.., max)]`: the length is above the maximum.
    MaxLength {
        /// The value's length (characters, entries or bytes).
        actual: usize,
        /// The declared maximum.
        max: usize,
    },
    /// `#[pattern]`: the value does not match.
    Pattern {
        /// The value (shortened past 64 characters; withheld for a sensitive member).
        value: Option<String>,
        /// The value's length in characters.
        length: usize,
        /// The declared pattern.
        pattern: &'static str,
    },
    /// `#[range(min, ..)]`: the value is below the minimum.
    MinValue {
        /// The value.
        actual: String,
        /// The declared minimum.
        min: String,
    },
    /// `#[range(.., max)]`: the value is above the maximum.
    MaxValue {
        /// The value.
        actual: String,
        /// The declared maximum.
        max: String,
    },
}

/// One broken constraint, at one place in the request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    path: String,
    constraint: Constraint,
}

impl Violation {
    /// The wire path of the value: `imageIds[3].imageTag`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The constraint it broke.
    pub fn constraint(&self) -> &Constraint {
        &self.constraint
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.constraint {
            Constraint::Required => f.write_str("required member is missing"),
            Constraint::MinLength { actual, min } => {
                write!(f, "length {actual} is below the minimum {min}")
            }
            Constraint::MaxLength { actual, max } => {
                write!(f, "length {actual} is above the maximum {max}")
            }
            Constraint::Pattern {
                value: Some(value),
                length,
                pattern,
            } => write!(
                f,
                "value {value:?} (length {length}) does not match the pattern {pattern}"
            ),
            Constraint::Pattern {
                value: None,
                length,
                pattern,
            } => write!(
                f,
                "value (sensitive, length {length}) does not match the pattern {pattern}"
            ),
            Constraint::MinValue { actual, min } => {
                write!(f, "value {actual} is below the minimum {min}")
            }
            Constraint::MaxValue { actual, max } => {
                write!(f, "value {actual} is above the maximum {max}")
            }
        }
    }
}

/// The violations found so far.
#[derive(Clone, Debug, Default)]
pub struct Violations {
    list: Vec<Violation>,
}

impl Violations {
    /// None yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many were found.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Records a violation at `path`.
    pub fn push(&mut self, path: &Path, constraint: Constraint) {
        self.list.push(Violation {
            path: path.to_string(),
            constraint,
        });
    }

    /// Records a missing required member of the request's top level.
    pub fn missing(&mut self, wire_name: &'static str) {
        self.list.push(Violation {
            path: wire_name.to_owned(),
            constraint: Constraint::Required,
        });
    }

    /// Every violation of one request (or shape), named by `shape`.
    pub fn into_error(self, shape: &'static str) -> ValidationError {
        ValidationError {
            shape,
            violations: self.list,
        }
    }
}

/// A request broke its declared constraints; nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    shape: &'static str,
    violations: Vec<Violation>,
}

impl ValidationError {
    /// The operation or shape that was checked.
    pub fn shape(&self) -> &'static str {
        self.shape
    }

    /// Every violation found, in declaration order.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.violations.len();
        write!(
            f,
            "invalid {} request ({} violation{}, nothing sent): ",
            self.shape,
            n,
            if n == 1 { "" } else { "s" }
        )?;
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// A pattern compiled on first use, once per process.
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regress::Regex>>,
}

impl Pattern {
    /// A pattern that compiles when first used.
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern as declared.
    pub fn source(&self) -> &'static str {
        self.source
    }

    /// Whether `value` contains a match (patterns are not implicitly anchored). A pattern that
    /// does not compile (the macro checks this at build time) matches nothing.
    pub fn is_match(&self, value: &str) -> bool {
        self.compiled
            .get_or_init(|| regress::Regex::new(self.source).ok())
            .as_ref()
            .is_some_and(|re| re.find(value).is_some())
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

/// Checks `#[length(min, max)]`.
pub fn check_length<T: HasLength + ?Sized>(
    value: &T,
    min: Option<usize>,
    max: Option<usize>,
    path: &Path,
    out: &mut Violations,
) {
    let (low, high) = value.length_bounds();
    if min.is_none_or(|min| low >= min) && max.is_none_or(|max| high <= max) {
        return;
    }
    let actual = value.constraint_length();
    if let Some(min) = min
        && actual < min
    {
        out.push(path, Constraint::MinLength { actual, min });
    }
    if let Some(max) = max
        && actual > max
    {
        out.push(path, Constraint::MaxLength { actual, max });
    }
}

/// Checks `#[range(min, max)]` on a declared type (an alias of a number): the bounds come as
/// floats and the type converts them.
pub fn check_range_as<T: RangeValue>(
    value: T,
    min: Option<f64>,
    max: Option<f64>,
    path: &Path,
    out: &mut Violations,
) {
    check_range(
        value,
        min.map(T::from_bound),
        max.map(T::from_bound),
        path,
        out,
    );
}

/// Checks `#[range(min, max)]`.
pub fn check_range<T: RangeValue>(
    value: T,
    min: Option<T>,
    max: Option<T>,
    path: &Path,
    out: &mut Violations,
) {
    if let Some(min) = min
        && value < min
    {
        out.push(
            path,
            Constraint::MinValue {
                actual: value.to_string(),
                min: min.to_string(),
            },
        );
    }
    if let Some(max) = max
        && value > max
    {
        out.push(
            path,
            Constraint::MaxValue {
                actual: value.to_string(),
                max: max.to_string(),
            },
        );
    }
}

/// Checks `#[pattern]`.
pub fn check_pattern(
    value: &str,
    pattern: &Pattern,
    sensitive: bool,
    path: &Path,
    out: &mut Violations,
) {
    if pattern.is_match(value) {
        return;
    }
    let length = value.chars().count();
    let shown = (!sensitive).then(|| {
        if length > 64 {
            let mut short: String = value.chars().take(61).collect();
            short.push_str("...");
            short
        } else {
            value.to_owned()
        }
    });
    out.push(
        path,
        Constraint::Pattern {
            value: shown,
            length,
            pattern: pattern.source,
        },
    );
}

/// Validates a whole request or shape.
pub fn validate_root<T: Validate + ?Sized>(
    value: &T,
    shape: &'static str,
) -> Result<(), ValidationError> {
    let mut path = Path::new();
    let mut out = Violations::new();
    value.validate_at(&mut path, &mut out);
    if out.is_empty() {
        Ok(())
    } else {
        Err(out.into_error(shape))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_characters_whatever_their_bytes() {
        let check = |value: &str, min, max| {
            let mut out = Violations::new();
            check_length(value, min, max, &Path::new(), &mut out);
            (!out.is_empty()).then(|| {
                let error = out.into_error("X");
                assert_eq!(error.violations().len(), 1);
                error.violations()[0].constraint().clone()
            })
        };
        // Three two-byte characters: six bytes, three characters.
        assert_eq!(check("ééé", None, Some(3)), None);
        assert_eq!(
            check("éééé", None, Some(3)),
            Some(Constraint::MaxLength { actual: 4, max: 3 })
        );
        assert_eq!(
            check("é", Some(2), None),
            Some(Constraint::MinLength { actual: 1, min: 2 })
        );
        // Four-byte characters: the byte length alone would pass a minimum of 4.
        assert_eq!(
            check("🦀🦀", Some(4), Some(10)),
            Some(Constraint::MinLength { actual: 2, min: 4 })
        );
        assert_eq!(check("🦀🦀", Some(2), Some(2)), None);
        assert_eq!(check("", Some(0), Some(0)), None);
        assert_eq!(
            check("", Some(1), None),
            Some(Constraint::MinLength { actual: 0, min: 1 })
        );
    }

    #[test]
    fn paths_render_as_wire_paths() {
        let mut p = Path::new();
        p.push_field("imageIds");
        p.push_index(3);
        p.push_field("imageTag");
        assert_eq!(p.to_string(), "imageIds[3].imageTag");
        p.pop();
        p.pop();
        p.pop();
        p.push_field("tags");
        p.push_key("team");
        assert_eq!(p.to_string(), "tags[\"team\"]");
    }

    #[test]
    fn length_counts_scalar_values() {
        let mut out = Violations::new();
        check_length("éé", Some(2), Some(2), &Path::new(), &mut out);
        assert!(out.is_empty());
        check_length("😀", Some(2), None, &Path::new(), &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn patterns_are_not_anchored_and_ecmascript() {
        let digits = Pattern::new("[0-9]{12}");
        assert!(digits.is_match("123456789012"));
        assert!(digits.is_match("x123456789012y"));
        assert!(!digits.is_match("12345678901"));
        let hyphen = Pattern::new("^[0-9-:]+$");
        assert!(hyphen.is_match("1-2:3"));
        let word = Pattern::new("^\\w+$");
        assert!(word.is_match("abc_9"));
        assert!(!word.is_match("é"));
    }
}
