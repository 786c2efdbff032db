#!/usr/bin/env bash
# tminus benchmark suite: one command, on an otherwise idle machine.
#
#   bench/run.sh [--events N] [--launches N] [--mix events|launches] [--db h2|postgres|both] [--duration SECONDS]
#                [--connections "1 16 64"] [--heap 256m]
#
# Generates a world of N events, --launches detailed launches and every other served collection with `tminus generate --dir` (events
# and launches in files of at most 50,000, each imported as its own transaction), imports it into a fresh H2 file database and/or a private PostgreSQL cluster
# (Debian's postgresql, started here on port 55432), serves them with tminus, and drives a fixed
# query mix with wrk at each concurrency: hot (render cache on), cold (--no-cache), and nginx serving
# each response's identical bytes from a file, the ceiling of this machine. Each database's results
# go to bench/results/<date>-<N>-<db>.md and replace that run's section of docs/BENCHMARKS.md; when
# runs of two sizes exist for a database, a growth table comparing them is written there too.
# --mix launches measures the launch rows instead (with the events rows they compare to, in the same
# run); its results are bench/results/<date>-launches-<launches>-<db>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=10000
LAUNCHES=10000
MIX=events
DBS=both
DURATION=10
CONNECTIONS="1 16 64"
HEAP=256m
PER_FILE=50000
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS="$2"; shift 2 ;;
    --launches) LAUNCHES="$2"; shift 2 ;;
    --mix) MIX="$2"; shift 2 ;;
    --db) DBS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

case "$MIX" in events|launches) ;; *) echo "--mix is events or launches" >&2; exit 2 ;; esac

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
DOCS=docs/BENCHMARKS.md
RESULTS=bench/results
mkdir -p "$RESULTS" "$WORK/bodies"
TODAY=$(date -u +%Y-%m-%d)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
PORT=18000
NGINX_PORT=18080
SERVER_PID=""
SAMPLER_PID=""
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -d "$WORK/pg" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

FILES=$(( (EVENTS + PER_FILE - 1) / PER_FILE )); [ "$FILES" -ge 1 ] || FILES=1
LAUNCH_FILES=$(( (LAUNCHES + PER_FILE - 1) / PER_FILE )); [ "$LAUNCH_FILES" -ge 1 ] || LAUNCH_FILES=1
echo "generating a world of $EVENTS events ($FILES file(s)), $LAUNCHES launches ($LAUNCH_FILES file(s)) and every other served collection…"
java -jar "$JAR" generate --events "$EVENTS" --launches "$LAUNCHES" --seed 42 --files "$FILES" --launch-files "$LAUNCH_FILES" --dir "$WORK/world"

start_postgres() {
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/postgres.log" -w \
    -o "-p 55432 -k $WORK/pg -c shared_buffers=1GB -c max_connections=100" start >/dev/null
  psql_q "create database tminus"
}
psql_q() { "$PGBIN/psql" -qtA -h 127.0.0.1 -p 55432 -U postgres -d "${PGDB:-postgres}" -c "$1"; }

# wrk → "requests/s p50 p99" (latencies in ms)
measure() {
  local url="$1" conns="$2"; shift 2
  wrk -t "$(( conns < 2 ? 1 : 2 ))" -c "$conns" -d "${DURATION}s" --timeout 30s --latency "$@" "$url" > "$WORK/wrk.txt" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }' "$WORK/wrk.txt"
}

# A request slower than a whole wrk run is never counted by wrk: time three in a row with curl instead
# → "requests/s median max" (ms), for one connection.
measure_slow() {
  for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n |
    awk '{ t[NR] = $1 * 1000; s += $1 } END { printf "%.2f %.0f %.0f 0\n", NR / s, t[2], t[3] }'
}

serve() { # serve ARGS… → starts tminus in the background, waits for /health, samples its RSS
  java "-Xmx$HEAP" -jar "$JAR" serve --port "$PORT" "$@" > "$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "tminus did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
  : > "$WORK/rss"
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do
      awk '/VmRSS/{printf "%d\n", $2/1024}' "/proc/$SERVER_PID/status" >> "$WORK/rss" 2>/dev/null || true
      sleep 0.5
    done ) &
  SAMPLER_PID=$!
}

stop_server() { # → peak RSS in MiB while it ran
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
  kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
  sort -n "$WORK/rss" | tail -1
}

