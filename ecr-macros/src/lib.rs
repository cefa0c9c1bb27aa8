#![doc = include_str!("../GUIDE.md")]

mod ast;
mod case;
mod ctxt;
mod enumeration;
mod expand;
mod service;
mod symbol;
mod valid;

use ast::{ErrorArgs, OperationArgs, Struct};
use ctxt::Ctxt;
use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{quote, quote_spanned};
use symbol::*;
use syn::spanned::Spanned;
use syn::{Item, ItemStruct};

/// Declares an operation on its request structure.
///
/// Keys: `target = "Prefix.Operation"` (the `X-Amz-Target` value, required), `protocol =
/// "json-1.1"` or `"json-1.0"` (required), `output = Type` (an `#[aws_shape]`; `ecr_runtime::Empty`
/// when omitted), `errors(A, B, ..)` (`#[aws_error]` types), `rename_all = "PascalCase"` (wire
/// names of members without `#[rename]`; camelCase by default). Members take the attributes the
/// `ecr-macros` crate documentation lists (`length`, `range`, `pattern`, `each`, `keys`,
/// `values`, `rename`, `sensitive`).
#[proc_macro_attribute]
pub fn aws_operation(args: TokenStream, input: TokenStream) -> TokenStream {
    expand_struct(args.into(), input.into(), "aws_operation", |cx, args, s| {
        let mut op = OperationArgs::default();
        let mut rename_all = None;
        // Keys written, whether or not their value parsed: a key whose value is wrong is not
        // missing.
        let mut written: Vec<String> = Vec::new();
        ast::parse_container_args(
            cx,
            args,
            "aws_operation",
            &[SERVICE, NAME, TARGET, PROTOCOL, OUTPUT, ERRORS, RENAME_ALL],
            |_, key, input| {
                written.push(key.to_string());
                if key == SERVICE {
                    input.parse::<syn::Token![=]>()?;
                    op.service = Some(input.parse()?);
                } else if key == NAME {
                    op.name = Some(ast::parse_str_value(input, key)?);
                } else if key == RENAME_ALL {
                    rename_all = Some(ast::parse_rename_all(input)?);
                } else if key == TARGET {
                    op.target = Some(ast::parse_str_value(input, key)?);
                } else if key == PROTOCOL {
                    op.protocol = Some(ast::parse_str_value(input, key)?);
                } else if key == OUTPUT {
                    input.parse::<syn::Token![=]>()?;
                    op.output = Some(input.parse()?);
                } else if key == ERRORS {
                    let content;
                    syn::parenthesized!(content in input);
                    let paths =
                        syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated(
                            &content,
                        )?;
                    op.errors.extend(paths);
                }
                Ok(())
            },
        );
        let op_name = if op.service.is_none()
            && op.target.is_none()
            && written.iter().any(|k| k == "service" || k == "target")
        {
            None
        } else {
            operation_name(cx, &op, &s.ident)
        };
        let protocol = match (&op.service, &op.protocol) {
            (Some(service), Some(lit)) => {
                cx.error_spanned_by(
                    lit,
                    format!(
                        "the protocol comes from the service `{}`: remove `protocol`",
                        quote!(#service).to_string().replace(' ', "")
                    ),
                );
                None
            }
            (Some(service), None) => Some(
                quote_spanned!(service.span()=> <#service as ::ecr_runtime::Service>::PROTOCOL),
            ),
            (None, None) => {
                if op.target.is_some() && !written.iter().any(|k| k == "protocol") {
                    cx.syn_error(syn::Error::new(
                        proc_macro2::Span::call_site(),
                        "missing `protocol = \"json-1.1\"` (or \"json-1.0\"): the wire protocol of the service",
                    ));
                }
                None
            }
            (None, Some(lit)) => {
                let tokens = expand::protocol_tokens(lit);
                if tokens.is_none() {
                    cx.error_spanned_by(
                        lit,
                        format!(
                            "unknown protocol `{}`: expected \"json-1.0\" or \"json-1.1\"",
                            lit.value()
                        ),
                    );
                }
                tokens
            }
        };
        let mut variants = std::collections::HashMap::new();
        for path in &op.errors {
            let short = expand::variant_name(path).to_string();
            if let Some(first) = variants.insert(short.clone(), path.clone()) {
                let text = |p: &syn::Path| quote!(#p).to_string().replace(' ', "");
                let message = if text(&first) == text(path) {
                    format!("`{}` is listed twice: list each error once", text(path))
                } else {
                    format!(
                        "`{}` and `{}` would both be the variant `{short}` of the error enum: \
                         list only one of them, or rename one of the structures",
                        text(path),
                        text(&first)
                    )
                };
                cx.error_spanned_by(path, message);
                cx.mark_unexpandable();
            }
        }
        if let Some(case) = rename_all {
            s.rename_all(case);
        }
        // Without a usable target or protocol (an error is reported) the expansion still goes
        // ahead with stand-ins, so that uses of the type elsewhere report nothing further.
        let name = op_name.unwrap_or_else(|| name_from_ident(&s.ident));
        let protocol = protocol.unwrap_or_else(|| quote!(::ecr_runtime::Protocol::AwsJson1_1));
        move |s: &Struct| expand::operation(s, &op, &name, protocol)
    })
}

/// `CreateTableInput` or `CreateTableRequest` → `CreateTable`; any other name is kept whole.
fn name_from_ident(ident: &syn::Ident) -> String {
    let ident = ident.to_string();
    let short = ident
        .strip_suffix("Request")
        .or_else(|| ident.strip_suffix("Input"));
    short.filter(|n| !n.is_empty()).unwrap_or(&ident).to_owned()
}

/// Whether `name` can be an operation's name: a PascalCase identifier.
fn is_operation_name(name: &str) -> bool {
    !name.is_empty()
        && syn::parse_str::<syn::Ident>(name).is_ok()
        && name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The operation's name: from a full `target`, else `name`, else the structure's name; `None`
/// (with the error recorded) when the declaration gives neither a service nor a target.
fn operation_name(cx: &mut Ctxt, op: &OperationArgs, ident: &syn::Ident) -> Option<String> {
    match (&op.target, &op.name) {
        (Some(_), Some(name)) => {
            cx.error_spanned_by(
                name,
                "`name` and `target` both name the operation: keep `target = \"Prefix.Operation\"` \
                 (a full target overrides the service's prefix) or `name`",
            );
            None
        }
        (Some(lit), None) => {
            let value = lit.value();
            let name = value.rsplit('.').next().unwrap_or_default();
            if value.contains('.') && is_operation_name(name) {
                Some(name.to_owned())
            } else {
                cx.error_spanned_by(
                    lit,
                    "a target is `Prefix.Operation` where Operation is the operation's PascalCase name, \
                     e.g. \"AmazonEC2ContainerRegistry_V20150921.BatchGetImage\"",
                );
                None
            }
        }
        (None, _) if op.service.is_none() => {
            cx.syn_error(syn::Error::new(
                proc_macro2::Span::call_site(),
                "missing `service = Type` (a `#[aws_service]` type, which gives the protocol and \
                 the target prefix) or `target = \"Prefix.Operation\"` with `protocol = \"json-1.1\"`",
            ));
            None
        }
        (None, Some(lit)) => {
            let value = lit.value();
            if is_operation_name(&value) {
                Some(value)
            } else {
                cx.error_spanned_by(
                    lit,
                    format!(
                        "`{value}` is not an operation name: write its PascalCase name as the \
                         model spells it, e.g. name = \"CreateTable\""
                    ),
                );
                None
            }
        }
        (None, None) => Some(name_from_ident(ident)),
    }
}

/// Declares a structure nested in requests or responses: builder, accessors, `validate()`, and
/// the wire form both ways. Keys: `rename_all = "PascalCase"`, and `output` for a structure only
/// answers hold (an operation's output, or a shape nested only in outputs): it is read, never
/// built or validated, so it gets no builder and no `validate()`, and costs about half as much to
/// compile. Members take the attributes the `ecr-macros` crate documentation lists.
#[proc_macro_attribute]
pub fn aws_shape(args: TokenStream, input: TokenStream) -> TokenStream {
    expand_struct(args.into(), input.into(), "aws_shape", |cx, args, s| {
        let mut rename_all = None;
        let mut output = false;
        ast::parse_container_args(
            cx,
            args,
            "aws_shape",
            &[RENAME_ALL, OUTPUT],
            |_, key, input| {
                if key == OUTPUT {
                    output = true;
                    if input.peek(syn::Token![=]) || input.peek(syn::token::Paren) {
                        return Err(input.error(
                            "`output` takes no value: write `#[aws_shape(output)]` for a \
                             structure only answers hold",
                        ));
                    }
                } else {
                    rename_all = Some(ast::parse_rename_all(input)?);
                }
                Ok(())
            },
        );
        if let Some(case) = rename_all {
            s.rename_all(case);
        }
        if output {
            expand::output_shape
        } else {
            expand::shape
        }
    })
}

/// Declares an exception shape, read from an error response whose code is the structure's name
/// (or `code = "..."`). Its `message` member is filled from the response's message. Keys:
/// `code = "..."`, `rename_all = "PascalCase"`.
#[proc_macro_attribute]
pub fn aws_error(args: TokenStream, input: TokenStream) -> TokenStream {
    expand_struct(args.into(), input.into(), "aws_error", |cx, args, s| {
        let mut parsed = ErrorArgs::default();
        let mut rename_all = None;
        ast::parse_container_args(
            cx,
            args,
            "aws_error",
            &[CODE, RENAME_ALL],
            |_, key, input| {
                if key == RENAME_ALL {
                    rename_all = Some(ast::parse_rename_all(input)?);
                } else {
                    parsed.code = Some(ast::parse_str_value(input, key)?);
                }
                Ok(())
            },
        );
        if let Some(case) = rename_all {
            s.rename_all(case);
        }
        let code = parsed
            .code
            .map(|c| c.value())
            .unwrap_or_else(|| s.ident.to_string());
        move |s: &Struct| expand::exception(s, &code)
    })
}

/// Declares a service on a unit structure: `id = "DynamoDB"` (the service id;
/// `AWS_ENDPOINT_URL_<ID>` is made from it), `endpoint_prefix = "dynamodb"` (the first label of its
/// regional endpoint), `signing_name` (SigV4; the endpoint prefix when omitted), `protocol =
/// "json-1.0"` or `"json-1.1"`, `target_prefix = "DynamoDB_20120810"` (the `X-Amz-Target` before
/// the dot), and optionally `endpoint_rules = "path/to/endpoint-rule-set-1.json"` (relative to
/// the crate's `Cargo.toml`). Operations name it with `#[aws_operation(service = Type)]`, and
/// `Client::new(Type, &config)` makes a client of it.
#[proc_macro_attribute]
pub fn aws_service(args: TokenStream, input: TokenStream) -> TokenStream {
    service::expand(args.into(), input.into()).into()
}

/// Declares a string enum of unit variants; `#[rename("VALUE")]` gives a variant's wire value
/// (the variant's name by default). An `Unknown(String)` variant is added to keep values newer
/// than the declaration.
#[proc_macro_attribute]
pub fn aws_enum(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut cx = Ctxt::default();
    ast::parse_container_args(&mut cx, args.into(), "aws_enum", &[], |_, _, _| Ok(()));
    let item = match syn::parse::<Item>(input) {
        Ok(Item::Enum(item)) => item,
        Ok(other) => {
            return syn::Error::new_spanned(
                other,
                "#[aws_enum] applies to an enum of unit variants",
            )
            .to_compile_error()
            .into();
        }
        Err(err) => return err.to_compile_error().into(),
    };
    let expanded = enumeration::expand(&mut cx, &item);
    match cx.check() {
        Ok(()) => expanded.into(),
        Err(err) => {
            let errors = ctxt::to_compile_errors(err);
            // The enum as declared, without what the errors are about: the macro's attributes,
            // derives it would implement, generics no variant uses.
            let mut plain = item.clone();
            for v in &mut plain.variants {
                v.attrs.retain(|a| a.path() != RENAME);
            }
            plain.generics = syn::Generics::default();
            plain.attrs = ast::strip_derives(
                &mut Ctxt::default(),
                &plain.attrs,
                "aws_enum",
                &enumeration::ENUM_TRAITS,
            );
            quote!(#plain #errors).into()
        }
    }
}

/// The shared path of the structure macros: parse, read arguments, check, then expand. A faulty
/// declaration still expands (without its constraints) beside every error found, so that the
/// rest of the crate sees the generated items; one that cannot (a tuple struct, generics) is
/// emitted as written, without the macro's attributes.
fn expand_struct<F, E>(
    args: TokenStream2,
    input: TokenStream2,
    macro_name: &str,
    read_args: F,
) -> TokenStream
where
    F: FnOnce(&mut Ctxt, TokenStream2, &mut Struct) -> E,
    E: FnOnce(&Struct) -> TokenStream2,
{
    let item = match syn::parse2::<Item>(input) {
        Ok(Item::Struct(item)) => item,
        Ok(other) => {
            return syn::Error::new_spanned(
                other,
                format!("#[{macro_name}] applies to a structure with named fields"),
            )
            .to_compile_error()
            .into();
        }
        Err(err) => return err.to_compile_error().into(),
    };
    let mut cx = Ctxt::default();
    let mut s = Struct::from_item(&mut cx, &item, macro_name);
    let expand = read_args(&mut cx, args, &mut s);
    valid::check_struct(&mut cx, &s);
    let cx_expandable = cx.expandable();
    match cx.check() {
        Ok(()) => expand(&s).into(),
        Err(err) if s.usable && cx_expandable => {
            let errors = ctxt::to_compile_errors(err);
            let expanded = expand(&s.without_constraints());
            quote!(#expanded #errors).into()
        }
        Err(err) => fallback(&item, err).into(),
    }
}

/// The structure as declared, without the macro's member attributes, beside the errors.
fn fallback(item: &ItemStruct, err: syn::Error) -> TokenStream2 {
    let mut plain = item.clone();
    for field in plain.fields.iter_mut() {
        field
            .attrs
            .retain(|a| !MEMBER_ATTRIBUTES.iter().any(|s| a.path() == *s));
    }
    let errors = ctxt::to_compile_errors(err);
    quote!(#plain #errors)
}
