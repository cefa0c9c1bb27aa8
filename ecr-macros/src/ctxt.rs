//! Collects every error found while reading a declaration, so that one build reports all of them.

use proc_macro2::TokenStream;
use quote::ToTokens;
use std::fmt::Display;

/// An error sink handed to every stage of parsing and checking.
#[derive(Default)]
pub struct Ctxt {
    errors: Vec<syn::Error>,
    unexpandable: bool,
}

impl Ctxt {
    /// Records an error spanning the given tokens.
    pub fn error_spanned_by<T: ToTokens, M: Display>(&mut self, tokens: T, message: M) {
        self.errors.push(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error that already carries its span.
    pub fn syn_error(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Notes an error after which an expansion would itself fail to compile (two items of one
    /// name), so that only the declaration as written is emitted beside the errors.
    pub fn mark_unexpandable(&mut self) {
        self.unexpandable = true;
    }

    /// Whether an expansion may stand beside the errors.
    pub fn expandable(&self) -> bool {
        !self.unexpandable
    }

    /// Consumes the context: `Ok` when nothing was recorded, otherwise every error combined.
    pub fn check(self) -> Result<(), syn::Error> {
        let mut errors = self.errors.into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for rest in errors {
            combined.combine(rest);
        }
        Err(combined)
    }
}

/// Renders a combined error as `compile_error!` invocations.
pub fn to_compile_errors(error: syn::Error) -> TokenStream {
    error.to_compile_error()
}
