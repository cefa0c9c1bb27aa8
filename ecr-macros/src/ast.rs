//! The typed model of a declaration. Every piece keeps the tokens it came from, so that
//! errors found later point at what the user wrote.

use crate::case;
use crate::ctxt::Ctxt;
use crate::symbol::*;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{
    Attribute, Expr, ExprLit, Fields, Ident, ItemStruct, Lit, LitStr, Token, Type, Visibility,
};

/// What the macro can tell about a member's type from its tokens alone.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// A signed or unsigned integer.
    Integer,
    /// `f32` or `f64`.
    Float,
    /// `OffsetDateTime`: epoch seconds on the wire.
    Timestamp,
    /// `Vec<u8>`: base64 on the wire, length counts bytes.
    Blob,
    /// `Vec<T>`.
    List,
    /// `HashMap<K, V>` or `BTreeMap<K, V>`.
    Map,
    /// Anything else: a declared shape or enum.
    Other,
}

impl Kind {
    /// What a type is, from its tokens.
    pub fn of(ty: &Type) -> Kind {
        let Some(last) = last_segment(ty) else {
            return Kind::Other;
        };
        let name = last.ident.to_string();
        match name.as_str() {
            "String" => Kind::String,
            "bool" => Kind::Bool,
            "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
            | "u128" | "usize" => Kind::Integer,
            "f32" | "f64" => Kind::Float,
            "OffsetDateTime" => Kind::Timestamp,
            "Vec" => match single_generic(last) {
                Some(inner) if last_segment(inner).is_some_and(|s| s.ident == "u8") => Kind::Blob,
                _ => Kind::List,
            },
            "HashMap" | "BTreeMap" => Kind::Map,
            _ => Kind::Other,
        }
    }

    /// Whether `#[length]` has a meaning for this kind (`Other` is left to the type checker).
    pub fn has_length(self) -> bool {
        matches!(
            self,
            Kind::String | Kind::Blob | Kind::List | Kind::Map | Kind::Other
        )
    }

    /// Whether values of this kind are `Copy` scalars, returned by value from accessors.
    pub fn is_copy_scalar(self) -> bool {
        matches!(
            self,
            Kind::Bool | Kind::Integer | Kind::Float | Kind::Timestamp
        )
    }

    /// How the kind is named in error messages.
    pub fn describe(self) -> &'static str {
        match self {
            Kind::String => "a string",
            Kind::Bool => "a boolean",
            Kind::Integer => "an integer",
            Kind::Float => "a floating-point number",
            Kind::Timestamp => "a timestamp",
            Kind::Blob => "a blob",
            Kind::List => "a list",
            Kind::Map => "a map",
            Kind::Other => "a declared shape",
        }
    }
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        _ => None,
    }
}

fn single_generic(segment: &syn::PathSegment) -> Option<&Type> {
    match &segment.arguments {
        syn::PathArguments::AngleBracketed(args) if args.args.len() == 1 => match &args.args[0] {
            syn::GenericArgument::Type(ty) => Some(ty),
            _ => None,
        },
        _ => None,
    }
}

/// A member's type: `Option<T>` marks an optional member.
pub struct MemberType {
    /// Whether the member is `Option<T>`.
    pub optional: bool,
    /// `T` for an optional member, the whole type otherwise.
    pub inner: Type,
    /// What `inner` is.
    pub kind: Kind,
}

impl MemberType {
    fn of(ty: &Type) -> MemberType {
        if let Some(last) = last_segment(ty)
            && last.ident == "Option"
            && let Some(inner) = single_generic(last)
        {
            return MemberType {
                optional: true,
                inner: inner.clone(),
                kind: Kind::of(inner),
            };
        }
        MemberType {
            optional: false,
            inner: ty.clone(),
            kind: Kind::of(ty),
        }
    }
}

impl MemberType {
    /// `T` of a list `Vec<T>`.
    pub fn item_type(&self) -> Option<&Type> {
        match self.kind {
            Kind::List => last_segment(&self.inner).and_then(single_generic),
            _ => None,
        }
    }

