#!/usr/bin/env bash
# Reads at the scale of a real network, against what the database alone needs for the same answer.
#
#   bench/read-paths.sh [TEAMS=200] [MONTHS=36]      one deployment: every read, c=1 and c=8
#   ONLY=REGEX bench/read-paths.sh ...                only the reads whose name matches
#   READ_CACHE=false bench/read-paths.sh ...          every answer computed (none kept by its ETag)
#   GROWTH=1 [SIZES="400x36 200x60"] bench/read-paths.sh   the growth table (25/100/200/400 teams at 36
#                                                     months; 12/36/60 months at 200 teams), c=1
#
# Builds the deployment with bench/scale-data.sh when its database is missing, starts the built API
# (port READ_PORT, default 18396, -Xmx512m, rate limits raised out of the way but still counted) and
# measures each read with wrk (installed with apt when missing) for DURATION seconds (default 10) per
# concurrency, as the role a real user would be: p50, p99 and requests/s; non-2xx answers are
# counted and shown. Beside each read, its SQL limit: the same question answered inside PostgreSQL
# (bench/scale/sql/NAME.sql, run by pgbench on one connection for the same time, JIT off as the API's
# connections have it) and the ratio of
# the API's p50 at c=1 to that limit. Targets (issue 13): p99 at c=8 <= 50 ms and ratio <= 2.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
SQL="$ROOT/bench/scale/sql"
OUT="$ROOT/bench/out"
PORT="${READ_PORT:-18396}"
DURATION="${DURATION:-10}"
# the heavy reads' answers kept by their ETag (org.lcp.common.web.RepresentationCache); READ_CACHE=false
# measures every answer computed, as the first read after each change is
READ_CACHE="${READ_CACHE:-true}"
SUFFIX=""; [ "$READ_CACHE" = true ] || SUFFIX="-computed"
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
  echo "installing wrk (apt)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-client or postgresql)" >&2; exit 1; }
"$S/keycloak.sh" start >/dev/null
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$S/api.sh" build

db_exists() { [ "$(psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$1'")" = 1 ]; }
q() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }

# ms VALUE+UNIT -> milliseconds (wrk prints us, ms, s)
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

# CPU time (user + system, clock ticks) of these processes, summed; a process gone counts 0
ticks() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat"))); done; echo "$t"; }
# the API's process and the PostgreSQL back ends serving its pool (the database's connections)
api_pids() { cat "$ROOT/.cache/api-read.pid"; psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"; }

# wrk_run CONNECTIONS TOKEN PATH -> "p50 p99 rps non2xx api-cpu-ms/req pg-cpu-ms/req"
# The CPU per request (the API's JVM, and PostgreSQL's back ends of its pool) does not depend on what
# else the machine runs, as the latencies do: it is the figure to compare when the machine is shared.
wrk_run() {
  local c="$1" token="$2" path="$3" threads=1 out pids api0 pg0 api1 pg1
  [ "$c" -gt 1 ] && threads=2
  read -r -a pids <<<"$(api_pids | tr '\n' ' ')"
  api0="$(ticks "${pids[0]}")"; pg0="$(ticks "${pids[@]:1}")"
  out="$(wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path" </dev/null)"
  # back ends the pool opened during the run count from 0
  read -r -a pids <<<"$(api_pids | tr '\n' ' ')"
  api1="$(ticks "${pids[0]}")"; pg1="$(ticks "${pids[@]:1}")"
  local p50 p99 rps bad n
  p50="$(echo "$out" | awk '$1 == "50%" { print $2 }')"
  p99="$(echo "$out" | awk '$1 == "99%" { print $2 }')"
  rps="$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')"
  bad="$(echo "$out" | awk '/Non-2xx/ { print $5 }')"
  n="$(echo "$out" | awk '/requests in/ { print $1 }')"
  local hz; hz="$(getconf CLK_TCK)"
  echo "$(ms "$p50") $(ms "$p99") $rps ${bad:-0}" \
    "$(awk -v d=$((api1 - api0)) -v n="$n" -v hz="$hz" 'BEGIN { printf "%.1f", n ? d * 1000 / hz / n : 0 }')" \
    "$(awk -v d=$((pg1 - pg0)) -v n="$n" -v hz="$hz" 'BEGIN { printf "%.1f", n ? d * 1000 / hz / n : 0 }')"
}