warm() { # warm the JIT (and, when on, the cache): N seconds of load per URL; a few requests are not enough for C2
  for Q in "${ORDER[@]}"; do
    wrk -t1 -c2 -d"${1}s" --timeout 30s "http://127.0.0.1:$PORT${QUERIES[$Q]}" >/dev/null 2>&1 || true
  done
}

MID=$(( EVENTS / 2 ))
declare -A QUERIES=(
  [detailed list, limit=100]="/2.3.0/events/?mode=detailed&limit=100"
  [list mode, limit=10]="/2.3.0/events/?mode=list&limit=10"
  [one detailed event]="/2.3.0/events/$MID/"
  [search + ordering]="/2.3.0/events/?search=station&ordering=-date"
  [filter combination]="/2.3.0/events/?type__ids=2,3,17,23&year=1990,2000,2010,2020&ordering=-last_updated"
  [deep page, offset=N/2]="/2.3.0/events/?offset=$MID&limit=10"
  [config list: event types]="/2.3.0/config/event_types/"
  [pads, normal]="/2.3.0/pads/"
  [locations, detailed]="/2.3.0/locations/?mode=detailed"
  [celestial bodies, detailed]="/2.3.0/celestial_bodies/?mode=detailed"
  [programs, normal]="/2.3.0/programs/"
)
ORDER=("detailed list, limit=100" "list mode, limit=10" "one detailed event" "search + ordering" "filter combination" "deep page, offset=N/2"
  "config list: event types" "pads, normal" "locations, detailed" "celestial bodies, detailed" "programs, normal")
if [ "$MIX" = launches ]; then
  # The launch rows, then the events rows they compare to. One launch's UUID is read once a server runs.
  QUERIES+=(
    [launches: detailed list, limit=100]="/2.3.0/launches/?mode=detailed&limit=100"
    [launches: upcoming, detailed, limit=50]="/2.3.0/launches/upcoming/?mode=detailed&limit=50"
    [launches: one detailed launch]=""
    [launches: search]="/2.3.0/launches/?search=soyuz"
    [launches: filter combination]="/2.3.0/launches/?status__ids=3,4,7&include_suborbital=false&year=1990,2000,2010,2020&ordering=-net"
  )
  ORDER=("launches: detailed list, limit=100" "launches: upcoming, detailed, limit=50" "launches: one detailed launch"
    "launches: search" "launches: filter combination" "detailed list, limit=100" "one detailed event" "search + ordering"
    "filter combination")
fi

start_nginx() { # serves $WORK/bodies/<n>.json: each query's exact response bytes
  cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / { default_type application/json; root $WORK/bodies; }
  }
}
NGINX
  nginx -c "$WORK/nginx.conf"
  sleep 0.5
}
stop_nginx() { kill "$(cat "$WORK/nginx.pid")"; rm -f "$WORK/nginx.pid"; sleep 0.5; }

# Replaces the block between <!-- bench:KEY --> and <!-- /bench:KEY --> in the docs (appends it when new).
update_docs() {
  local begin="<!-- bench:$1 -->" end="<!-- /bench:$1 -->"
  if grep -qF "$begin" "$DOCS"; then
    awk -v b="$begin" -v e="$end" -v f="$2" '
      $0 == b { print; while ((getline line < f) > 0) print line; skip = 1; next }
      $0 == e { skip = 0 }
      !skip { print }' "$DOCS" > "$WORK/docs.md"
    cat "$WORK/docs.md" > "$DOCS"
  else
    { echo; echo "$begin"; cat "$2"; echo "$end"; } >> "$DOCS"
  fi
}