    /// `K` and `V` of a map.
    pub fn key_value_types(&self) -> Option<(&Type, &Type)> {
        if self.kind != Kind::Map {
            return None;
        }
        match &last_segment(&self.inner)?.arguments {
            syn::PathArguments::AngleBracketed(args) => match (args.args.first(), args.args.get(1))
            {
                (Some(syn::GenericArgument::Type(k)), Some(syn::GenericArgument::Type(v))) => {
                    Some((k, v))
                }
                _ => None,
            },
            _ => None,
        }
    }
}

/// A numeric bound as written, with its value for the `min <= max` check.
pub struct Bound {
    /// The literal (possibly negated) as written.
    pub tokens: TokenStream,
    /// Its value.
    pub value: f64,
    /// Whether it was written as a float literal.
    pub is_float: bool,
}

/// `#[length(...)]` or `#[range(...)]`.
pub struct Bounds {
    /// The attribute, for spans.
    pub attr: TokenStream,
    /// The lower bound, if any.
    pub min: Option<Bound>,
    /// The upper bound, if any.
    pub max: Option<Bound>,
}

/// One member of a structure.
pub struct Member {
    /// The Rust name.
    pub ident: Ident,
    /// The visibility as written.
    pub vis: Visibility,
    /// The type as written.
    pub ty: Type,
    /// The type as understood.
    pub mty: MemberType,
    /// The name on the wire.
    pub wire: String,
    /// Whether `#[rename]` gave the wire name.
    pub renamed: bool,
    /// Attributes that are not the macro's (docs, `cfg`, ...), passed through untouched.
    pub attrs: Vec<Attribute>,
    /// `#[length]`, `#[range]`, `#[pattern]` on the member itself.
    pub constraints: Constraints,
    /// `#[each(...)]`: constraints on every item of a list.
    pub each: Option<Nested>,
    /// `#[keys(...)]`: constraints on every key of a map.
    pub keys: Option<Nested>,
    /// `#[values(...)]`: constraints on every value of a map.
    pub values: Option<Nested>,
    /// `#[sensitive]`.
    pub sensitive: bool,
}

/// The constraints of one value.
#[derive(Default)]
pub struct Constraints {
    /// `length(...)`.
    pub length: Option<Bounds>,
    /// `range(...)`.
    pub range: Option<Bounds>,
    /// `pattern("...")`.
    pub pattern: Option<LitStr>,
}

impl Constraints {
    /// Whether there is nothing to check.
    pub fn is_empty(&self) -> bool {
        self.length.is_none() && self.range.is_none() && self.pattern.is_none()
    }

    /// Reads one `length(..)`, `range(..)` or `pattern(..)` into `self`; `false` if `meta` is
    /// none of them.
    fn read(&mut self, cx: &mut Ctxt, meta: &syn::Meta, spanned: &dyn ToTokens) -> bool {
        let path = meta.path();
        if path == LENGTH {
            let bounds = parse_bounds(cx, meta, LENGTH, true);
            set_once(cx, &mut self.length, bounds, spanned, LENGTH);
        } else if path == RANGE {
            let bounds = parse_bounds(cx, meta, RANGE, false);
            set_once(cx, &mut self.range, bounds, spanned, RANGE);
        } else if path == PATTERN {
            let lit = match meta {
                syn::Meta::List(list) => list.parse_args::<LitStr>().ok(),
                _ => None,
            };
            match lit {
                Some(lit) => set_once(cx, &mut self.pattern, Some(lit), spanned, PATTERN),
                None => cx.error_spanned_by(
                    spanned,
                    "expected `#[pattern(\"regular expression\")]` with one string literal",
                ),
            }
        } else {
            return false;
        }
        true
    }
}

/// `#[each(...)]`, `#[keys(...)]` or `#[values(...)]`: constraints one level down.
pub struct Nested {
    /// The attribute, for spans.
    pub attr: TokenStream,
    /// The constraints.
    pub constraints: Constraints,
}

