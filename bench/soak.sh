#!/usr/bin/env bash
# Soak: a long mixed load on a server on PostgreSQL, on an otherwise idle machine.
#
#   bench/soak.sh [--minutes 10] [--connections 256] [--slice 30] [--events 10000] [--heap 512m] [--warm-up 0]
#
# Generates and imports a world (`generate --dir`) into a private PostgreSQL cluster (Debian's
# postgresql, port 55433), serves it, and runs wrk with bench/soak.lua (hot, cold and 4xx requests)
# in slices of --slice seconds. Each slice prints its requests, answers by class (a 5xx or a socket
# error is a failure), p50/p99, and the server's RSS; the run ends with the RSS over time. Exit
# status 1 when any slice saw a 5xx or a socket error.
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES=10
CONNECTIONS=256
SLICE=30
EVENTS=10000
HEAP=512m
WARMUP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) MINUTES="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --slice) SLICE="$2"; shift 2 ;;
    --events) EVENTS="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --warm-up) WARMUP="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -f target/tminus.jar ] || mvn -B -q package -DskipTests
JAR=$PWD/target/tminus.jar
WORK=$(mktemp -d /tmp/tminus-soak.XXXXXX)
chmod 755 "$WORK"
PORT=18100
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -d "$WORK/pg" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/postgres.log" -w \
  -o "-p 55433 -k $WORK/pg -c shared_buffers=512MB -c max_connections=100" start >/dev/null
"$PGBIN/psql" -qtA -h 127.0.0.1 -p 55433 -U postgres -d postgres -c "create database tminus"
DB=(--db-url "jdbc:postgresql://127.0.0.1:55433/tminus" --db-user postgres)

echo "generating and importing a world of $EVENTS events…"
java -jar "$JAR" generate --events "$EVENTS" --seed 42 --dir "$WORK/world" 2>/dev/null
java -jar "$JAR" import "$WORK/world" "${DB[@]}" >/dev/null

java "-Xmx$HEAP" -jar "$JAR" serve --port "$PORT" --access-log off --warm-up "$WARMUP" "${DB[@]}" > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "tminus did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
rss() { awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$SERVER_PID/status"; }

SLICES=$(( MINUTES * 60 / SLICE )); [ "$SLICES" -ge 1 ] || SLICES=1
echo "soak: $SLICES slices of ${SLICE}s at $CONNECTIONS connections ($(nproc) cores, $(java -version 2>&1 | head -1))"
printf '| slice | minute | requests/s | 2xx/3xx | 4xx | 5xx | socket errors | p50 ms | p99 ms | RSS MiB |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
FAILED=0
for i in $(seq 1 "$SLICES"); do
  wrk -t2 -c "$CONNECTIONS" -d "${SLICE}s" --timeout 10s -s bench/soak.lua "http://127.0.0.1:$PORT" > "$WORK/wrk.txt" 2>&1 || true
  line=$(grep "^SOAK" "$WORK/wrk.txt" || { cat "$WORK/wrk.txt" >&2; echo; })
  [ -n "$line" ] || line=$(echo "SOAK requests=0 2xx3xx=0 4xx=0 5xx=0 socket_errors=-1 p50_ms=0 p99_ms=0")
  eval "$(echo "$line" | sed 's/^SOAK //; s/2xx3xx/ok/; s/4xx/client/; s/5xx/server/')"
  printf '| %d | %.1f | %.0f | %d | %d | %d | %d | %.2f | %.2f | %s |\n' "$i" "$(echo "$i * $SLICE / 60" | bc -l)" \
    "$(echo "$requests / $SLICE" | bc -l)" "$ok" "$client" "$server" "$socket_errors" "$p50_ms" "$p99_ms" "$(rss)"
  if [ "$server" -ne 0 ] || [ "$socket_errors" -ne 0 ]; then FAILED=1; fi
done
kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server died" >&2; exit 1; }
echo "server log: $(grep -c 'database unavailable' "$WORK/serve.log" || true) answers 503 for want of a pooled connection (--pool-wait), $(grep -c 'statement timeout' "$WORK/serve.log" || true) 503 at the statement timeout, $(grep -c 'unexpected error' "$WORK/serve.log" || true) 500s"
grep -m3 -A4 'unexpected error' "$WORK/serve.log" || true
echo "errors (5xx or socket) in any slice: $([ $FAILED -eq 0 ] && echo none || echo YES)"
exit "$FAILED"
