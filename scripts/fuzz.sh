#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for N seconds each (default 60) and prints libFuzzer's
# final stats line per target. Needs `cargo install cargo-fuzz`; works on stable through
# RUSTC_BOOTSTRAP=1 (set here), or set FUZZ_TOOLCHAIN=nightly to use a nightly toolchain.
# Usage: scripts/fuzz.sh [seconds] [target...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(parse_error parse_output rules)
fi
if [ -n "${FUZZ_TOOLCHAIN:-}" ]; then
  cargo_fuzz=(cargo "+$FUZZ_TOOLCHAIN" fuzz)
else
  export RUSTC_BOOTSTRAP=1
  cargo_fuzz=(cargo fuzz)
fi
# Extra cargo-fuzz flags, e.g. FUZZ_FLAGS="--sanitizer none" where the ASan runtime is missing.
read -r -a extra <<<"${FUZZ_FLAGS:-}"
mkdir -p logs
status=0
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target" "seeds/$target"
  # The rule engine starts from ECR's own rule set (copied in the corpus, not kept twice).
  if [ "$target" = rules ]; then cp ../ecr/model/endpoint-rule-set-1.json "corpus/rules/ecr.json"; fi
  log="logs/$target.log"
  echo "== $target (${seconds}s, log in fuzz/$log)"
  if "${cargo_fuzz[@]}" run "${extra[@]}" "$target" "$PWD/corpus/$target" "$PWD/seeds/$target" -- \
    -max_total_time="$seconds" -max_len=131072 -print_final_stats=1 >"$log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" || tail -n 5 "$log"
  else
    status=1
    echo "!! $target failed: crash input (if any) under fuzz/artifacts/$target/"
    grep -E 'panicked at|^SUMMARY|Test unit written to|^Base64' "$log" || tail -n 20 "$log"
  fi
done
exit "$status"
