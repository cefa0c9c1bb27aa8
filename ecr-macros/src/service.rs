//! `#[aws_service]`: a unit structure that names a service and carries what its operations share.

use crate::ast;
use crate::ctxt::Ctxt;
use crate::expand;
use crate::symbol::*;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Fields, Item, LitStr};

/// What `#[aws_service]` derives itself; a derive of one would conflict.
const SERVICE_TRAITS: [&str; 7] = [
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "PartialEq",
    "Eq",
    "Hash",
];

/// The arguments of `#[aws_service(...)]`.
#[derive(Default)]
struct ServiceArgs {
    id: Option<LitStr>,
    signing_name: Option<LitStr>,
    endpoint_prefix: Option<LitStr>,
    protocol: Option<LitStr>,
    target_prefix: Option<LitStr>,
    endpoint_rules: Option<LitStr>,
}

/// Parses, checks and expands `#[aws_service(...)]` on `input`.
pub fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut cx = Ctxt::default();
    let mut parsed = ServiceArgs::default();
    // Keys written, whether or not their value parsed: a key whose value is wrong is not missing.
    let mut written: Vec<String> = Vec::new();
    ast::parse_container_args(
        &mut cx,
        args,
        "aws_service",
        &[
            ID,
            SIGNING_NAME,
            ENDPOINT_PREFIX,
            PROTOCOL,
            TARGET_PREFIX,
            ENDPOINT_RULES,
        ],
        |_, key, input| {
            written.push(key.to_string());
            let value = Some(ast::parse_str_value(input, key)?);
            let slot = if key == ID {
                &mut parsed.id
            } else if key == SIGNING_NAME {
                &mut parsed.signing_name
            } else if key == ENDPOINT_PREFIX {
                &mut parsed.endpoint_prefix
            } else if key == PROTOCOL {
                &mut parsed.protocol
            } else if key == TARGET_PREFIX {
                &mut parsed.target_prefix
            } else {
                &mut parsed.endpoint_rules
            };
            *slot = value;
            Ok(())
        },
    );
    let item = match syn::parse2::<Item>(input) {
        Ok(Item::Struct(item)) if matches!(item.fields, Fields::Unit) => item,
        Ok(Item::Struct(item)) if item.fields.is_empty() => item,
        Ok(other) => {
            cx.error_spanned_by(
                &other,
                "#[aws_service] applies to a unit structure: `pub struct DynamoDb;`",
            );
            return with_errors(cx, quote!(#other));
        }
        Err(err) => return err.to_compile_error(),
    };
    if !item.generics.params.is_empty() {
        cx.error_spanned_by(
            &item.generics,
            "a service type takes no generic parameters: remove them",
        );
        let mut plain = item.clone();
        plain.generics = syn::Generics::default();
        return with_errors(cx, quote!(#plain));
    }
    let attrs = ast::strip_derives(&mut cx, &item.attrs, "aws_service", &SERVICE_TRAITS);

    let required = |cx: &mut Ctxt, value: &Option<LitStr>, key: Symbol, example: &str| {
        if value.is_none() && !written.iter().any(|w| w == key.0) {
            cx.syn_error(syn::Error::new(
                Span::call_site(),
                format!(
                    "missing `{key} = \"...\"`: {example} (the service model's metadata gives it)"
                ),
            ));
        }
    };
    required(
        &mut cx,
        &parsed.id,
        ID,
        "the service id, e.g. id = \"DynamoDB\"; `AWS_ENDPOINT_URL_<ID>` is made from it",
    );
    required(
        &mut cx,
        &parsed.endpoint_prefix,
        ENDPOINT_PREFIX,
        "the first label of the regional endpoint's host, e.g. endpoint_prefix = \"dynamodb\"",
    );
    required(
        &mut cx,
        &parsed.protocol,
        PROTOCOL,
        "the wire protocol, protocol = \"json-1.0\" or \"json-1.1\"",
    );
    required(
        &mut cx,
        &parsed.target_prefix,
        TARGET_PREFIX,
        "the part of X-Amz-Target before the dot, e.g. target_prefix = \"DynamoDB_20120810\"",
    );

    check_text(
        &mut cx,
        parsed.id.as_ref(),
        "a service id",
        "letters, digits, spaces and `-`, e.g. \"CloudWatch Logs\"",
        |c| c.is_ascii_alphanumeric() || c == ' ' || c == '-',
    );
    check_text(
        &mut cx,
        parsed.endpoint_prefix.as_ref(),
        "an endpoint prefix",
        "host labels: letters, digits, `-` and `.`, e.g. \"api.ecr\"",
        |c| c.is_ascii_alphanumeric() || c == '-' || c == '.',
    );
    check_text(
        &mut cx,
        parsed.signing_name.as_ref(),
        "a signing name",
        "letters, digits, `-`, `_` and `.`, e.g. \"ecr\"",
        |c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.',
    );
    check_text(
        &mut cx,
        parsed.target_prefix.as_ref(),
        "a target prefix",
        "letters, digits, `_`, `.` and `-`, e.g. \"DynamoDB_20120810\"",
        |c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-',
    );
    let protocol = parsed
        .protocol
        .as_ref()
        .and_then(|lit| match expand::protocol_tokens(lit) {
            Some(tokens) => Some(tokens),
            None => {
                cx.error_spanned_by(
                    lit,
                    format!(
                        "unknown protocol `{}`: expected \"json-1.0\" or \"json-1.1\"",
                        lit.value()
                    ),
                );
                None
            }
        });
    if let Some(rules) = &parsed.endpoint_rules
        && !rules.value().ends_with(".json")
    {
        cx.error_spanned_by(
            rules,
            "endpoint_rules names the service's rule set, a `.json` file, by its path relative \
             to the crate's Cargo.toml: e.g. endpoint_rules = \"model/endpoint-rule-set-1.json\"",
        );
    }

    // A faulty declaration still expands, with stand-ins for what is missing, so that the
    // operations declared for the service report nothing further.
    let ident = &item.ident;
    let stand_in = || LitStr::new(&ident.to_string(), ident.span());
    let id = parsed.id.clone().unwrap_or_else(stand_in);
    let prefix = parsed.endpoint_prefix.clone().unwrap_or_else(stand_in);
    let target_prefix = parsed.target_prefix.clone().unwrap_or_else(stand_in);
    let protocol = protocol.unwrap_or_else(|| quote!(::ecr_runtime::Protocol::AwsJson1_1));
    let signing = parsed.signing_name.as_ref().unwrap_or(&prefix);
    let rules = match &parsed.endpoint_rules {
        Some(path) if path.value().ends_with(".json") => Some(quote! {
            .with_endpoint_rules(::core::include_str!(::core::concat!(
                ::core::env!("CARGO_MANIFEST_DIR"), "/", #path
            )))
        }),
        _ => None,
    };
    let mut plain = item.clone();
    plain.attrs = attrs;
    plain.fields = Fields::Unit;
    plain.semi_token = Some(Default::default());
    let expanded = quote! {
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        #plain

        impl ::ecr_runtime::Service for #ident {
            const INFO: ::ecr_runtime::ServiceInfo =
                ::ecr_runtime::ServiceInfo::new(#id, #signing, #prefix) #rules;
            const PROTOCOL: ::ecr_runtime::Protocol = #protocol;
            const TARGET_PREFIX: &'static str = #target_prefix;
        }

        impl ::core::convert::From<#ident> for ::ecr_runtime::ServiceInfo {
            #[inline]
            fn from(_: #ident) -> Self {
                <#ident as ::ecr_runtime::Service>::INFO
            }
        }
    };
    with_errors(cx, expanded)
}

/// Reports a value that is empty or has a character `allowed` refuses.
fn check_text(
    cx: &mut Ctxt,
    lit: Option<&LitStr>,
    what: &str,
    allowed_text: &str,
    allowed: impl Fn(char) -> bool,
) {
    let Some(lit) = lit else { return };
    let value = lit.value();
    if value.is_empty() {
        cx.error_spanned_by(
            lit,
            format!("{what} cannot be empty: copy it from the model's metadata ({allowed_text})"),
        );
    } else if let Some(c) = value.chars().find(|c| !allowed(*c)) {
        cx.error_spanned_by(
            lit,
            format!(
                "`{value}` is not {what}: `{c}` is not allowed in it ({allowed_text}); copy it \
                 from the model's metadata"
            ),
        );
    }
}

/// The item as written, beside every error recorded.
fn with_errors(cx: Ctxt, item: TokenStream) -> TokenStream {
    match cx.check() {
        Ok(()) => item,
        Err(err) => {
            let errors = err.to_compile_error();
            quote!(#item #errors)
        }
    }
}