# sql_limit NAME -> mean latency in ms of its SQL, one connection, DURATION/2 seconds
sql_limit() {
  PGOPTIONS="-c jit=off" pgbench -h 127.0.0.1 -U postgres -n -f "$SQL/$1.sql" -c 1 -T "$(( (DURATION + 1) / 2 ))" \
    -D faculty="$FACULTY" -D collaborative="$COLLABORATIVE" -D organization="$ORGANIZATION" \
    -D measure="$MEASURE" -D months="$MONTHS" "$DB" </dev/null 2>/dev/null | awk '/latency average/ { printf "%.1f", $4 }'
}

start_api() {
  stop_api
  LCP_INSTANCE=api-read LCP_HTTP_PORT="$PORT" LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LCP_DEMO_DATA=false \
    LCP_IDENTITY_ADMIN_ENABLED=false LCP_JAVA_OPTS="-Xmx512m" LCP_RATE_LIMIT_API=100000000 \
    LCP_RATE_LIMIT_FEEDS=100000000 LCP_READ_CACHE="$READ_CACHE" "$S/api.sh" start >/dev/null
}
stop_api() { LCP_INSTANCE=api-read LCP_HTTP_PORT="$PORT" "$S/api.sh" stop >/dev/null 2>&1 || true; }
trap stop_api EXIT

# deployment TEAMS MONTHS: its database (built when missing), the API on it, ids and tokens
deployment() {
  TEAMS="$1"; MONTHS="$2"; DB="lcp_scale_${TEAMS}_${MONTHS}"
  db_exists "$DB" || "$ROOT/bench/scale-data.sh" "$TEAMS" "$MONTHS" | tail -1
  start_api
  COLLABORATIVE="$(q "select id from collaborative where title = 'Scale Collaborative'")"
  ORGANIZATION="$(q "select md5('org1')::uuid")"
  MEASURE="$(q "select md5('measure1')::uuid")"
  FACULTY="00000000-0000-4000-a000-000000000001"
  LEAD="$("$S/keycloak.sh" token faculty1)"
  MEMBER="$("$S/keycloak.sh" token riverside.leader)"
  # the faculty member's calendar link (made through the API, as the web client does)
  FEED="$(curl -s -X POST -H "Authorization: Bearer $LEAD" "http://127.0.0.1:$PORT/api/me/calendar-feed" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["scheduleUrl"])' | sed 's#^https\?://[^/]*##')"
  # warm up: every read for WARMUP seconds (default 3) at concurrency 2, so the JIT has compiled
  # what the figures measure (a few requests each left /api/me at 5 ms instead of under 1)
  reads | while read -r _ role path; do
    local token="$LEAD"; [ "$role" = member ] && token="$MEMBER"
    wrk -t1 -c2 -d"${WARMUP:-3}s" -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT$path" >/dev/null </dev/null
  done
}