fn parse_nested(cx: &mut Ctxt, attr: &Attribute, name: Symbol) -> Option<Nested> {
    let usage = format!(
        "expected `#[{name}(length(MIN, MAX), pattern(\"...\"), range(MIN, MAX))]` with one or more constraints"
    );
    let metas = match &attr.meta {
        syn::Meta::List(list) => {
            match list.parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated) {
                Ok(metas) if !metas.is_empty() => metas,
                _ => {
                    cx.error_spanned_by(attr, &usage);
                    return None;
                }
            }
        }
        _ => {
            cx.error_spanned_by(attr, &usage);
            return None;
        }
    };
    let mut constraints = Constraints::default();
    for meta in &metas {
        if !constraints.read(cx, meta, meta) {
            cx.error_spanned_by(
                meta.path(),
                format!(
                    "unknown constraint `{}` in `#[{name}]`: expected `length`, `pattern` or `range`",
                    meta.path().to_token_stream()
                ),
            );
        }
    }
    Some(Nested {
        attr: attr.to_token_stream(),
        constraints,
    })
}

impl Member {
    /// Whether the member must be set.
    pub fn required(&self) -> bool {
        !self.mty.optional
    }
}

/// A structure declaration: a shape, an operation input or an exception.
pub struct Struct {
    /// Whether the item has the form a full expansion needs (named fields, no generics), so
    /// that an expansion can stand beside the errors of a faulty declaration.
    pub usable: bool,
    /// The attributes that are not the macro's.
    pub attrs: Vec<Attribute>,
    /// The visibility.
    pub vis: Visibility,
    /// The name.
    pub ident: Ident,
    /// The members, in declaration order.
    pub members: Vec<Member>,
}

impl Struct {
    /// Reads a structure. Errors go to `cx`; the result is still usable for a fallback expansion.
    pub fn from_item(cx: &mut Ctxt, item: &ItemStruct, macro_name: &str) -> Struct {
        let mut usable = matches!(item.fields, Fields::Named(_));
        if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
            usable = false;
            cx.error_spanned_by(
                &item.generics,
                format!(
                    "#[{macro_name}] does not take generic parameters: declare a concrete structure"
                ),
            );
        }
        let mut members = Vec::new();
        match &item.fields {
            Fields::Named(named) => {
                for field in &named.named {
                    members.push(Member::from_field(cx, field));
                }
            }
            Fields::Unnamed(_) => cx.error_spanned_by(
                &item.fields,
                format!(
                    "#[{macro_name}] needs a structure with named fields, one per member: \
                     write `struct {} {{ member_name: Type, .. }}`",
                    item.ident
                ),
            ),
            Fields::Unit => cx.error_spanned_by(
                &item.ident,
                format!(
                    "#[{macro_name}] needs a structure with named fields; for a shape without \
                     members write `struct {} {{}}`",
                    item.ident
                ),
            ),
        }
        Struct {
            usable,
            attrs: strip_generated_derives(cx, &item.attrs, macro_name),
            vis: item.vis.clone(),
            ident: item.ident.clone(),
            members,
        }
    }

    /// Applies `rename_all`: the wire name of every member without `#[rename]`.
    pub fn rename_all(&mut self, case: Case) {
        for member in &mut self.members {
            if !member.renamed {
                let name = member.ident.to_string();
                member.wire = match case {
                    Case::Camel => case::lower_camel(&name),
                    Case::Pascal => case::upper_camel(&name),
                };
            }
        }
    }

    /// Drops every constraint: what a faulty declaration expands to beside its errors, so that
    /// the rest of the crate sees the generated items and reports nothing further.
    pub fn without_constraints(mut self) -> Self {
        for member in &mut self.members {
            member.constraints = Constraints::default();
            member.each = None;
            member.keys = None;
            member.values = None;
        }
        self
    }
}

/// How `rename_all` spells wire names.
#[derive(Clone, Copy)]
pub enum Case {
    /// `repositoryName` (the default).
    Camel,
    /// `RepositoryName`.
    Pascal,
}

