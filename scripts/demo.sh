#!/usr/bin/env bash
# The demo: starts a local ECR-compatible server (moto) on a free loopback port, creates a
# repository and stores an image manifest in it, fetches it with the batch_get_image example,
# then stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/moto-env.sh

cargo build --quiet -p examples --examples
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG=$(mktemp)
"$MOTO_SERVER" -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 &
MOTO_PID=$!
trap 'kill "$MOTO_PID" 2>/dev/null; wait "$MOTO_PID" 2>/dev/null; rm -f "$LOG"' EXIT
python3 - "$PORT" <<'PY'
import sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/moto-api/data.json"
for _ in range(150):
    try:
        urllib.request.urlopen(url, timeout=1)
        sys.exit(0)
    except Exception:
        time.sleep(0.2)
sys.exit("moto did not start")
PY
echo "== moto is serving ECR on http://127.0.0.1:$PORT"

# Any key works while moto does not check signatures; every request is still signed.
export AWS_ACCESS_KEY_ID=AKIDDEMO AWS_SECRET_ACCESS_KEY=demo-secret AWS_REGION=us-east-1
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
EXAMPLES="${CARGO_TARGET_DIR:-target}/debug/examples"

run() {
  echo
  echo "== $*"
  "$EXAMPLES/$@"
}

run push_manifest demo/app v1 examples/data/manifest.json
run retag demo/app v1 stable
run retag demo/app v1 stable
run list_images demo/app
run batch_get_image demo/app stable
run batch_get_image demo/app v1 missing-tag || echo "(exit code $?)"
run batch_get_image X '' || echo "(exit code $?)"
run scan_and_wait demo/app stable
run cleanup demo/app --older-than 0s --keep 1
echo
echo "== docker-credential-ecr-login get (the password is replaced here)"
echo "123456789012.dkr.ecr.us-east-1.amazonaws.com" | "$EXAMPLES/docker-credential-ecr-login" get \
  | python3 -c 'import json, sys; d = json.load(sys.stdin); d["Secret"] = "<%d characters>" % len(d["Secret"]); print(json.dumps(d))'
