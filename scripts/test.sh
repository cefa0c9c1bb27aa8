#!/usr/bin/env bash
# Every check and every test: formatting, lints, the generated declarations, rustdoc, the unit,
# wire, end-to-end (moto) and compile-fail suites, and the doc tests. Installs moto first when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/moto-env.sh

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== the generator: its tests, its lints, and the checked-in declarations it would write"
(cd xtask && cargo fmt --check && cargo clippy --all-targets --quiet -- -D warnings && cargo test --quiet)
cargo xtask codegen --check
echo "== rustdoc, warnings denied"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet
echo "== build the example programs (the end-to-end tests run them)"
cargo build -p examples --examples
echo "== doc tests"
cargo test --workspace --doc
echo "== tests"
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --no-fail-fast
else
  cargo test --workspace --no-fail-fast --all-targets
fi
