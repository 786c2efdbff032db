#!/usr/bin/env bash
# tminus benchmark suite: one command, on an otherwise idle machine.
#
#   bench/run.sh [--events N] [--db h2|postgres|both] [--duration SECONDS] [--connections "1 16 64"]
#
# Generates N events with `tminus generate`, imports them into a fresh H2 file database and/or a
# private PostgreSQL cluster (Debian's postgresql, started here on port 55432), serves them with
# tminus, and drives a fixed query mix with wrk at each concurrency — plus nginx serving the
# identical response bytes from a file, the ceiling of this machine. Results are appended to
# bench/results/<date>-<events>.md and summarised in docs/BENCHMARKS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=10000
DBS=both
DURATION=10
CONNECTIONS="1 16 64"
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS="$2"; shift 2 ;;
    --db) DBS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx || ! need bc || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk nginx postgresql bc >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

[ -f target/tminus.jar ] || mvn -B -q package -DskipTests
JAR=$PWD/target/tminus.jar
WORK=$(mktemp -d /tmp/tminus-bench.XXXXXX)
chmod 755 "$WORK"
RESULTS=bench/results
mkdir -p "$RESULTS"
OUT="$RESULTS/$(date -u +%Y-%m-%d)-$EVENTS-$DBS.md"
PORT=18000
NGINX_PORT=18080
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -d "$WORK/pg" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

{
  echo "# tminus benchmark — $EVENTS events"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "- wrk ${DURATION}s per row, on the same machine as the server (both share its cores)"
  echo
} > "$OUT"

echo "generating $EVENTS events…"
java -jar "$JAR" generate --events "$EVENTS" --seed 42 --out "$WORK/events.json"

start_postgres() {
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/postgres.log" -w \
    -o "-p 55432 -k $WORK/pg -c shared_buffers=1GB -c max_connections=100" start >/dev/null
  "$PGBIN/psql" -q -h 127.0.0.1 -p 55432 -U postgres -c "create database tminus"
}

rss_mib() { awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$1/status"; }

# wrk → "requests/s p50 p99" (latencies in ms)
measure() {
  local url="$1" conns="$2"; shift 2
  wrk -t "$(( conns < 2 ? 1 : 2 ))" -c "$conns" -d "${DURATION}s" --latency "$@" "$url" > "$WORK/wrk.txt" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }' "$WORK/wrk.txt"
}

serve() { # serve ARGS… → starts tminus in the background, waits for /health
  java -Xmx512m -jar "$JAR" serve --port "$PORT" "$@" > "$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && return 0; sleep 0.5; done
  echo "tminus did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1
}

stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

MID=$(( EVENTS / 2 ))
declare -A QUERIES=(
  [detailed list, limit=100]="/2.3.0/events/?mode=detailed&limit=100"
  [list mode, limit=10]="/2.3.0/events/?mode=list&limit=10"
  [one detailed event]="/2.3.0/events/$MID/"
  [search + ordering]="/2.3.0/events/?search=station&ordering=-date"
  [filter combination]="/2.3.0/events/?type__ids=2,3,17,23&year=1990,2000,2010,2020&ordering=-last_updated"
  [deep page, offset=N/2]="/2.3.0/events/?offset=$MID&limit=10"
)
ORDER=("detailed list, limit=100" "list mode, limit=10" "one detailed event" "search + ordering" "filter combination" "deep page, offset=N/2")

# nginx serving the detailed list's exact bytes: the physical ceiling for that response.
nginx_ceiling() {
  curl -s "http://127.0.0.1:$PORT${QUERIES[detailed list, limit=100]}" > "$WORK/page.json"
  cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /page.json { default_type application/json; alias $WORK/page.json; }
  }
}
NGINX
  nginx -c "$WORK/nginx.conf"
  sleep 0.5
}

