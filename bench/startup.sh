#!/usr/bin/env bash
# API start-up (issue 13, point 3): how long the built jar takes from process start to ready, and its
# resident memory, median of RUNS starts (default 5). Targets: ready <= 3000 ms, RSS <= 300 MiB.
#   bench/startup.sh                  (RUNS=9 bench/startup.sh for more starts)
#   LCP_APPCDS=false bench/startup.sh  the same without the jar's class-data archive (AppCDS)
#   LCP_AOT=false bench/startup.sh     on the default java with the archive, not a JDK 25's AOT cache
#
# With a JDK 25 or newer on the machine (api.sh's choice) the start that migrates the database is also
# the one that trains the AOT cache (written when it stops); the measured starts map it.
#
# Each start is the one `make run` makes (infra/scripts/api.sh run: the same java command line and
# JVM options; LCP_JAVA_OPTS overrides them as it does there), with demo data and identity
# administration off (as bench/read-paths.sh), on its own database (STARTUP_DB, default lcp_startup)
# and port (STARTUP_PORT, default 18093; management port + 920, as api.sh). The database is migrated
# by one start before the measured ones, so Flyway's first migration is not counted; each measured
# start still validates the migrations, starts the pool, Hibernate, Quartz and the start-up tasks.
# The shared Keycloak is started when down (the API fetches its keys when first asked).
#
# Counted, per start:
#   ready    ms from launching the process to the first 200 of /q/health/ready (polled every ~20 ms;
#            readiness includes the database and the OIDC provider's keys)
#   CPU      the process's CPU time (user + system, all threads) until ready: what the start costs,
#            whatever else the machine is doing (the wall time above grows with the machine's load)
#   Quarkus  the "started in" Quarkus logs (its own start, without the JVM's and the class loading
#            before it), for comparison
#   RSS      VmRSS of /proc/PID/status once ready, and after the first authenticated request
#            (GET /api/me with faculty1's token, fetched before the start) with that request's time
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
DB="${STARTUP_DB:-lcp_startup}"
PORT="${STARTUP_PORT:-18093}"
RUNS="${RUNS:-5}"
OUT="$ROOT/bench/out"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
TARGET_MS=3000
TARGET_MIB=300
mkdir -p "$OUT"
LOG="$OUT/startup-api.log"

export LCP_INSTANCE=api-startup LCP_HTTP_PORT="$PORT" LCP_MANAGEMENT_PORT="$((PORT + 920))" \
  LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LCP_DEMO_DATA=false LCP_IDENTITY_ADMIN_ENABLED=false \
  LCP_SHUTDOWN_DELAY=0S
LCP_CALENDAR_LINK_KEY="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export LCP_CALENDAR_LINK_KEY
READY_URL="http://127.0.0.1:$PORT/q/health/ready"

PID=""
stop_api() {
  [ -n "$PID" ] || return 0
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
trap stop_api EXIT
die() { echo "startup: $*" >&2; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.0f", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
# the anonymous part of it (heap, metaspace, code, stacks): what the JVM holds that no file backs (a
# mapped class-data archive or AOT cache is file-backed: shared and reclaimable like the page cache)
anon_kib() { awk '/^RssAnon:/ { print $2 }' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

"$S/postgres.sh" start >/dev/null
"$S/keycloak.sh" start >/dev/null
[ -f "$JAR" ] || "$S/api.sh" build
curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/" && die "port $PORT is taken"

# start_api -> PID set, READY_MS = ms to ready (dies after 120 s or when the process exits)
start_api() {
  local t0 i=0
  t0="$(now_ms)"
  setsid "$S/api.sh" run >"$LOG" 2>&1 </dev/null &
  PID=$!
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$READY_URL" || true)" != 200 ]; do
    kill -0 "$PID" 2>/dev/null || { tail -n 30 "$LOG" >&2; die "the API exited during start-up"; }
    i=$((i + 1))
    [ "$i" -lt 6000 ] || { tail -n 30 "$LOG" >&2; die "not ready after 120 s"; }
    sleep 0.02
  done
  READY_MS=$(($(now_ms) - t0))
}

"$S/postgres.sh" reset-db "$DB" >/dev/null
echo "migrating $DB (one start, not counted)"
start_api
stop_api

TOKEN="$("$S/keycloak.sh" token faculty1)"
java_opts="${LCP_JAVA_OPTS:-(api.sh default)}"
if [ "${LCP_AOT:-true}" != false ] && [ -f "$ROOT/.cache/$LCP_INSTANCE.aot" ]; then
  appcds="JDK 25+ AOT cache .cache/$LCP_INSTANCE.aot ($(du -m "$ROOT/.cache/$LCP_INSTANCE.aot" | cut -f1) MB)"
else
  appcds="class-data archive (AppCDS) $([ "${LCP_APPCDS:-true}" != false ] && [ -f "$(dirname "$JAR")/app-cds.jsa" ] && echo on || echo off)"
fi
echo "API start-up: $RUNS starts of the built jar, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), JVM options $java_opts, $appcds"
echo "$(grep -m1 '^api-startup: java' "$LOG" || true)"
printf '%-6s | %9s | %7s | %10s | %13s | %17s | %14s | %14s\n' run "ready ms" "CPU ms" "Quarkus ms" "RSS ready MiB" "first request ms" "RSS after MiB" "anon after MiB"
: >"$OUT/startup.txt"
for run in $(seq 1 "$RUNS"); do
  start_api
  rss_ready="$(rss_kib "$PID")"
  cpu="$(cpu_ms "$PID")"
  t1="$(now_ms)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/me")"
  first_ms=$(($(now_ms) - t1))
  [ "$code" = 200 ] || die "GET /api/me answered $code"
  rss_after="$(rss_kib "$PID")"
  anon_after="$(anon_kib "$PID")"
  quarkus_ms="$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$LOG" | head -1 | awk '{ printf "%.0f", $1 * 1000 }')"
  stop_api
  printf '%-6s | %9s | %7s | %10s | %13s | %17s | %14s | %14s\n' "$run" "$READY_MS" "$cpu" "$quarkus_ms" "$(mib "$rss_ready")" "$first_ms" "$(mib "$rss_after")" "$(mib "$anon_after")"
  echo "$READY_MS $cpu $quarkus_ms $rss_ready $first_ms $rss_after $anon_after" >>"$OUT/startup.txt"
done

col() { awk -v c="$1" '{ print $c }' "$OUT/startup.txt" | median; }
ready="$(col 1)"; cpu="$(col 2)"; quarkus="$(col 3)"; rss_ready="$(mib "$(col 4)")"; first="$(col 5)"; rss_after="$(mib "$(col 6)")"; anon_after="$(mib "$(col 7)")"
printf '%-6s | %9s | %7s | %10s | %13s | %17s | %14s | %14s\n' median "$ready" "$cpu" "$quarkus" "$rss_ready" "$first" "$rss_after" "$anon_after"
verdict() { if awk -v v="$1" -v t="$2" 'BEGIN { exit !(v <= t) }'; then echo met; else echo NOT MET; fi; }
echo "target: ready <= $TARGET_MS ms: $(verdict "$ready" "$TARGET_MS") (median $ready ms)"
echo "target: RSS after the first request <= $TARGET_MIB MiB: $(verdict "$rss_after" "$TARGET_MIB") (median $rss_after MiB)"
