#!/usr/bin/env bash
# The load benchmark: ecr, a hand-written floor (reqwest + serde_json + aws-sigv4, no framework)
# and the official aws-sdk-ecr make the same BatchGetImage calls against nginx serving a canned
# answer on loopback. Each client runs BENCH_RUNS times (default 5) at concurrency 1 and 32,
# BENCH_CALLS calls per run (default 20000) after BENCH_WARMUP warm-up calls (default 500),
# interleaved (ecr, floor, sdk, ecr, ...). The medians and their ratios are printed as a
# Markdown table and written into BENCHMARKS.md between <!-- load:begin --> and
# <!-- load:end --> (the rest of the file is kept).
#
# Needs cargo, python3, curl, and nginx (nginx-light is installed with apt-get if missing).
# Usage: [BENCH_RUNS=5] [BENCH_CALLS=20000] [BENCH_WARMUP=500] scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${BENCH_RUNS:-5}"
CALLS="${BENCH_CALLS:-20000}"
WARMUP="${BENCH_WARMUP:-500}"
CONCURRENCIES=(1 32)
CLIENTS=(ecr floor sdk)
OUT=BENCHMARKS.md

# --- nginx -------------------------------------------------------------------------------------
PATH="$PATH:/usr/sbin:/sbin"
if ! command -v nginx >/dev/null; then
  echo "== installing nginx-light" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx-light
fi

# --- build -------------------------------------------------------------------------------------
echo "== building the load binaries (release)" >&2
# One build per client: features are unified only within a build, so each binary has its own
# client's dependency features, as a program using that client would.
for client in "${CLIENTS[@]}"; do
  cargo build --release --manifest-path bench/Cargo.toml -p "load-$client"
done
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps --manifest-path bench/Cargo.toml |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
BIN="$TARGET_DIR/release"

# --- start nginx -------------------------------------------------------------------------------
RUN_DIR=$(mktemp -d)
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ]; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
USER_DIRECTIVE="# (not root: the worker runs as the current user)"
if [ "$(id -u)" -eq 0 ]; then USER_DIRECTIVE="user root;"; fi
sed -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@PORT@|$PORT|g" -e "s|@ROOT@|$PWD/bench/nginx|g" \
  -e "s|@USER_DIRECTIVE@|$USER_DIRECTIVE|" bench/nginx/nginx.conf.in >"$RUN_DIR/nginx.conf"
nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e stderr &
NGINX_PID=$!
ENDPOINT="http://127.0.0.1:$PORT"

# Wait for it, and check that a signed-looking POST gets 200 and exactly the canned answer.
for _ in $(seq 50); do
  if curl -sf -o "$RUN_DIR/answer" -X POST \
    -H 'content-type: application/x-amz-json-1.1' \
    -H 'x-amz-target: AmazonEC2ContainerRegistry_V20150921.BatchGetImage' \
    --data '{"repositoryName":"bench/app","imageIds":[{"imageTag":"v1"},{"imageTag":"missing"}]}' \
    "$ENDPOINT/"; then
    break
  fi
  sleep 0.1
done
cmp -s "$RUN_DIR/answer" bench/nginx/batch-get-image.json ||
  { echo "nginx on $ENDPOINT does not answer the canned BatchGetImage response" >&2; exit 1; }
echo "== nginx $(nginx -v 2>&1 | sed 's|.*/||') serving on $ENDPOINT" >&2

# --- run ---------------------------------------------------------------------------------------
RESULTS="$RUN_DIR/results.jsonl"
for concurrency in "${CONCURRENCIES[@]}"; do
  for run in $(seq "$RUNS"); do
    for client in "${CLIENTS[@]}"; do
      line=$("$BIN/load-$client" --endpoint "$ENDPOINT" --calls "$CALLS" \
        --concurrency "$concurrency" --warmup "$WARMUP")
      echo "$line" >>"$RESULTS"
      echo "c=$concurrency run $run/$RUNS $line" >&2
    done
  done