# The growth table of one database: hot and cold p50 of each query at the smallest and largest size run.
# growth KIND DB: KIND is "" for the events mix (results <date>-<N>-<db>.md) or "launches" (<date>-launches-<N>-<db>.md).
growth() {
  local kind="$1" db="$2" prefix="" unit=events small large
  [ -n "$kind" ] && { prefix="$kind-"; unit=launches; }
  sizes() { ls "$RESULTS" 2>/dev/null | grep -E "^[0-9]{4}-[0-9]{2}-[0-9]{2}-$prefix[0-9]+-$db\.md$" |
    sed -E "s/^.{11}$prefix([0-9]+)-.*/\1/" | sort -n; }
  small=$(sizes | head -1)
  large=$(sizes | tail -1)
  [ -n "$small" ] && [ "$small" != "$large" ] || return 0
  local fs fl
  fl=$(ls "$RESULTS"/*-"$prefix$large"-"$db".md | sort | tail -1)
  # The small run of the large run's day, when there is one: runs of other days may be on other machines.
  fs=$(ls "$RESULTS"/"$(basename "$fl" | cut -c1-10)"-"$prefix$small"-"$db".md 2>/dev/null || ls "$RESULTS"/*-"$prefix$small"-"$db".md | sort | tail -1)
  {
    echo "Growth on $db, $small → $large $unit (from \`$(basename "$fs")\` and \`$(basename "$fl")\`): p50 in ms, and large ÷ small."
    echo
    echo "| query | c | hot p50, $small | hot p50, $large | × | cold p50, $small | cold p50, $large | × |"
    echo "|---|---|---|---|---|---|---|---|"
    awk -F'|' '
      function t(s) { gsub(/^ +| +$/, "", s); return s }
      function x(a, b) { return (a + 0 > 0 && b + 0 > 0) ? sprintf("%.2f", b / a) : "" }
      function v(a) { return (a == "" || a + 0 > 0) ? a : "—" }
      FNR == 1 { file++ }
      /^\| / && NF >= 10 && t($2) != "query" && t($2) !~ /^-/ {
        k = t($2) SUBSEP t($3)
        if (file == 1) { hs[k] = t($5); cs[k] = t($8); order[++n] = k }
        else { hl[k] = t($5); cl[k] = t($8) }
      }
      END {
        for (i = 1; i <= n; i++) { k = order[i]; split(k, p, SUBSEP)
          printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", p[1], p[2], v(hs[k]), v(hl[k]), x(hs[k], hl[k]), v(cs[k]), v(cl[k]), x(cs[k], cl[k]) }
      }' "$fs" "$fl"
  } > "$WORK/growth.md"
  update_docs "growth-$prefix$db" "$WORK/growth.md"
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
  java -jar "$JAR" import "${DBARGS[@]}" "$WORK/world" >/dev/null
  SECS=$(echo "$(date +%s.%N) - $START" | bc)
  RATE=$(echo "($EVENTS + $LAUNCHES) / $SECS" | bc)
  AFTER=""
  if [ "$DB" = h2 ]; then SIZE=$(du -sm "$WORK/h2" | cut -f1); else
    # Vacuum and analyze now, as after any bulk load: otherwise autovacuum does it during the measurements.
    START=$(date +%s.%N)
    PGDB=tminus psql_q "vacuum analyze"
    AFTER=" \`VACUUM ANALYZE\` afterwards: $(printf '%.1f' "$(echo "$(date +%s.%N) - $START" | bc)") s."
    SIZE=$(psql_q "select pg_database_size('tminus')/1048576"); fi

  # Hot: render cache on; nginx serves each response's bytes next to it.
  serve "${DBARGS[@]}"
  if [ "$MIX" = launches ]; then
    ID=$(curl -s "http://127.0.0.1:$PORT/2.3.0/launches/?mode=list&limit=1&offset=$(( LAUNCHES / 2 ))" |
      grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4)
    [ -n "$ID" ] || { echo "no launch at offset $(( LAUNCHES / 2 ))" >&2; exit 1; }
    QUERIES[launches: one detailed launch]="/2.3.0/launches/$ID/"
  fi
  warm 5
  for i in "${!ORDER[@]}"; do curl -s "http://127.0.0.1:$PORT${QUERIES[${ORDER[$i]}]}" > "$WORK/bodies/$i.json"; done
  start_nginx
  declare -A HOT=() NGX=() COLD=()
  for i in "${!ORDER[@]}"; do
    for C in $CONNECTIONS; do
      HOT[$i,$C]=$(measure "http://127.0.0.1:$PORT${QUERIES[${ORDER[$i]}]}" "$C")
      NGX[$i,$C]=$(measure "http://127.0.0.1:$NGINX_PORT/$i.json" "$C")
      echo "$DB hot | ${ORDER[$i]} | c=$C | tminus ${HOT[$i,$C]} | nginx ${NGX[$i,$C]}"
    done
  done
  ETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT${QUERIES[${ORDER[0]}]}" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
  NETAG=$(curl -s -D - -o /dev/null "http://127.0.0.1:$NGINX_PORT/0.json" | awk -F': ' 'tolower($1)=="etag"{print $2}' | tr -d '\r')
  for C in $CONNECTIONS; do
    HOT[r,$C]=$(measure "http://127.0.0.1:$PORT${QUERIES[${ORDER[0]}]}" "$C" -H "If-None-Match: $ETAG")
    NGX[r,$C]=$(measure "http://127.0.0.1:$NGINX_PORT/0.json" "$C" -H "If-None-Match: $NETAG")
    echo "$DB hot | revalidation | c=$C | tminus ${HOT[r,$C]} | nginx ${NGX[r,$C]}"
  done
  stop_nginx
  RSS_HOT=$(stop_server)

  # Cold: every request filters, counts, reads and serializes.
  serve "${DBARGS[@]}" --no-cache
  warm 10
  for i in "${!ORDER[@]}"; do
    for C in $CONNECTIONS; do
      COLD[$i,$C]=$(measure "http://127.0.0.1:$PORT${QUERIES[${ORDER[$i]}]}" "$C")
      if [ "${COLD[$i,$C]%% *}" = 0 ] && [ "$C" = "${CONNECTIONS%% *}" ]; then
        COLD[$i,$C]="$(measure_slow "http://127.0.0.1:$PORT${QUERIES[${ORDER[$i]}]}") *"
      fi
      echo "$DB cold | ${ORDER[$i]} | c=$C | ${COLD[$i,$C]}"
    done
  done
  RSS_COLD=$(stop_server)
  [ "$DB" = postgres ] && { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null; rm -rf "$WORK/pg"; }

  if [ "$MIX" = launches ]; then SIZE_KEY="launches-$LAUNCHES"; WHAT="$LAUNCHES launches and $EVENTS events"
  else SIZE_KEY="$EVENTS"; WHAT="$EVENTS events"; fi
  OUT="$RESULTS/$TODAY-$SIZE_KEY-$DB.md"
  {
    echo "**$WHAT on $DB** — $TODAY, commit $COMMIT; $MACHINE; wrk ${DURATION} s per row on the same"
    echo "machine (wrk, tminus$( [ "$DB" = postgres ] && echo ", PostgreSQL") and nginx share its cores); tminus runs with \`-Xmx$HEAP\`."
    echo
    echo "Import: $EVENTS events in $FILES file(s) and $LAUNCHES launches in $LAUNCH_FILES, every other collection with them: $(printf '%.0f' "$SECS") s — **$RATE objects/s** (events and launches; JVM start and migrations included).$AFTER Database size: $SIZE MiB."
    echo "Peak RSS of tminus: **$RSS_HOT MiB hot, $RSS_COLD MiB cold**."
    echo
    echo "| query | c | hot req/s | hot p50 | hot p99 | cold req/s | cold p50 | cold p99 | nginx req/s | nginx p50 | nginx p99 | hot ÷ nginx |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
    for i in "${!ORDER[@]}" r; do
      for C in $CONNECTIONS; do
        read -r HR HP50 HP99 _ <<< "${HOT[$i,$C]}"
        read -r NR NP50 NP99 _ <<< "${NGX[$i,$C]}"
        if [ "$i" = r ]; then NAME="revalidation (304)"; CR=""; CP50=""; CP99=""
        else NAME="${ORDER[$i]}"; read -r CR CP50 CP99 _ MARK <<< "${COLD[$i,$C]}"
          if [ "$CR" = 0 ]; then CR="—"; CP50="slower"; CP99="than the run"; elif [ -n "${MARK:-}" ]; then CR="$CR $MARK"; fi
        fi
        RATIO=$( [ "${NR:-0}" -gt 0 ] && echo "scale=2; $HR / $NR" | bc | sed 's/^\./0./' || echo "")
        echo "| $NAME | $C | $HR | $HP50 | $HP99 | $CR | $CP50 | $CP99 | $NR | $NP50 | $NP99 | $RATIO |"
      done
    done
    if [[ " ${COLD[*]} " == *" * "* ]]; then
      echo
      echo "\* wrk saw no answer within its ${DURATION} s: three requests in a row timed with curl (requests/s, median, slowest)."
    fi
  } > "$OUT"
  update_docs "$SIZE_KEY-$DB" "$OUT"
  if [ "$MIX" = launches ]; then growth "launches" "$DB"; else growth "" "$DB"; fi
  echo "results: $OUT (and $DOCS)"
done
