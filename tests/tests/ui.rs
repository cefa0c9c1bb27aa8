//! Compile-fail tests of the declaration macros: each misuse is an error at the offending tokens.
#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/**/*.rs");
    t.pass("ui-pass/*.rs");
}