done

# --- instructions per call (callgrind) ----------------------------------------------------------
# Repeatable where CPU time is not: user-space instructions per call at C=1, the difference of a
# 3000-call and a 1000-call run (which takes out start-up and warm-up) over 2000. Valgrind runs
# the threads one at a time and hides the CPU's SHA instructions (hashing takes sha2's portable
# path), which overstates hashing for every client alike. Skipped without valgrind, or with
# BENCH_CALLGRIND=0.
INSTRUCTIONS="$RUN_DIR/instructions.jsonl"
: >"$INSTRUCTIONS"
if [ "${BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null; then
  for client in "${CLIENTS[@]}"; do
    counts=()
    for calls in 1000 3000; do
      valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN/load-$client" \
        --endpoint "$ENDPOINT" --calls "$calls" --concurrency 1 --warmup 100 \
        >/dev/null 2>"$RUN_DIR/callgrind.log"
      counts+=("$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$RUN_DIR/callgrind.log")")
    done
    per_call=$(( (counts[1] - counts[0]) / 2000 ))
    echo "{\"client\":\"$client\",\"instructions_per_call\":$per_call}" >>"$INSTRUCTIONS"
    echo "instructions per call, $client: $per_call" >&2
  done
fi

# --- the framework's own per-call work (criterion) ---------------------------------------------
# bench/micro: build and validate a 100-id request, serialize it, sign it, parse a 100-image
# answer, each next to the floor doing the same. BENCH_MICRO=0 skips it.
MICRO="$RUN_DIR/micro.json"
echo '{}' >"$MICRO"
if [ "${BENCH_MICRO:-1}" != 0 ]; then
  echo "== criterion: bench/micro" >&2
  cargo bench --manifest-path bench/Cargo.toml -p micro --bench per_call -- \
    --warm-up-time 1 --measurement-time 4 --noplot >&2
  python3 - "$TARGET_DIR/criterion" "$MICRO" <<'PY'
import json, pathlib, sys
root, out = pathlib.Path(sys.argv[1]), sys.argv[2]
found = {}
for estimates in root.glob("*/*/new/estimates.json"):
    bench = json.loads((estimates.parent / "benchmark.json").read_text())
    found.setdefault(bench["group_id"], {})[bench["function_id"]] = json.loads(estimates.read_text())["median"]["point_estimate"]
json.dump(found, open(out, "w"))
PY
fi

# --- summarise ---------------------------------------------------------------------------------
FACTS="$(date -u +%Y-%m-%d), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(rustc -V), nginx $(nginx -v 2>&1 | sed 's|.*/||')"
python3 - "$RESULTS" "$OUT" "$RUNS" "$CALLS" "$WARMUP" "$FACTS" "$INSTRUCTIONS" "$MICRO" <<'PY'
import json, os, statistics, sys

results_path, out_path, runs, calls, warmup, facts, instructions_path, micro_path = sys.argv[1:]
micro = json.load(open(micro_path))
rows = [json.loads(line) for line in open(results_path)]
instructions = {r["client"]: r["instructions_per_call"] for r in map(json.loads, open(instructions_path))}
clients = ["ecr", "floor", "sdk"]
metrics = [
    ("cpu_us_per_call", "CPU µs/call", "{:.1f}"),
    ("calls_per_s", "calls/s", "{:.0f}"),
    ("max_rss_kib", "max RSS KiB", "{:.0f}"),
]
ratios = [("ecr", "floor"), ("sdk", "floor"), ("ecr", "sdk")]

def median(client, concurrency, key):
    values = [r[key] for r in rows if r["client"] == client and r["concurrency"] == concurrency]
    return statistics.median(values)

header = ["C", "metric"] + clients + [f"{a}/{b}" for a, b in ratios]
lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if i > 1 else "---" for i in range(len(header))) + "|"]
for concurrency in sorted({r["concurrency"] for r in rows}):
    for key, label, fmt in metrics:
        m = {c: median(c, concurrency, key) for c in clients}
        cells = [str(concurrency), label] + [fmt.format(m[c]) for c in clients]
        cells += [f"{m[a] / m[b]:.2f}" for a, b in ratios]
        lines.append("| " + " | ".join(cells) + " |")
