//! Semantic checks of a declaration, after parsing: what each constraint may apply to, that
//! bounds are ordered, that patterns compile, that wire names are unique.

use crate::ast::{Bounds, Constraints, Kind, Member, Struct};
use crate::ctxt::Ctxt;
use quote::ToTokens;
use std::collections::HashMap;

/// Checks every member of a structure.
/// Names the expansion gives to methods of the structure and of its builder; a member (whose
/// accessor and setters carry its name) cannot take them.
const RESERVED: [&str; 8] = [
    "builder",
    "validate",
    "send",
    "meta",
    "build",
    "violations",
    "with_client",
    "into_parts",
];

pub fn check_struct(cx: &mut Ctxt, s: &Struct) {
    let mut seen: HashMap<&str, &Member> = HashMap::new();
    let names: Vec<String> = s.members.iter().map(|m| plain_name(&m.ident)).collect();
    for member in &s.members {
        check_member(cx, member);
        let name = plain_name(&member.ident);
        if RESERVED.contains(&name.as_str()) {
            cx.mark_unexpandable();
            cx.error_spanned_by(
                &member.ident,
                format!(
                    "a member cannot be named `{name}`: the generated `{name}()` method has that \
                     name; name the field otherwise and keep the wire name with \
                     `#[rename(\"{}\")]`",
                    member.wire
                ),
            );
        }
        for prefix in ["set_", "get_"] {
            if let Some(other) = name.strip_prefix(prefix)
                && names.iter().any(|n| n == other)
            {
                cx.mark_unexpandable();
                cx.error_spanned_by(
                    &member.ident,
                    format!(
                        "a member named `{name}` collides with the builder's `{name}()` for \
                         member `{other}`: name the field otherwise and keep the wire name with \
                         `#[rename(\"{}\")]`",
                        member.wire
                    ),
                );
            }
        }
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

fn plain_name(ident: &syn::Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").unwrap_or(&name).to_owned()
}

fn type_text(ty: &syn::Type) -> String {
    ty.to_token_stream().to_string().replace(' ', "")
}

fn check_member(cx: &mut Ctxt, member: &Member) {
    let text = type_text(&member.mty.inner);
    check_constraints(cx, &member.constraints, member.mty.kind, &text);
    let nested = member
        .mty
        .item_type()
        .or_else(|| member.mty.key_value_types().map(|(_, v)| v));
    if let Some(inner) = nested
        && matches!(Kind::of(inner), Kind::Timestamp | Kind::Blob)
    {
        cx.mark_unexpandable();
        cx.error_spanned_by(
            inner,
            format!(
                "{} inside a list or a map is not supported: declare a shape that holds it, and make that the item",
                Kind::of(inner).describe()
            ),
        );
    }
    match (&member.each, member.mty.item_type()) {
        (Some(each), Some(item)) => {
            check_constraints(cx, &each.constraints, Kind::of(item), &type_text(item));
        }
        (Some(each), None) => cx.error_spanned_by(
            &each.attr,
            format!(
                "`#[each]` constrains the items of a list, and `{text}` is {}{}",
                member.mty.kind.describe(),
                if member.mty.kind == Kind::Map {
                    ": use `#[keys(...)]` or `#[values(...)]`"
                } else {
                    ": put the constraints on the member itself"
                }
            ),
        ),
        _ => {}
    }
    for (nested, name, pick) in [(&member.keys, "keys", 0), (&member.values, "values", 1)] {
        let Some(nested) = nested else { continue };
        match member.mty.key_value_types() {
            Some((k, v)) => {
                let ty = if pick == 0 { k } else { v };
                check_constraints(cx, &nested.constraints, Kind::of(ty), &type_text(ty));
            }
            None => cx.error_spanned_by(
                &nested.attr,
                format!(
                    "`#[{name}]` constrains the {name} of a map, and `{text}` is {}{}",
                    member.mty.kind.describe(),
                    if member.mty.kind == Kind::List {
                        ": use `#[each(...)]`"
                    } else {
                        ": put the constraints on the member itself"
                    }
                ),
            ),
        }
    }
}

fn check_constraints(cx: &mut Ctxt, constraints: &Constraints, kind: Kind, text: &str) {
    if let Some(length) = &constraints.length {
        if !kind.has_length() {
            cx.error_spanned_by(
                &length.attr,
                format!(
                    "`#[length]` does not apply to `{text}`, {}: length constrains strings, lists, \
                     maps and blobs; remove it{}",
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
    if let Some(range) = &constraints.range {
        // A declared type (an alias of a number, say) is left to the type checker, which names
        // the type when it has no value to bound.
        if !matches!(kind, Kind::Integer | Kind::Float | Kind::Other) {
            cx.error_spanned_by(
                &range.attr,
                format!(
                    "`#[range]` does not apply to `{text}`, {}: range bounds integers and floats{}",
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
        if kind == Kind::Integer {
            for bound in range.min.iter().chain(&range.max).filter(|b| b.is_float) {
                cx.error_spanned_by(
                    &bound.tokens,
                    format!("`{text}` is an integer: write its bounds as integers"),
                );
            }
        }
    }
    if let Some(pattern) = &constraints.pattern {
        if kind != Kind::String {
            cx.error_spanned_by(
                pattern,
                format!(
                    "`#[pattern]` does not apply to `{text}`, {}: a pattern constrains a `String`{}",
                    kind.describe(),
                    if kind == Kind::List { "; for the items of a list write `#[each(pattern(\"...\"))]`" } else { "" }
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
