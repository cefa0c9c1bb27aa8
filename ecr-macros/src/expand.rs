//! Code generation. Generated code reaches the runtime through absolute `::ecr_runtime` paths:
//! its public API, and `__private` for what only generated code calls.

use crate::ast::{Constraints, Kind, Member, OperationArgs, Struct};
use crate::case;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, LitStr};

fn rt() -> TokenStream {
    quote!(::ecr_runtime::__private)
}

/// The struct as the user wrote it, without the macro's member attributes.
pub fn struct_def(s: &Struct, extra_fields: TokenStream) -> TokenStream {
    let attrs = &s.attrs;
    let vis = &s.vis;
    let ident = &s.ident;
    let fields = s.members.iter().map(|m| {
        let attrs = &m.attrs;
        let vis = &m.vis;
        let ident = &m.ident;
        let ty = &m.ty;
        quote!(#(#attrs)* #vis #ident: #ty,)
    });
    quote! {
        #(#attrs)*
        #[derive(Clone, PartialEq)]
        #vis struct #ident {
            #(#fields)*
            #extra_fields
        }
    }
}

fn docs(m: &Member) -> Vec<&syn::Attribute> {
    m.attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .collect()
}

/// `Debug` with `#[sensitive]` members hidden. `all_optional`: every field is an `Option` (a
/// builder's fields are).
fn debug_impl(
    ident: &Ident,
    members: &[Member],
    generics: TokenStream,
    name: &str,
    extra: TokenStream,
    all_optional: bool,
) -> TokenStream {
    let r = rt();
    let fields = members.iter().map(|m| {
        let id = &m.ident;
        let label = id.to_string();
        let label = label.strip_prefix("r#").unwrap_or(&label);
        if m.sensitive && (all_optional || m.mty.optional) {
            quote!(.field(#label, &#r::Redacted::of(&self.#id)))
        } else if m.sensitive {
            quote!(.field(#label, &#r::Redacted::SET))
        } else {
            quote!(.field(#label, &self.#id))
        }
    });
    quote! {
        impl #generics ::core::fmt::Debug for #ident #generics {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(#name) #(#fields)* #extra .finish()
            }
        }
    }
}

fn default_expr(m: &Member) -> TokenStream {
    if !m.mty.optional && m.mty.kind == Kind::Timestamp {
        let r = rt();
        quote!(#r::default_timestamp())
    } else {
        quote!(::core::default::Default::default())
    }
}

fn default_impl(s: &Struct, extra: TokenStream) -> TokenStream {
    let ident = &s.ident;
    let fields = s.members.iter().map(|m| {
        let id = &m.ident;
        let value = default_expr(m);
        quote!(#id: #value,)
    });
    quote! {
        impl ::core::default::Default for #ident {
            #[inline]
            fn default() -> Self {
                Self { #(#fields)* #extra }
            }
        }
    }
}

/// How a value of this member is wrapped to be written.
fn ser_value(m: &Member, value: TokenStream) -> TokenStream {
    let r = rt();
    match m.mty.kind {
        Kind::Timestamp => quote!(&#r::SerTimestamp(#value)),
        Kind::Blob => quote!(&#r::SerBlob(#value)),
        Kind::Float => quote!(&#r::SerFloat(::core::convert::Into::<f64>::into(*#value))),
        _ => value,
    }
}

pub fn serialize_impl(s: &Struct) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    let name = ident.to_string();
    let count = s.members.len();
    let fields = s.members.iter().map(|m| {
        let id = &m.ident;
        let wire = &m.wire;
        if m.mty.optional {
            let value = ser_value(m, quote!(__v));
            quote! {
                if let ::core::option::Option::Some(__v) = &self.#id {
                    __st.serialize_field(#wire, #value)?;
                }
            }
        } else {
            let value = ser_value(m, quote!(&self.#id));
            quote!(__st.serialize_field(#wire, #value)?;)
        }
    });
    quote! {
        impl #r::serde::Serialize for #ident {
            fn serialize<__S>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: #r::serde::Serializer,
            {
                use #r::serde::ser::SerializeStruct as _;
                let mut __st = __s.serialize_struct(#name, #count)?;
                #(#fields)*
                __st.end()
            }
        }
    }
}

/// `skip` names wire members that are filled from elsewhere (an exception's message).
pub fn deserialize_impl(s: &Struct, skip: &[&str]) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    let expecting = format!("a {} structure", ident);
    let arms = s
        .members
        .iter()
        .filter(|m| !skip.contains(&m.wire.as_str()))
        .map(|m| {
            let id = &m.ident;
            let wire = &m.wire;
            let inner = &m.mty.inner;
            // One generic call per member, the match's `?` once for all of them.
            let opt = m.mty.optional;
            let wire_form = match m.mty.kind {
                Kind::Timestamp => Some(quote!(#r::DeTimestamp)),
                Kind::Blob => Some(quote!(#r::DeBlob)),
                Kind::List => {
                    let elem = vec_elem(inner);
                    Some(quote!(#r::DeList<#elem>))
                }
                Kind::Map => Some(quote!(#r::DeMap<#inner>)),
                Kind::Float => {
                    // NaN and the infinities come as strings: through `DeFloat`, then cast.
                    let assign = if opt {
                        quote!(__out.#id = ::core::option::Option::Some(__v.0 as #inner);)
                    } else {
                        quote!(__out.#id = __v.0 as #inner;)
                    };
                    return quote! {
                        #wire => match __map.next_value::<::core::option::Option<#r::DeFloat>>() {
                            ::core::result::Result::Ok(::core::option::Option::Some(__v)) => {
                                #assign
                                ::core::result::Result::Ok(())
                            }
                            ::core::result::Result::Ok(::core::option::Option::None) => ::core::result::Result::Ok(()),
                            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
                        },
                    };
                }
                _ => None,
            };
            match (wire_form, opt) {
                (Some(w), false) => quote!(#wire => #r::read_wire::<_, #w>(&mut __map, &mut __out.#id),),
                (Some(w), true) => quote!(#wire => #r::read_wire_opt::<_, #w>(&mut __map, &mut __out.#id),),
                (None, false) => quote!(#wire => #r::read(&mut __map, &mut __out.#id),),
                (None, true) => quote!(#wire => #r::read_opt(&mut __map, &mut __out.#id),),
            }
        });
    quote! {
        impl<'de> #r::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(__d: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: #r::serde::Deserializer<'de>,
            {
                struct __Visitor;
                impl<'de> #r::serde::de::Visitor<'de> for __Visitor {
                    type Value = #ident;
                    #[inline]
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(#expecting)
                    }
                    fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<#ident, __A::Error>
                    where
                        __A: #r::serde::de::MapAccess<'de>,
                    {
                        let mut __out = <#ident as ::core::default::Default>::default();
                        while let ::core::option::Option::Some(__key) =
                            __map.next_key::<#r::FieldKey<'de>>()?
                        {
                            match __key.as_str() {
                                #(#arms)*
                                _ => #r::skip(&mut __map),
                            }?;
                        }
                        ::core::result::Result::Ok(__out)
                    }
                }
                __d.deserialize_map(__Visitor)
            }
        }
    }
}

fn check_fn_name(m: &Member) -> Ident {
    let name = m.ident.to_string();
    format_ident!("__check_{}", name.strip_prefix("r#").unwrap_or(&name))
}

/// Whether a member can hold something to check: a constraint, or a nested value.
fn needs_check(m: &Member) -> bool {
    !m.constraints.is_empty()
        || m.each.is_some()
        || m.keys.is_some()
        || m.values.is_some()
        || matches!(m.mty.kind, Kind::List | Kind::Map | Kind::Other)
}

fn bound_tokens(bound: &Option<crate::ast::Bound>) -> TokenStream {
    match bound {
        Some(b) => {
            let t = &b.tokens;
            quote!(::core::option::Option::Some(#t))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// A bound of a float member, written as a float whatever its literal was (`0` → `0.0`).
fn float_bound_tokens(bound: &Option<crate::ast::Bound>) -> TokenStream {
    match bound {
        Some(b) => {
            let lit = proc_macro2::Literal::f64_unsuffixed(b.value.abs());
            let sign = if b.value < 0.0 { quote!(-) } else { quote!() };
            quote!(::core::option::Option::Some(#sign #lit))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// The checks of one value `__v: &ty` against `constraints`.
fn level_checks(ty: &syn::Type, constraints: &Constraints, sensitive: bool) -> TokenStream {
    let r = rt();
    let span = ty.span();
    let mut body = TokenStream::new();
    if let Some(length) = &constraints.length {
        let min = bound_tokens(&length.min);
        let max = bound_tokens(&length.max);
        body.extend(
            quote_spanned!(span=> #r::check_length::<#ty>(__v, #min, #max, __path, __out);),
        );
    }
    if let Some(range) = &constraints.range
        && Kind::of(ty) == Kind::Other
    {
        // A declared type (an alias of a number): the bounds go as floats and the type
        // converts them, so a type that is no number gets one error, at the type.
        let (min, max) = (
            float_bound_tokens(&range.min),
            float_bound_tokens(&range.max),
        );
        body.extend(
            quote_spanned!(span=> #r::check_range_as::<#ty>(*__v, #min, #max, __path, __out);),
        );
    } else if let Some(range) = &constraints.range {
        let float = Kind::of(ty) == Kind::Float;
        let (min, max) = if float {
            (
                float_bound_tokens(&range.min),
                float_bound_tokens(&range.max),
            )
        } else {
            (bound_tokens(&range.min), bound_tokens(&range.max))
        };
        body.extend(
            quote_spanned!(span=> #r::check_range::<#ty>(*__v, #min, #max, __path, __out);),
        );
    }
    if let Some(pattern) = &constraints.pattern {
        body.extend(quote! {
            static __PATTERN: #r::Pattern = #r::Pattern::new(#pattern);
            #r::check_pattern(__v, &__PATTERN, #sensitive, __path, __out);
        });
    }
    body
}

/// One private function per checked member, shared by `validate` and the builder.
fn check_fns(s: &Struct) -> TokenStream {
    let r = rt();
    let fns = s.members.iter().filter(|m| needs_check(m)).map(|m| {
        let name = check_fn_name(m);
        let inner = &m.mty.inner;
        let mut body = level_checks(inner, &m.constraints, m.sensitive);
        if let (Some(each), Some(item)) = (&m.each, m.mty.item_type()) {
            let checks = level_checks(item, &each.constraints, m.sensitive);
            body.extend(quote! {
                for (__i, __item) in __v.iter().enumerate() {
                    __path.push_index(__i);
                    {
                        let __v = __item;
                        #checks
                    }
                    __path.pop();
                }
            });
        }
        if let Some((key, value)) = m.mty.key_value_types()
            && (m.keys.is_some() || m.values.is_some())
        {
            let key_checks = m
                .keys
                .as_ref()
                .map(|n| level_checks(key, &n.constraints, m.sensitive));
            let value_checks = m
                .values
                .as_ref()
                .map(|n| level_checks(value, &n.constraints, m.sensitive));
            // The key of a sensitive map is kept out of validation messages too.
            let key_label = if m.sensitive {
                quote!("**")
            } else {
                quote!(::core::convert::AsRef::<str>::as_ref(__key))
            };
            body.extend(quote! {
                for (__key, __value) in __v.iter() {
                    __path.push_key(#key_label);
                    {
                        let __v = __key;
                        #key_checks
                    }
                    {
                        let __v = __value;
                        #value_checks
                    }
                    __path.pop();
                }
            });
        }
        if matches!(m.mty.kind, Kind::List | Kind::Map | Kind::Other) {
            let span = inner.span();
            body.extend(quote_spanned!(span=> #r::Validate::validate_at(__v, __path, __out);));
        }
        quote! {
            #[doc(hidden)]
            #[allow(unused_variables)]
            #[inline]
            fn #name(__v: &#inner, __path: &mut #r::Path, __out: &mut #r::Violations) {
                #body
            }
        }
    });
    let ident = &s.ident;
    quote! {
        impl #ident {
            #(#fns)*
        }
    }
}

pub fn validate_impl(s: &Struct, name: &str) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    let checks = s.members.iter().filter(|m| needs_check(m)).map(|m| {
        let id = &m.ident;
        let wire = &m.wire;
        let f = check_fn_name(m);
        if m.mty.optional {
            quote! {
                if let ::core::option::Option::Some(__v) = &self.#id {
                    __path.push_field(#wire);
                    #ident::#f(__v, __path, __out);
                    __path.pop();
                }
            }
        } else {
            quote! {
                __path.push_field(#wire);
                #ident::#f(&self.#id, __path, __out);
                __path.pop();
            }
        }
    });
    let doc = format!(
        "Checks every constraint of this `{name}` and of the shapes it holds, and reports every \
         violation at once, each with its wire path."
    );
    let check_fns = check_fns(s);
    quote! {
        #check_fns
        impl #r::Validate for #ident {
            #[allow(unused_variables)]
            #[inline]
            fn validate_at(&self, __path: &mut #r::Path, __out: &mut #r::Violations) {
                #(#checks)*
            }
        }
        impl #ident {
            #[doc = #doc]
            #[inline]
            pub fn validate(&self) -> ::core::result::Result<(), ::ecr_runtime::ValidationError> {
                #r::validate_root(self, #name)
            }
        }
    }
}

/// Accessors: `&str` for strings, slices for lists, `Option<&T>` for optional shapes.
pub fn accessors(s: &Struct) -> TokenStream {
    let ident = &s.ident;
    let methods = s.members.iter().map(|m| {
        let id = &m.ident;
        let inner = &m.mty.inner;
        let docs = docs(m);
        let fallback = format!("The `{}` member.", m.wire);
        let docs = if docs.is_empty() {
            quote!(#[doc = #fallback])
        } else {
            quote!(#(#docs)*)
        };
        let kind = m.mty.kind;
        let (ret, body) = match (m.mty.optional, kind) {
            (true, Kind::String) => (
                quote!(::core::option::Option<&str>),
                quote!(self.#id.as_deref()),
            ),
            (false, Kind::String) => (quote!(&str), quote!(&self.#id)),
            (true, Kind::List) | (true, Kind::Blob) => {
                let elem = vec_elem(inner);
                (
                    quote!(&[#elem]),
                    quote!(self.#id.as_deref().unwrap_or_default()),
                )
            }
            (false, Kind::List) | (false, Kind::Blob) => {
                let elem = vec_elem(inner);
                (quote!(&[#elem]), quote!(&self.#id))
            }
            (true, k) if k.is_copy_scalar() => {
                (quote!(::core::option::Option<#inner>), quote!(self.#id))
            }
            (false, k) if k.is_copy_scalar() => (quote!(#inner), quote!(self.#id)),
            (true, _) => (
                quote!(::core::option::Option<&#inner>),
                quote!(self.#id.as_ref()),
            ),
            (false, _) => (quote!(&#inner), quote!(&self.#id)),
        };
        quote! {
            #docs
            #[inline]
            pub fn #id(&self) -> #ret {
                #body
            }
        }
    });
    quote! {
        impl #ident {
            #(#methods)*
        }
    }
}

fn vec_elem(ty: &syn::Type) -> TokenStream {
    if let syn::Type::Path(p) = ty
        && let Some(last) = p.path.segments.last()
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && let Some(syn::GenericArgument::Type(t)) = args.args.first()
    {
        return quote!(#t);
    }
    quote!(#ty)
}

fn map_kv(ty: &syn::Type) -> (TokenStream, TokenStream) {
    if let syn::Type::Path(p) = ty
        && let Some(last) = p.path.segments.last()
        && let syn::PathArguments::AngleBracketed(args) = &last.arguments
        && let (Some(syn::GenericArgument::Type(k)), Some(syn::GenericArgument::Type(v))) =
            (args.args.first(), args.args.get(1))
    {
        return (quote!(#k), quote!(#v));
    }
    (quote!(::std::string::String), quote!(::std::string::String))
}

/// What kind of builder to generate.
pub enum BuilderFor<'a> {
    /// A nested shape or an exception: `build()` only.
    Shape,
    /// An operation input: generic over a bound client, with `send()`.
    Operation {
        op_name: &'a str,
        output: TokenStream,
        error: &'a Ident,
    },
}

pub fn builder(s: &Struct, for_: BuilderFor<'_>, extra_init: TokenStream) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    let vis = &s.vis;
    let builder = format_ident!("{}Builder", ident);
    let is_op = matches!(for_, BuilderFor::Operation { .. });
    let (gen_decl, gen_use, client_field) = if is_op {
        (quote!(<__C = ()>), quote!(<__C>), quote!(__client: __C,))
    } else {
        (quote!(), quote!(), quote!())
    };
    let fields = s.members.iter().map(|m| {
        let id = &m.ident;
        let inner = &m.mty.inner;
        quote!(#id: ::core::option::Option<#inner>,)
    });
    let setters = s.members.iter().map(|m| {
        let id = &m.ident;
        let inner = &m.mty.inner;
        let docs = docs(m);
        let plain = id.to_string();
        let plain = plain.strip_prefix("r#").unwrap_or(&plain);
        let set = format_ident!("set_{}", plain);
        let get = format_ident!("get_{}", plain);
        let set_doc = format!("Sets or clears `{plain}`.");
        let get_doc = format!("The `{plain}` set so far.");
        let main = match m.mty.kind {
            Kind::List => {
                let elem = vec_elem(inner);
                let doc = format!("Appends one item to `{plain}`.");
                quote! {
                    #[doc = #doc]
                    #[doc = ""]
                    #(#docs)*
                    #[inline]
                    pub fn #id(mut self, item: impl ::core::convert::Into<#elem>) -> Self {
                        self.#id.get_or_insert_with(::std::vec::Vec::new).push(item.into());
                        self
                    }
                }
            }
            Kind::Map => {
                let (k, v) = map_kv(inner);
                let doc = format!("Inserts one entry into `{plain}`.");
                quote! {
                    #[doc = #doc]
                    #[doc = ""]
                    #(#docs)*
                    #[inline]
                    pub fn #id(
                        mut self,
                        key: impl ::core::convert::Into<#k>,
                        value: impl ::core::convert::Into<#v>,
                    ) -> Self {
                        self.#id.get_or_insert_with(::core::default::Default::default).insert(key.into(), value.into());
                        self
                    }
                }
            }
            _ => quote! {
                #(#docs)*
                #[inline]
                pub fn #id(mut self, value: impl ::core::convert::Into<#inner>) -> Self {
                    self.#id = ::core::option::Option::Some(value.into());
                    self
                }
            },
        };
        quote! {
            #main
            #[doc = #set_doc]
            #[inline]
            pub fn #set(mut self, value: ::core::option::Option<#inner>) -> Self {
                self.#id = value;
                self
            }
            #[doc = #get_doc]
            #[inline]
            pub fn #get(&self) -> &::core::option::Option<#inner> {
                &self.#id
            }
        }
    });

    let name = ident.to_string();
    // A request names its operation in errors, as `send` does.
    let error_name = match &for_ {
        BuilderFor::Operation { op_name, .. } => op_name.to_string(),
        BuilderFor::Shape => name.clone(),
    };
    let required: Vec<&Member> = s.members.iter().filter(|m| m.required()).collect();
    let build = if required.is_empty() {
        let inits = s.members.iter().map(|m| {
            let id = &m.ident;
            if m.mty.optional {
                quote!(#id: self.#id,)
            } else {
                let d = default_expr(m);
                quote!(#id: self.#id.unwrap_or_else(|| #d),)
            }
        });
        let doc = format!("Builds the `{name}`.");
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn build(self) -> #ident {
                #ident { #(#inits)* #extra_init }
            }
        }
    } else {
        let missing = required.iter().map(|m| {
            let id = &m.ident;
            let wire = &m.wire;
            quote! {
                if self.#id.is_none() {
                    __out.missing(#wire);
                }
            }
        });
        let req_ids: Vec<&Ident> = required.iter().map(|m| &m.ident).collect();
        let inits = s.members.iter().map(|m| {
            let id = &m.ident;
            if m.required() {
                quote!(#id,)
            } else {
                quote!(#id: self.#id,)
            }
        });
        let doc = format!(
            "Builds the `{name}`, or reports every required member that is missing. Constraints \
             are checked by `validate`, and by `send` unless the client turned validation off."
        );
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn build(self) -> ::core::result::Result<#ident, ::ecr_runtime::ValidationError> {
                let mut __out = #r::Violations::new();
                #(#missing)*
                match (#(self.#req_ids,)*) {
                    (#(::core::option::Option::Some(#req_ids),)*) => ::core::result::Result::Ok(#ident { #(#inits)* #extra_init }),
                    _ => ::core::result::Result::Err(__out.into_error(#error_name)),
                }
            }
        }
    };

    let builder_doc = format!("A builder for [`{name}`].");
    let ctor_doc = format!("A builder for a `{name}`.");

    let mut out = quote! {
        #[doc = #builder_doc]
        #[derive(Clone)]
        #vis struct #builder #gen_decl {
            #client_field
            #(#fields)*
        }
        impl #ident {
            #[doc = #ctor_doc]
            #[inline]
            pub fn builder() -> #builder {
                ::core::default::Default::default()
            }
        }
    };
    let default_fields = s.members.iter().map(|m| {
        let id = &m.ident;
        quote!(#id: ::core::option::Option::None,)
    });
    let (default_ty, client_init) = if is_op {
        (quote!(#builder<()>), quote!(__client: (),))
    } else {
        (quote!(#builder), quote!())
    };
    out.extend(quote! {
        impl ::core::default::Default for #default_ty {
            #[inline]
            fn default() -> Self {
                #builder { #client_init #(#default_fields)* }
            }
        }
    });
    out.extend(debug_impl(
        &builder,
        &s.members,
        gen_use,
        &format!("{name}Builder"),
        quote!(),
        true,
    ));

    if let BuilderFor::Operation {
        op_name,
        output,
        error,
    } = for_
    {
        let member_ids: Vec<&Ident> = s.members.iter().map(|m| &m.ident).collect();
        let checks = s.members.iter().map(|m| {
            let id = &m.ident;
            let wire = &m.wire;
            let missing = if m.required() {
                quote! {
                    else {
                        __out.missing(#wire);
                    }
                }
            } else {
                quote!()
            };
            if needs_check(m) {
                let f = check_fn_name(m);
                quote! {
                    if let ::core::option::Option::Some(__v) = &self.#id {
                        __path.push_field(#wire);
                        #ident::#f(__v, &mut __path, &mut __out);
                        __path.pop();
                    } #missing
                }
            } else if m.required() {
                quote! {
                    if self.#id.is_none() {
                        __out.missing(#wire);
                    }
                }
            } else {
                quote!()
            }
        });
        let parts_request = if required.is_empty() {
            quote!(::core::result::Result::Ok(__request))
        } else {
            quote!(__request)
        };
        let parts_doc = format!(
            "The client and the `{name}` the members set so far build: an error names every \
             required member that is missing. Constraints are not checked here: `send` checks \
             them, and so does `Client::send`. Paginators and waiters start from these parts."
        );
        let send_doc = format!(
            "Validates the request (unless the client turned validation off), sends it as \
             `{op_name}` and parses the answer. An invalid request is refused with every \
             violation and nothing is sent. The future is the runtime's, generic over the \
             operation: it is compiled where it is awaited."
        );
        out.extend(quote! {
            impl<__C> #builder<__C> {
                #(#setters)*
                #build
                #[doc = "Every missing required member and every broken constraint of the members set so far."]
                #[inline]
                pub fn violations(&self) -> #r::Violations {
                    let mut __out = #r::Violations::new();
                    let mut __path = #r::Path::new();
                    #(#checks)*
                    let _ = &mut __path;
                    __out
                }
            }
            impl #builder<()> {
                #[doc = "Binds the builder to a client (or a reference to one, which is cloned: clones share everything), which gives it `send`."]
                #[inline]
                pub fn with_client(self, client: impl ::core::convert::Into<::ecr_runtime::Client>) -> #builder<::ecr_runtime::Client> {
                    #builder { __client: client.into(), #(#member_ids: self.#member_ids,)* }
                }
            }
            impl #builder<::ecr_runtime::Client> {
                #[doc = #send_doc]
                #[inline]
                pub fn send(self) -> impl ::core::future::Future<Output = ::core::result::Result<#output, #error>> + ::core::marker::Send + 'static {
                    let __refused = if self.__client.validates_requests() {
                        let __violations = self.violations();
                        (!__violations.is_empty()).then(|| __violations.into_error(#op_name))
                    } else {
                        ::core::option::Option::None
                    };
                    let (__client, __request) = self.into_parts();
                    #r::send_parts(__client, __refused, __request)
                }
                #[doc = #parts_doc]
                #[inline]
                pub fn into_parts(self) -> (::ecr_runtime::Client, ::core::result::Result<#ident, ::ecr_runtime::ValidationError>) {
                    let #builder { __client, #(#member_ids,)* } = self;
                    let __request = #builder { __client: (), #(#member_ids,)* }.build();
                    (__client, #parts_request)
                }
            }
        });
    } else {
        out.extend(quote! {
            impl #builder {
                #(#setters)*
                #build
            }
        });
    }
    out
}

fn constraints_tokens(c: Option<&Constraints>) -> TokenStream {
    let schema = quote!(::ecr_runtime::schema);
    let Some(c) = c.filter(|c| !c.is_empty()) else {
        return quote!(#schema::Constraints::NONE);
    };
    let int = |b: &Option<crate::ast::Bound>| match b {
        Some(b) => {
            let lit = proc_macro2::Literal::u64_unsuffixed(b.value as u64);
            quote!(::core::option::Option::Some(#lit))
        }
        None => quote!(::core::option::Option::None),
    };
    let float = |b: &Option<crate::ast::Bound>| match b {
        Some(b) => {
            let lit = proc_macro2::Literal::f64_unsuffixed(b.value.abs());
            let sign = if b.value < 0.0 { quote!(-) } else { quote!() };
            quote!(::core::option::Option::Some(#sign #lit))
        }
        None => quote!(::core::option::Option::None),
    };
    let length = match &c.length {
        Some(l) => {
            let (min, max) = (int(&l.min), int(&l.max));
            quote!(::core::option::Option::Some((#min, #max)))
        }
        None => quote!(::core::option::Option::None),
    };
    let range = match &c.range {
        Some(r) => {
            let (min, max) = (float(&r.min), float(&r.max));
            quote!(::core::option::Option::Some((#min, #max)))
        }
        None => quote!(::core::option::Option::None),
    };
    let pattern = match &c.pattern {
        Some(p) => quote!(::core::option::Option::Some(#p)),
        None => quote!(::core::option::Option::None),
    };
    quote!(#schema::Constraints { length: #length, range: #range, pattern: #pattern })
}

/// The declaration as data (`ecr_runtime::schema`).
fn described_impl(s: &Struct, error_code: Option<&str>) -> TokenStream {
    let schema = quote!(::ecr_runtime::schema);
    let ident = &s.ident;
    let name = ident.to_string();
    let code = match error_code {
        Some(code) => quote!(::core::option::Option::Some(#code)),
        None => quote!(::core::option::Option::None),
    };
    let members = s.members.iter().map(|m| {
        let field = m.ident.to_string();
        let field = field.strip_prefix("r#").unwrap_or(&field);
        let wire = &m.wire;
        let required = m.required();
        let sensitive = m.sensitive;
        let inner = &m.mty.inner;
        let ty = if m.mty.kind == Kind::Blob {
            quote!(#schema::blob)
        } else {
            quote!(<#inner as #schema::Described>::type_schema)
        };
        // Only the constraints there are: the others come from the base, unconstrained.
        let mut constrained = Vec::new();
        for (key, c) in [
            ("constraints", Some(&m.constraints)),
            ("each", m.each.as_ref().map(|n| &n.constraints)),
            ("keys", m.keys.as_ref().map(|n| &n.constraints)),
            ("values", m.values.as_ref().map(|n| &n.constraints)),
        ] {
            if c.is_some_and(|c| !c.is_empty()) {
                let key = format_ident!("{}", key);
                let c = constraints_tokens(c);
                constrained.push(quote!(#key: #c,));
            }
        }
        quote! {
            #schema::MemberSchema {
                name: #field,
                wire: #wire,
                required: #required,
                sensitive: #sensitive,
                ty: #ty,
                #(#constrained)*
                ..#schema::MemberSchema::UNCONSTRAINED
            }
        }
    });
    quote! {
        impl #schema::Described for #ident {
            #[inline]
            fn type_schema() -> #schema::TypeSchema {
                static __SCHEMA: #schema::StructureSchema = #schema::StructureSchema {
                    name: #name,
                    error_code: #code,
                    members: &[#(#members),*],
                };
                #schema::TypeSchema::Structure(&__SCHEMA)
            }
        }
    }
}

/// Checks, at each member's type, that the type can be a member; and makes the structure one.
fn member_impls(s: &Struct) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    // Standard scalar types are members by nature: only the others need the check.
    let asserts = s.members.iter().filter(|m| {
        !matches!(
            m.mty.kind,
            Kind::String | Kind::Bool | Kind::Integer | Kind::Float | Kind::Timestamp | Kind::Blob
        )
    });
    let asserts = asserts.map(|m| {
        let inner = &m.mty.inner;
        quote_spanned!(inner.span()=> #r::assert_member::<#inner>();)
    });
    quote! {
        const _: () = {
            fn __assert_members() {
                #(#asserts)*
            }
        };
        impl #r::Member for #ident {}
    }
}

/// `#[aws_shape(output)]`: a shape only answers carry. It is read, so it has no builder and no
/// validation (its fields are public: a test builds one with a struct literal and
/// `..Default::default()`), which halves what it costs to compile.
pub fn output_shape(s: &Struct) -> TokenStream {
    let ident = &s.ident;
    let mut out = struct_def(s, quote!());
    out.extend(member_impls(s));
    out.extend(described_impl(s, None));
    out.extend(debug_impl(
        ident,
        &s.members,
        quote!(),
        &ident.to_string(),
        quote!(),
        false,
    ));
    out.extend(default_impl(s, quote!()));
    out.extend(serialize_impl(s));
    out.extend(deserialize_impl(s, &[]));
    out.extend(accessors(s));
    out
}

/// `#[aws_shape]`: what an output shape has, plus validation and a builder.
pub fn shape(s: &Struct) -> TokenStream {
    let mut out = output_shape(s);
    out.extend(validate_impl(s, &s.ident.to_string()));
    out.extend(builder(s, BuilderFor::Shape, quote!()));
    out
}

/// The protocol named by `protocol = "..."`.
pub fn protocol_tokens(lit: &LitStr) -> Option<TokenStream> {
    match lit.value().as_str() {
        "json-1.0" => Some(quote!(::ecr_runtime::Protocol::AwsJson1_0)),
        "json-1.1" => Some(quote!(::ecr_runtime::Protocol::AwsJson1_1)),
        _ => None,
    }
}

/// `#[aws_operation]`.
pub fn operation(
    s: &Struct,
    args: &OperationArgs,
    op_name: &str,
    protocol: TokenStream,
) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    let vis = &s.vis;
    let target = match (&args.target, &args.service) {
        (Some(target), _) => quote!(#target),
        (None, Some(service)) => {
            let name_len = op_name.len();
            quote_spanned! {service.span()=> {
                const PREFIX: &str = <#service as ::ecr_runtime::Service>::TARGET_PREFIX;
                const BYTES: [u8; PREFIX.len() + 1 + #name_len] =
                    ::ecr_runtime::__private::join_target(PREFIX, #op_name);
                ::ecr_runtime::__private::target_str(&BYTES)
            }}
        }
        (None, None) => quote!(""),
    };
    let service_id = match &args.service {
        Some(service) => quote!(::core::option::Option::Some(
            <#service as ::ecr_runtime::Service>::INFO.service_id
        )),
        None => quote!(::core::option::Option::None),
    };
    let output = match &args.output {
        Some(ty) => quote!(#ty),
        None => quote!(::ecr_runtime::Empty),
    };
    let error = format_ident!("{}Error", op_name);
    let errors = &args.errors;
    let mut out = struct_def(s, quote!());
    out.extend(member_impls(s));
    out.extend(described_impl(s, None));
    out.extend(debug_impl(
        ident,
        &s.members,
        quote!(),
        &ident.to_string(),
        quote!(),
        false,
    ));
    out.extend(default_impl(s, quote!()));
    out.extend(serialize_impl(s));
    // Requests read from JSON too: saved inputs (as `aws --cli-input-json` takes them), fixtures.
    out.extend(deserialize_impl(s, &[]));
    out.extend(validate_impl(s, op_name));
    out.extend(accessors(s));
    out.extend(builder(
        s,
        BuilderFor::Operation {
            op_name,
            output: output.clone(),
            error: &error,
        },
        quote!(),
    ));
    let send_doc = format!(
        "Sends this request as `{op_name}` with `client`: validates it first (unless the client \
         turned validation off), then signs, sends and parses the answer."
    );
    out.extend(quote! {
        impl ::ecr_runtime::Operation for #ident {
            type Output = #output;
            type Error = #error;
            const NAME: &'static str = #op_name;
            const TARGET: &'static str = #target;
            const PROTOCOL: ::ecr_runtime::Protocol = #protocol;
            const SERVICE_ID: ::core::option::Option<&'static str> = #service_id;
            const ERRORS: &'static [&'static str] = &[#(<#errors as #r::ServiceException>::CODE),*];
        }
        impl #ident {
            #[doc = #send_doc]
            pub async fn send(self, client: &::ecr_runtime::Client) -> ::core::result::Result<#output, #error> {
                client.send(self).await
            }
        }
    });
    out.extend(error_enum(vis, &error, op_name, &args.errors));
    let _ = r;
    out
}

/// The variants every operation error enum has.
pub const BUILT_IN_VARIANTS: [&str; 3] = ["Unmodeled", "Validation", "Runtime"];

/// `RepositoryNotFoundException` → `RepositoryNotFound`; the name is kept whole when the short
/// one would be a built-in variant (`ValidationException` stays `ValidationException`).
pub fn variant_name(path: &syn::Path) -> Ident {
    let last = &path.segments.last().expect("non-empty path").ident;
    let name = last.to_string();
    let short = name
        .strip_suffix("Exception")
        .filter(|s| !s.is_empty() && !BUILT_IN_VARIANTS.contains(s))
        .unwrap_or(&name);
    Ident::new(short, last.span())
}

fn error_enum(
    vis: &syn::Visibility,
    error: &Ident,
    op_name: &str,
    errors: &[syn::Path],
) -> TokenStream {
    let r = rt();
    let variants: Vec<Ident> = errors.iter().map(variant_name).collect();
    let decls = errors.iter().zip(&variants).map(|(path, v)| {
        let doc = format!(
            "The service answered `{}`.",
            quote!(#path).to_string().replace(' ', "")
        );
        quote!(#[doc = #doc] #v(#path),)
    });
    let is_methods = errors.iter().zip(&variants).map(|(_, v)| {
        let m = format_ident!("is_{}", case::snake(&v.to_string()));
        let doc = format!("Whether this is the `{v}` error.");
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #m(&self) -> bool {
                ::core::matches!(self, Self::#v(_))
            }
        }
    });
    let classify = errors.iter().zip(&variants).map(|(path, v)| {
        quote! {
            if __code == <#path as #r::ServiceException>::CODE {
                return Self::#v(<#path as #r::ServiceException>::from_service_error(__e));
            }
        }
    });
    let meta_arms = errors.iter().zip(&variants).map(|(path, v)| {
        quote!(Self::#v(e) => ::core::option::Option::Some(<#path as #r::ServiceException>::meta(e)),)
    });
    let display_arms = errors.iter().zip(&variants).map(|(path, v)| {
        quote_spanned!(path.span()=> Self::#v(e) => ::core::fmt::Display::fmt(<#path as #r::ServiceException>::as_error(e), f),)
    });
    let source_arms = errors.iter().zip(&variants).map(|(path, v)| {
        quote_spanned!(path.span()=> Self::#v(e) => <#path as #r::ServiceException>::as_error(e).source(),)
    });
    let doc = format!(
        "Every way `{op_name}` can fail: the errors its model lists, an error it does not list, \
         a request refused by validation, and failures outside the service."
    );
    quote! {
        #[doc = #doc]
        #[derive(Debug)]
        #[non_exhaustive]
        #vis enum #error {
            #(#decls)*
            /// A service error this operation's model does not list (for example
            /// `ThrottlingException` or `AccessDeniedException`), with its code, message and request id.
            Unmodeled(::ecr_runtime::ServiceError),
            /// The request broke its constraints and was not sent.
            Validation(::ecr_runtime::ValidationError),
            /// The call failed outside the service: credentials, endpoint, connection, timeout,
            /// or a response that could not be read.
            Runtime(::ecr_runtime::Error),
        }
        impl #error {
            #(#is_methods)*
            /// Whether the request was refused by validation, before anything was sent.
            #[inline]
            pub fn is_validation(&self) -> bool {
                ::core::matches!(self, Self::Validation(_))
            }
            /// What the service said, for a service error (modeled or not).
            #[inline]
            pub fn meta(&self) -> ::core::option::Option<&::ecr_runtime::ErrorMetadata> {
                match self {
                    #(#meta_arms)*
                    Self::Unmodeled(e) => ::core::option::Option::Some(e.meta()),
                    Self::Validation(_) | Self::Runtime(_) => ::core::option::Option::None,
                }
            }
            /// The service's error code, for a service error.
            #[inline]
            pub fn code(&self) -> ::core::option::Option<&str> {
                self.meta().map(|m| m.code())
            }
            /// The service's message, for a service error that carries one.
            #[inline]
            pub fn message(&self) -> ::core::option::Option<&str> {
                self.meta().and_then(|m| m.message())
            }
            /// The request id the service gave, when it gave one.
            #[inline]
            pub fn request_id(&self) -> ::core::option::Option<&str> {
                match self {
                    Self::Runtime(e) => e.request_id(),
                    _ => self.meta().and_then(|m| m.request_id()),
                }
            }
        }
        impl ::core::convert::From<::ecr_runtime::Error> for #error {
            #[inline]
            fn from(e: ::ecr_runtime::Error) -> Self {
                match e {
                    ::ecr_runtime::Error::Validation(v) => Self::Validation(v),
                    ::ecr_runtime::Error::Service(__e) => {
                        let __code = __e.code();
                        #(#classify)*
                        let _ = __code;
                        Self::Unmodeled(__e)
                    }
                    other => Self::Runtime(other),
                }
            }
        }
        impl ::core::fmt::Display for #error {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#display_arms)*
                    Self::Unmodeled(e) => ::core::fmt::Display::fmt(e, f),
                    Self::Validation(e) => ::core::fmt::Display::fmt(e, f),
                    Self::Runtime(e) => ::core::fmt::Display::fmt(e, f),
                }
            }
        }
        /// Transparent: `Display` is the inner error's, and so is `source`, so that a report
        /// walking the chain shows each message once.
        impl ::std::error::Error for #error {
            #[inline]
            fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    #(#source_arms)*
                    Self::Unmodeled(e) => ::std::error::Error::source(e),
                    Self::Validation(e) => ::std::error::Error::source(e),
                    Self::Runtime(e) => ::std::error::Error::source(e),
                }
            }
        }
    }
}

/// `#[aws_error]`.
pub fn exception(s: &Struct, code: &str) -> TokenStream {
    let r = rt();
    let ident = &s.ident;
    let meta_field = quote! {
        #[doc(hidden)]
        __meta: ::ecr_runtime::ErrorMetadata,
    };
    let message = s
        .members
        .iter()
        .find(|m| m.wire.eq_ignore_ascii_case("message"));
    let skip: Vec<&str> = message.iter().map(|m| m.wire.as_str()).collect();
    let set_message = match message {
        Some(m) => {
            let id = &m.ident;
            if m.mty.optional {
                quote!(__out.#id = __e.message().map(::std::string::String::from);)
            } else {
                quote!(__out.#id = __e.message().map(::std::string::String::from).unwrap_or_default();)
            }
        }
        None => quote!(),
    };
    let mut out = struct_def(s, meta_field);
    out.extend(member_impls(s));
    out.extend(described_impl(s, Some(code)));
    out.extend(debug_impl(
        ident,
        &s.members,
        quote!(),
        &ident.to_string(),
        quote!(.field("meta", &self.__meta)),
        false,
    ));
    out.extend(default_impl(
        s,
        quote!(__meta: ::core::default::Default::default(),),
    ));
    out.extend(serialize_impl(s));
    out.extend(deserialize_impl(s, &skip));
    out.extend(accessors(s));
    out.extend(builder(
        s,
        BuilderFor::Shape,
        quote!(__meta: ::core::default::Default::default(),),
    ));
    out.extend(quote! {
        impl #r::ServiceException for #ident {
            const CODE: &'static str = #code;
            #[inline]
            fn from_service_error(__e: ::ecr_runtime::ServiceError) -> Self {
                let mut __out: Self = #r::parse_error_body(&__e);
                #set_message
                __out.__meta = __e.into_meta();
                __out
            }
            #[inline]
            fn meta(&self) -> &::ecr_runtime::ErrorMetadata {
                &self.__meta
            }
        }
        impl #ident {
            /// What the service said: code, message, HTTP status and request id.
            #[inline]
            pub fn meta(&self) -> &::ecr_runtime::ErrorMetadata {
                &self.__meta
            }
        }
        impl ::core::fmt::Display for #ident {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                if self.__meta.code().is_empty() {
                    ::core::fmt::Display::fmt(&::ecr_runtime::ErrorMetadata::new(#code), f)
                } else {
                    ::core::fmt::Display::fmt(&self.__meta, f)
                }
            }
        }
        impl ::std::error::Error for #ident {}
    });
    out
}