/// Reads `rename_all = "PascalCase"` (or `"camelCase"`).
pub fn parse_rename_all(input: syn::parse::ParseStream) -> syn::Result<Case> {
    let lit = parse_str_value(
        input,
        &Ident::new("rename_all", proc_macro2::Span::call_site()),
    )?;
    match lit.value().as_str() {
        "camelCase" => Ok(Case::Camel),
        "PascalCase" => Ok(Case::Pascal),
        other => Err(syn::Error::new(
            lit.span(),
            format!(
                "unknown case `{other}`: expected \"camelCase\" (the default) or \"PascalCase\""
            ),
        )),
    }
}

/// The macros implement these themselves; a derive of one would conflict.
const GENERATED_TRAITS: [&str; 6] = [
    "Clone",
    "PartialEq",
    "Debug",
    "Default",
    "Serialize",
    "Deserialize",
];

/// The message for a bound that is not a literal.
fn literal_bounds(name: Symbol) -> String {
    format!(
        "`{name}` bounds must be number literals: a macro cannot read a constant's value, so \
         write the number itself, e.g. `#[{name}(1, 100)]`"
    )
}

/// Reports derives of traits the expansion implements (`generated`), and keeps the others.
pub fn strip_derives(
    cx: &mut Ctxt,
    attrs: &[Attribute],
    macro_name: &str,
    generated: &[&str],
) -> Vec<Attribute> {
    let mut out = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("derive") {
            out.push(attr.clone());
            continue;
        }
        let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        else {
            out.push(attr.clone());
            continue;
        };
        let mut kept = Vec::new();
        for path in paths {
            let last = path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            if generated.contains(&last.as_str()) {
                cx.error_spanned_by(
                    &path,
                    format!(
                        "#[{macro_name}] implements `{last}` itself: remove it from the derive"
                    ),
                );
            } else {
                kept.push(path);
            }
        }
        if !kept.is_empty() {
            out.push(syn::parse_quote!(#[derive(#(#kept),*)]));
        }
    }
    out
}

/// Reports derives of traits the expansion implements, and keeps the other derives.
fn strip_generated_derives(cx: &mut Ctxt, attrs: &[Attribute], macro_name: &str) -> Vec<Attribute> {
    strip_derives(cx, attrs, macro_name, &GENERATED_TRAITS)
}

/// The macro's attribute a misspelt one was probably meant to be.
fn near_miss(path: &syn::Path) -> Option<&'static str> {
    let word = path.get_ident()?.to_string();
    MEMBER_ATTRIBUTES
        .iter()
        .map(|s| s.0)
        .find(|known| *known != word && edit_distance(known, &word) <= 2 && word.len() >= 4)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

impl Member {
    fn from_field(cx: &mut Ctxt, field: &syn::Field) -> Member {
        let ident = field.ident.clone().expect("named field");
        let mut member = Member {
            wire: case::lower_camel(&ident.to_string()),
            renamed: false,
            ident,
            vis: field.vis.clone(),
            ty: field.ty.clone(),
            mty: MemberType::of(&field.ty),
            attrs: Vec::new(),
            constraints: Constraints::default(),
            each: None,
            keys: None,
            values: None,
            sensitive: false,
        };
        for attr in &field.attrs {
            let path = attr.path();
            if member.constraints.read(cx, &attr.meta, attr) {
                // A constraint on the member itself.
            } else if path == EACH {
                let nested = parse_nested(cx, attr, EACH);
                set_once(cx, &mut member.each, nested, attr, EACH);
            } else if path == KEYS {
                let nested = parse_nested(cx, attr, KEYS);
                set_once(cx, &mut member.keys, nested, attr, KEYS);
            } else if path == VALUES {
                let nested = parse_nested(cx, attr, VALUES);
                set_once(cx, &mut member.values, nested, attr, VALUES);
            } else if path == RENAME {
                match attr.parse_args::<LitStr>() {
                    Ok(lit) if lit.value().is_empty() => {
                        cx.error_spanned_by(lit, "a wire name cannot be empty")
                    }
                    Ok(lit) => {
                        member.wire = lit.value();
                        member.renamed = true;
                    }
                    Err(_) => cx.error_spanned_by(
                        attr,
                        "expected `#[rename(\"wireName\")]` with one string literal",
                    ),
                }
            } else if path == SENSITIVE {
                if attr.meta.require_path_only().is_err() {
                    cx.error_spanned_by(
                        attr,
                        "`#[sensitive]` takes no arguments: write `#[sensitive]`",
                    );
                }
                member.sensitive = true;
            } else {
                if let Some(near) = near_miss(path) {
                    cx.error_spanned_by(
                        path,
                        format!(
                            "unknown attribute `{}`: did you mean `#[{near}]`?",
                            path.to_token_stream()
                        ),
                    );
                } else {
                    member.attrs.push(attr.clone());
                }
            }
        }
        member
    }
}

fn set_once<T>(
    cx: &mut Ctxt,
    slot: &mut Option<T>,
    value: Option<T>,
    attr: &dyn ToTokens,
    name: Symbol,
) {
    if slot.is_some() {
        let fix = match name.0 {
            "length" | "range" => format!("write one `#[{name}(min, max)]` with both bounds"),
            "pattern" => {
                "a member takes one pattern: combine them into one regular expression".to_owned()
            }
            _ => format!("write one `#[{name}(...)]` holding every constraint"),
        };
        cx.error_spanned_by(attr, format!("duplicate `#[{name}]`: {fix}"));
    } else if value.is_some() {
        *slot = value;
    }
}

fn numeric(cx: &mut Ctxt, expr: &Expr, integer_only: bool, name: Symbol) -> Option<Bound> {
    let (negative, lit) = match expr {
        Expr::Lit(ExprLit { lit, .. }) => (false, lit),
        Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => match &**expr {
            Expr::Lit(ExprLit { lit, .. }) => (true, lit),
            _ => {
                cx.error_spanned_by(expr, literal_bounds(name));
                return None;
            }
        },
        _ => {
            cx.error_spanned_by(expr, literal_bounds(name));
            return None;
        }
    };
    let value = match lit {
        Lit::Int(int) => int.base10_parse::<f64>().ok(),
        Lit::Float(float) if !integer_only => float.base10_parse::<f64>().ok(),
        _ => None,
    };
    let Some(mut value) = value else {
        let what = if integer_only {
            "a non-negative integer"
        } else {
            "a number"
        };
        cx.error_spanned_by(lit, format!("`{name}` bounds must be {what}"));
        return None;
    };
    if negative {
        if integer_only {
            cx.error_spanned_by(expr, "a length cannot be negative: write 0 or more, or leave the bound open with `length(max = N)`");
            return None;
        }
        value = -value;
    }
    Some(Bound {
        tokens: expr.to_token_stream(),
        value,
        is_float: matches!(lit, Lit::Float(_)),
    })
}

/// Reads `name(min, max)`, `name(min = a)`, `name(max = b)` or `name(min = a, max = b)`.
fn parse_bounds(
    cx: &mut Ctxt,
    meta: &syn::Meta,
    name: Symbol,
    integer_only: bool,
) -> Option<Bounds> {
    let usage = format!(
        "expected `#[{name}(MIN, MAX)]`, `#[{name}(min = MIN)]`, `#[{name}(max = MAX)]` \
         or `#[{name}(min = MIN, max = MAX)]`"
    );
    let args = match meta {
        syn::Meta::List(list) => {
            match list.parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated) {
                Ok(args) => args,
                Err(err) => {
                    cx.syn_error(syn::Error::new(err.span(), &usage));
                    return None;
                }
            }
        }
        _ => {
            cx.error_spanned_by(meta, &usage);
            return None;
        }
    };
    let mut bounds = Bounds {
        attr: meta.to_token_stream(),
        min: None,
        max: None,
    };
    let named = args.iter().any(|a| matches!(a, Expr::Assign(_)));
    if named {
        for arg in &args {
            let Expr::Assign(assign) = arg else {
                cx.error_spanned_by(arg, format!("mix of named and positional bounds: {usage}"));
                return None;
            };
            let key = match &*assign.left {
                Expr::Path(p) if p.path == MIN => MIN,
                Expr::Path(p) if p.path == MAX => MAX,
                other => {
                    cx.error_spanned_by(
                        other,
                        format!(
                            "unknown bound `{}`: expected `min` or `max`",
                            other.to_token_stream()
                        ),
                    );
                    continue;
                }
            };
            let value = numeric(cx, &assign.right, integer_only, name);
            let slot = if key.0 == MIN.0 {
                &mut bounds.min
            } else {
                &mut bounds.max
            };
            if slot.is_some() {
                cx.error_spanned_by(
                    assign,
                    format!(
                        "`{key}` given twice: give each bound once, e.g. `#[{name}(min = 1, max = 10)]`"
                    ),
                );
            }
            *slot = value;
        }
    } else {
        match args.len() {
            2 => {
                bounds.min = numeric(cx, &args[0], integer_only, name);
                bounds.max = numeric(cx, &args[1], integer_only, name);
            }
            _ => {
                cx.error_spanned_by(meta, &usage);
                return None;
            }
        }
    }
    if bounds.min.is_none() && bounds.max.is_none() {
        return None;
    }
    Some(bounds)
}