for DB in $( [ "$DBS" = both ] && echo "h2 postgres" || echo "$DBS" ); do
  if [ "$DB" = h2 ]; then
    DBARGS=(--data-dir "$WORK/h2")
  else
    start_postgres
    DBARGS=(--db-url jdbc:postgresql://127.0.0.1:55432/tminus --db-user postgres)
  fi
  echo "importing into $DB…"
  START=$(date +%s.%N)
  java -jar "$JAR" import "${DBARGS[@]}" "$WORK/events.json" >/dev/null
  END=$(date +%s.%N)
  SECS=$(echo "$END - $START" | bc)
  RATE=$(echo "$EVENTS / $SECS" | bc)
  if [ "$DB" = h2 ]; then SIZE=$(du -sm "$WORK/h2" | cut -f1); else
    SIZE=$("$PGBIN/psql" -tA -h 127.0.0.1 -p 55432 -U postgres -c "select pg_database_size('tminus')/1048576"); fi
  {
    echo "## $DB"
    echo
    echo "Import: $EVENTS events in ${SECS%.*} s (≈ $RATE events/s, JVM start and migration included); database size $SIZE MiB."
    echo
  } >> "$OUT"

  for MODE in hot cold; do
    if [ "$MODE" = hot ]; then serve "${DBARGS[@]}"; else serve "${DBARGS[@]}" --no-cache; fi
    # warm the JIT and (when on) the cache
    for Q in "${ORDER[@]}"; do for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT${QUERIES[$Q]}"; done; done
    {
      echo "### $DB, $MODE ($( [ "$MODE" = hot ] && echo "repeated URLs, response cache on" || echo "--no-cache: every request renders" ))"
      echo
      echo "| query | c | requests/s | p50 ms | p99 ms | non-2xx |"
      echo "|---|---|---|---|---|---|"
    } >> "$OUT"
    PEAK_RSS=0
    for Q in "${ORDER[@]}"; do
      for C in $CONNECTIONS; do
        read -r RPS P50 P99 BAD <<< "$(measure "http://127.0.0.1:$PORT${QUERIES[$Q]}" "$C")"
        R=$(rss_mib "$SERVER_PID"); [ "$R" -gt "$PEAK_RSS" ] && PEAK_RSS=$R
        echo "| $Q | $C | $RPS | $P50 | $P99 | $BAD |" >> "$OUT"
        echo "$DB $MODE | $Q | c=$C | $RPS req/s p50 $P50 ms p99 $P99 ms"
      done
    done
    if [ "$MODE" = hot ]; then
      ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT${QUERIES[detailed list, limit=100]}" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
      if [ -n "$ETAG" ]; then
        for C in $CONNECTIONS; do
          read -r RPS P50 P99 BAD <<< "$(measure "http://127.0.0.1:$PORT${QUERIES[detailed list, limit=100]}" "$C" -H "If-None-Match: $ETAG")"
          echo "| If-None-Match revalidation (304) | $C | $RPS | $P50 | $P99 | (304s) |" >> "$OUT"
        done
      fi
      nginx_ceiling
      for C in $CONNECTIONS; do
        read -r NRPS NP50 NP99 BAD <<< "$(measure "http://127.0.0.1:$NGINX_PORT/page.json" "$C")"
        read -r RPS P50 P99 BAD <<< "$(measure "http://127.0.0.1:$PORT${QUERIES[detailed list, limit=100]}" "$C")"
        RATIO=$(echo "scale=2; $RPS / $NRPS" | bc)
        echo "| nginx, same bytes as the detailed list | $C | $NRPS | $NP50 | $NP99 | tminus/nginx = $RATIO |" >> "$OUT"
      done
      kill "$(cat "$WORK/nginx.pid")"; rm -f "$WORK/nginx.pid"
    fi
    echo >> "$OUT"
    echo "Peak RSS of tminus during the $MODE runs: $PEAK_RSS MiB (-Xmx512m)." >> "$OUT"
    echo >> "$OUT"
    stop_server
  done
  if [ "$DB" = postgres ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null; rm -rf "$WORK/pg"; fi
done

echo "results: $OUT"