if len(instructions) == len(clients):
    cells = ["1", "instructions/call (callgrind)"] + [f"{instructions[c]:,}" for c in clients]
    cells += [f"{instructions[a] / instructions[b]:.2f}" for a, b in ratios]
    lines.append("| " + " | ".join(cells) + " |")
table = "\n".join(lines)
print(table)

block = f"""<!-- load:begin -->
Measured {facts}.

Medians of {runs} interleaved runs per client and concurrency C; each run is {calls} measured
calls after {warmup} warm-up calls. CPU is the client process's user + system time over the
measured calls; max RSS is the process's peak (`VmHWM`); instructions are user-space
instructions per call counted by callgrind at C=1 (repeatable; valgrind hides the CPU's SHA
instructions, which overstates hashing for every client). A ratio above 1 means more CPU,
instructions, calls per second or memory than the client it is divided by.

{table}
<!-- load:end -->"""
if micro:
    micro_lines = ["| work | ecr | floor | ecr/floor |", "|---|---:|---:|---:|"]
    for group in sorted(micro):
        functions = micro[group]
        ours = {k: v for k, v in functions.items() if k.startswith("ecr")}
        floor = next((v for k, v in functions.items() if k.startswith("floor")), None)
        for name, ns in sorted(ours.items()):
            label = group if len(ours) == 1 else f"{group}, {name[len('ecr'):].strip(' ()') or 'ecr'}"
            ratio = f"{ns / floor:.2f}" if floor else ""
            floor_text = f"{floor / 1000:.2f} µs" if floor else ""
            micro_lines.append(f"| {label} | {ns / 1000:.2f} µs | {floor_text} | {ratio} |")
    floor_names = sorted({k for g in micro.values() for k in g if k.startswith("floor")})
    micro_block = """<!-- micro:begin -->
Criterion medians (`bench/micro`, `cargo bench --manifest-path bench/Cargo.toml -p micro`), the
same run. The floor of each: {}.

{}
<!-- micro:end -->""".format(", ".join(f"`{n}`" for n in floor_names), "\n".join(micro_lines))
    print(micro_block)
    block += "\n\n## The framework's own per-call work\n\n" + micro_block

if os.path.exists(out_path):
    text = open(out_path).read()
else:
    text = f"""# Benchmarks

## Load: ecr, a hand-written floor, and aws-sdk-ecr

`scripts/bench.sh` runs three clients making the same BatchGetImage call (repository
`bench/app`, tags `v1` and `missing`; the answer holds one image with a ~1 KB manifest and
one failure) against nginx serving a canned answer on loopback, over plain HTTP with
keep-alive:

- **ecr**: `ecr::Client` (default features), built once.
- **floor**: the same call written by hand on the same stack as `ecr-runtime` (reqwest with
  rustls/ring, `serde_json` with derived structs, `aws_sigv4::http_request::sign`): no
  validation, retries, endpoint rules or error model. No client framework can do less.
- **sdk**: the official `aws-sdk-ecr` with `aws-config`, built once.

Each binary (`bench/load`, a workspace of its own so that the SDK never enters the library's
dependency tree) runs on a multi-thread tokio runtime with 2 workers and spreads the calls
over C concurrent tasks. Machine: {facts}.

"""
begin, end = "<!-- load:begin -->", "<!-- load:end -->"
if "<!-- micro:end -->" in text:
    end = "<!-- micro:end -->"
if begin in text and end in text:
    text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
open(out_path, "w").write(text)
print(f"(written to {out_path})", file=sys.stderr)
PY
