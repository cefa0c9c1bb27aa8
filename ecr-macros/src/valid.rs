//! Semantic checks of a declaration, after parsing: what each constraint may apply to, that
//! bounds are ordered, that patterns compile, that wire names are unique.

use crate::ast::{Bounds, Kind, Member, Struct};
use crate::ctxt::Ctxt;
use quote::ToTokens;
use std::collections::HashMap;

/// Checks every member of a structure.
pub fn check_struct(cx: &mut Ctxt, s: &Struct) {
    let mut seen: HashMap<&str, &Member> = HashMap::new();
    for member in &s.members {
        check_member(cx, member);
        if let Some(first) = seen.insert(&member.wire, member) {
            cx.error_spanned_by(
                &member.ident,
                format!(
                    "wire name `{}` is already used by member `{}`: give one of them another \
                     name with `#[rename(\"...\")]`",
                    member.wire, first.ident
                ),
            );
        }
    }
}

fn type_text(member: &Member) -> String {
    member
        .mty
        .inner
        .to_token_stream()
        .to_string()
        .replace(' ', "")
}

fn check_member(cx: &mut Ctxt, member: &Member) {
    let kind = member.mty.kind;
    if let Some(length) = &member.length {
        if !kind.has_length() {
            cx.error_spanned_by(
                &length.attr,
                format!(
                    "`#[length]` does not apply to `{}`, {}: length constrains strings, lists, \
                     maps and blobs; remove it{}",
                    type_text(member),
                    kind.describe(),
                    if matches!(kind, Kind::Integer | Kind::Float) {
                        ", or bound the number with `#[range(min, max)]`"
                    } else {
                        ""
                    }
                ),
            );
        }
        check_order(cx, length, "length");
    }
    if let Some(range) = &member.range {
        if !matches!(kind, Kind::Integer | Kind::Float) {
            cx.error_spanned_by(
                &range.attr,
                format!(
                    "`#[range]` does not apply to `{}`, {}: range bounds integers and floats{}",
                    type_text(member),
                    kind.describe(),
                    if kind.has_length() {
                        "; bound its size with `#[length(min, max)]`"
                    } else {
                        ""
                    }
                ),
            );
        }
        check_order(cx, range, "range");
    }
    if let Some(pattern) = &member.pattern {
        if kind != Kind::String {
            cx.error_spanned_by(
                pattern,
                format!(
                    "`#[pattern]` does not apply to `{}`, {}: a pattern constrains a `String`",
                    type_text(member),
                    kind.describe()
                ),
            );
        }
        if let Err(err) = regress::Regex::new(&pattern.value()) {
            cx.error_spanned_by(
                pattern,
                format!("this pattern is not a valid ECMAScript regular expression: {err}"),
            );
        }
    }
}

fn check_order(cx: &mut Ctxt, bounds: &Bounds, name: &str) {
    if let (Some(min), Some(max)) = (&bounds.min, &bounds.max)
        && min.value > max.value
    {
        cx.error_spanned_by(
            &bounds.attr,
            format!(
                "`#[{name}]` minimum {} is greater than its maximum {}: no value could satisfy it",
                min.tokens, max.tokens
            ),
        );
    }
}
