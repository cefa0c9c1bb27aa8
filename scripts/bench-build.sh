#!/usr/bin/env bash
# Build cost and binary size, ecr next to the official SDK, on this machine:
#   - the `ecr` crate alone (its dependencies built) and `aws-sdk-ecr` alone, release and debug;
#   - the `batch_get_image` example and the SDK's one-call equivalent (bench/sdk-one-call) from
#     scratch (an empty target directory), release and debug;
#   - both programs' release binaries, stripped.
# Runs are interleaved (ours, theirs, ours, ...) and the table gives medians; debug builds are
# not incremental, as cargo builds a dependency. Writes the table into BENCHMARKS.md between
# <!-- build:begin --> and <!-- build:end -->.
#
#   scripts/bench-build.sh                 # 3 runs of the crates alone, 1 from scratch
#   BENCH_ALONE_RUNS=5 BENCH_SCRATCH_RUNS=2 scripts/bench-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
alone_runs=${BENCH_ALONE_RUNS:-3}
scratch_runs=${BENCH_SCRATCH_RUNS:-1}
work=${BENCH_BUILD_DIR:-/tmp/ecr-bench-build}
mkdir -p "$work"
results="$work/results.tsv"
: > "$results"
export CARGO_INCREMENTAL=0

# timed KIND WHAT PROFILE -- command...: times the command, appends a row.
timed() {
  local kind=$1 what=$2 profile=$3
  shift 4
  local start end seconds
  start=$(date +%s%N)
  "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  end=$(date +%s%N)
  seconds=$(( (end - start) / 1000000 ))
  seconds="$((seconds / 1000)).$(printf '%03d' $((seconds % 1000)))"
  printf '%s\t%s\t%s\t%s\n' "$kind" "$what" "$profile" "$seconds" >> "$results"
  echo "  $kind $what $profile: $seconds s"
}

flag() { [ "$1" = release ] && echo --release || true; }

echo "== dependencies first (not timed)"
cargo fetch --quiet
(cd bench && cargo fetch --quiet)
for profile in release debug; do
  cargo build --quiet $(flag $profile) -p ecr --target-dir "$work/ours"
  (cd bench && cargo build --quiet $(flag $profile) -p aws-sdk-ecr --target-dir "$work/sdk")
done

echo "== each crate alone, $alone_runs runs"
for run in $(seq "$alone_runs"); do
  for profile in release debug; do
    cargo clean --quiet $(flag $profile) -p ecr --target-dir "$work/ours"
    timed alone ecr "$profile" -- cargo build $(flag $profile) -p ecr --target-dir "$work/ours"
    (cd bench && cargo clean --quiet $(flag $profile) -p aws-sdk-ecr --target-dir "$work/sdk")
    timed alone aws-sdk-ecr "$profile" -- \
      cargo build $(flag $profile) -p aws-sdk-ecr --manifest-path bench/Cargo.toml --target-dir "$work/sdk"
  done
done

echo "== one-call programs from scratch, $scratch_runs runs"
for run in $(seq "$scratch_runs"); do
  for profile in release debug; do
    rm -rf "$work/scratch-ours" "$work/scratch-sdk"
    timed scratch batch_get_image "$profile" -- \
      cargo build $(flag $profile) -p examples --example batch_get_image --target-dir "$work/scratch-ours"
    timed scratch sdk-one-call "$profile" -- \
      cargo build $(flag $profile) -p sdk-one-call --manifest-path bench/Cargo.toml --target-dir "$work/scratch-sdk"
    if [ "$profile" = release ]; then
      printf 'size\tbatch_get_image\trelease\t%s\n' "$(stat -c %s "$work/scratch-ours/release/examples/batch_get_image")" >> "$results"
      printf 'size\tsdk-one-call\trelease\t%s\n' "$(stat -c %s "$work/scratch-sdk/release/sdk-one-call")" >> "$results"
    fi
  done
done
rm -rf "$work/scratch-ours" "$work/scratch-sdk"

python3 - "$results" "$root/BENCHMARKS.md" <<'EOF'
import statistics, sys, re, pathlib
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
values = {}
for kind, what, profile, value in rows:
    values.setdefault((kind, what, profile), []).append(float(value))
def med(kind, what, profile):
    v = values.get((kind, what, profile))
    return statistics.median(v) if v else None
def runs(kind, what, profile):
    return ", ".join(f"{x:.1f}" for x in values.get((kind, what, profile), []))
lines = [
    "| build | ecr | aws-sdk-ecr | SDK / ecr |",
    "|---|---|---|---|",
]
for kind, ours, theirs, label in [
    ("alone", "ecr", "aws-sdk-ecr", "the crate alone"),
    ("scratch", "batch_get_image", "sdk-one-call", "one-call program from scratch"),
]:
    for profile in ("release", "debug"):
        a, b = med(kind, ours, profile), med(kind, theirs, profile)
        if a is None or b is None:
            continue
        lines.append(
            f"| {label}, {profile} | {a:.1f} s ({runs(kind, ours, profile)}) "
            f"| {b:.1f} s ({runs(kind, theirs, profile)}) | {b / a:.2f}× |"
        )
a, b = med("size", "batch_get_image", "release"), med("size", "sdk-one-call", "release")
if a and b:
    lines.append(
        f"| one-call program's binary, release, stripped | {a / 1048576:.2f} MiB ({int(a):,} B) "
        f"| {b / 1048576:.2f} MiB ({int(b):,} B) | {b / a:.2f}× |"
    )
table = "\n".join(lines)
print(table)
path = pathlib.Path(sys.argv[2])
text = path.read_text() if path.exists() else "# Benchmarks\n"
block = f"<!-- build:begin -->\n{table}\n<!-- build:end -->"
if "<!-- build:begin -->" in text:
    text = re.sub(r"<!-- build:begin -->.*?<!-- build:end -->", lambda _: block, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n## Build time and binary size\n\n" + block + "\n"
path.write_text(text)
EOF