# the reads: NAME ROLE PATH (the SQL limit is bench/scale/sql/NAME.sql)
reads() {
  local c="/api/collaboratives/$COLLABORATIVE" now from
  now="$(date -u +%Y-%m)"
  from="$(date -u -d "$(date -u +%Y-%m-01) -$((MONTHS - 1)) months" +%Y-%m)"
  cat <<LIST
me lead /api/me
collaboratives lead /api/collaboratives?size=20
metric-values lead $c/metric-values?size=100
schedule lead /api/me/schedule
completeness lead $c/metric-completeness
completeness-all lead $c/metric-completeness?from=$from&to=$now
overdue lead $c/overdue-metrics
run-charts member $c/run-charts?organizationId=$ORGANIZATION
pooled-run-chart lead $c/measures/$MEASURE/run-chart
measure-chart lead $c/measures/$MEASURE/run-chart?teamSeries=none
measure-chart-team lead $c/measures/$MEASURE/run-chart?team=$ORGANIZATION
attendance-report lead $c/attendance-report
calendar-feed lead $FEED
LIST
}
sql_of() { case "$1" in completeness) echo completeness-default ;; completeness-all) echo completeness ;; measure-chart*) echo pooled-run-chart ;; *) echo "$1" ;; esac; }

measure_all() {
  printf '%-18s %-6s | %8s %8s %7s | %8s %8s %7s | %9s %6s | %11s | %s\n' read role "p50 c=1" "p99 c=1" "req/s" \
    "p50 c=8" "p99 c=8" "req/s" "SQL limit" ratio "CPU API+PG" "non-2xx (c=1/c=8)"
  reads | awk -v only="${ONLY:-.}" '$1 ~ only' | while read -r name role path; do
    local token="$LEAD"; [ "$role" = member ] && token="$MEMBER"
    read -r a50 a99 arps abad _ _ <<<"$(wrk_run 1 "$token" "$path")"
    read -r b50 b99 brps bbad bapi bpg <<<"$(wrk_run 8 "$token" "$path")"
    local limit sqlname months_saved="$MONTHS"
    sqlname="$(sql_of "$name")"
    # the default range runs from the collaborative's start: the generator starts it MONTHS months ago
    if [ "$sqlname" = completeness-default ]; then MONTHS=$((MONTHS + 1)); sqlname=completeness; fi
    limit="$(sql_limit "$sqlname")"; MONTHS="$months_saved"
    local ratio; ratio="$(awk -v a="$a50" -v l="$limit" 'BEGIN { if (l > 0) printf "%.1f", a / l; else print "-" }')"
    printf '%-18s %-6s | %8s %8s %7s | %8s %8s %7s | %9s %6s | %11s | %s/%s\n' "$name" "$role" "$a50" "$a99" "$arps" \
      "$b50" "$b99" "$brps" "$limit" "$ratio" "$bapi+$bpg" "$abad" "$bbad"
  done
}

if [ "${GROWTH:-0}" = 1 ]; then
  echo "growth, c=1: p50 ms (SQL limit ms) [CPU ms per request: API + PostgreSQL], answers kept by ETag: $READ_CACHE"
  printf '%-14s %-34s %-34s %-34s %-34s\n' deployment completeness overdue run-charts attendance-report
  for size in ${SIZES:-25x36 100x36 200x36 400x36 200x12 200x60}; do
    deployment "${size%x*}" "${size#*x}"
    row=""
    for name in completeness-all overdue run-charts attendance-report; do
      line="$(reads | awk -v n="$name" '$1 == n')"
      role="$(echo "$line" | awk '{ print $2 }')"; path="$(echo "$line" | awk '{ print $3 }')"
      token="$LEAD"; [ "$role" = member ] && token="$MEMBER"
      read -r a50 _ _ _ api pg <<<"$(wrk_run 1 "$token" "$path")"
      row="$row$(printf '%-34s ' "$a50 ($(sql_limit "$(sql_of "$name")")) [$api + $pg]")"
    done
    printf '%-14s %s\n' "${TEAMS}x${MONTHS}" "$row"
  done
else
  deployment "${1:-200}" "${2:-36}"
  echo "deployment: $TEAMS teams x 25 measures x $MONTHS months ($(q 'select count(*) from metric_value') values), $(nproc) cores, API -Xmx512m, ${DURATION} s per figure, answers kept by ETag: $READ_CACHE"
  measure_all | tee "$OUT/read-paths-${TEAMS}x${MONTHS}${SUFFIX}.txt"
fi
