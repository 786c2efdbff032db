#!/usr/bin/env bash
# Fuzz: 100,000 hostile and malformed requests (bench/fuzz.py) against tminus serving a demo world on
# H2 (or --db-url …): prints answers by status, and fails on any 5xx, hang or non-HTTP answer.
#
#   bench/fuzz.sh [--requests 100000] [--workers 16] [serve options…]
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=100000
WORKERS=16
SERVE=()
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) REQUESTS="$2"; shift 2 ;;
    --workers) WORKERS="$2"; shift 2 ;;
    *) SERVE+=("$1"); shift ;;
  esac
done
[ -f target/tminus.jar ] || mvn -B -q package -DskipTests
WORK=$(mktemp -d /tmp/tminus-fuzz.XXXXXX)
PORT=18200
java -Xmx512m -jar target/tminus.jar serve --port "$PORT" --demo --access-log off --data-dir "$WORK/data" "${SERVE[@]}" \
  > "$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "tminus did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
STATUS=0
python3 bench/fuzz.py --base "http://127.0.0.1:$PORT" --requests "$REQUESTS" --workers "$WORKERS" || STATUS=$?
kill -0 "$PID" 2>/dev/null || { echo "the server died" >&2; STATUS=1; }
echo "server errors logged: $(grep -c 'unexpected error' "$WORK/serve.log" || true)"
grep -m5 -A3 'unexpected error' "$WORK/serve.log" || true
exit "$STATUS"