/// The arguments of `#[aws_operation(...)]`.
#[derive(Default)]
pub struct OperationArgs {
    /// `service = Type`: a `#[aws_service]` giving the protocol and target prefix.
    pub service: Option<syn::Path>,
    /// `name = "Operation"`: the operation's name under its service.
    pub name: Option<LitStr>,
    /// `target = "Prefix.Operation"`.
    pub target: Option<LitStr>,
    /// `protocol = "json-1.1"`.
    pub protocol: Option<LitStr>,
    /// `output = Type`.
    pub output: Option<Type>,
    /// `errors(A, B, ...)`.
    pub errors: Vec<syn::Path>,
}

/// The arguments of `#[aws_error(...)]`.
#[derive(Default)]
pub struct ErrorArgs {
    /// `code = "Code"`: the error code on the wire; the structure's name when absent.
    pub code: Option<LitStr>,
}

/// Reads container arguments with `on_key` for each `key = value` or `key(...)`; an unknown key is
/// reported and skipped so that the others are still read.
pub fn parse_container_args(
    cx: &mut Ctxt,
    args: TokenStream,
    macro_name: &str,
    known: &[Symbol],
    mut on_key: impl FnMut(&mut Ctxt, &Ident, syn::parse::ParseStream) -> syn::Result<()>,
) {
    use syn::parse::Parser;
    let keys: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
    let parser = |input: syn::parse::ParseStream| -> syn::Result<()> {
        while !input.is_empty() {
            let key: Ident = input.call(syn::ext::IdentExt::parse_any)?;
            if known.iter().any(|k| key == *k) {
                if let Err(err) = on_key(cx, &key, input) {
                    cx.syn_error(err);
                    skip_value(input);
                }
            } else {
                let expected = if keys.is_empty() {
                    format!("#[{macro_name}] takes no arguments")
                } else {
                    format!("#[{macro_name}] takes {}", keys.join(", "))
                };
                cx.error_spanned_by(&key, format!("unknown key `{key}`: {expected}"));
                skip_value(input);
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(())
    };
    if let Err(err) = parser.parse2(args) {
        cx.syn_error(err);
    }
}

fn skip_value(input: syn::parse::ParseStream) {
    if input.peek(Token![=]) {
        let _ = input.parse::<Token![=]>();
        while !input.is_empty() && !input.peek(Token![,]) {
            let _ = input.parse::<proc_macro2::TokenTree>();
        }
    } else if input.peek(syn::token::Paren) {
        let _ = input.parse::<proc_macro2::Group>();
    }
    while !input.is_empty() && !input.peek(Token![,]) {
        let _ = input.parse::<proc_macro2::TokenTree>();
    }
}

/// Reads `= "literal"` after a key.
pub fn parse_str_value(input: syn::parse::ParseStream, key: &Ident) -> syn::Result<LitStr> {
    let usage = || format!("`{key}` takes a string literal: write `{key} = \"...\"`");
    input
        .parse::<Token![=]>()
        .map_err(|e| syn::Error::new(e.span(), usage()))?;
    input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), usage()))
}
