#!/usr/bin/env bash
# The API, built as a Quarkus jar and run in the background for `make run`.
#
#   infra/scripts/api.sh build    package backend/ (tests skipped; `make test` runs them)
#   infra/scripts/api.sh start    start it on 127.0.0.1:${LCP_HTTP_PORT:-8080} and wait until ready
#   infra/scripts/api.sh stop     stop it, if this script started it
#   infra/scripts/api.sh status
#   infra/scripts/api.sh run      run it in the foreground (exec: the JVM keeps this process id), with the
#                                 same JVM options as start and no wait (bench/startup.sh times it)
#
# Environment: every LCP_* variable of the README's configuration table is passed through;
# LCP_INSTANCE names the pid and log files in .cache/ (default api).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache"
INSTANCE="${LCP_INSTANCE:-api}"   # another name runs a second API beside make run's (the e2e tests)
PID_FILE="$CACHE/$INSTANCE.pid"
LOG_FILE="$CACHE/$INSTANCE.log"
PORT="${LCP_HTTP_PORT:-8080}"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
READY_URL="http://127.0.0.1:${PORT}/q/health/ready"
# metrics are served on the management port only (loopback): 9000 beside 8080, HTTP port + 920 for others
export LCP_MANAGEMENT_PORT="${LCP_MANAGEMENT_PORT:-$((PORT + 920))}"
# the jar runs in the prod profile, which refuses the development calendar link key: unless
# LCP_CALENDAR_LINK_KEY is set, a random key is made once and kept (calendar links survive restarts)
KEY_FILE="$CACHE/calendar-link-key"

log() { echo "$INSTANCE: $*"; }
die() { echo "$INSTANCE: $*" >&2; exit 1; }

our_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; else rm -f "$PID_FILE"; return 1; fi
}

cmd_build() {
  log "building backend/ (mvn package, tests skipped)"
  (cd "$ROOT/backend" && mvn -B -q -DskipTests package) || die "the build failed"
}

cmd_start() {
  mkdir -p "$CACHE"
  if our_pid >/dev/null; then log "already running (pid $(our_pid))"; return 0; fi
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:${PORT}/"; then
    die "port ${PORT} is taken by another process; stop it or set LCP_HTTP_PORT"
  fi
  [ -f "$JAR" ] || cmd_build
  if [ -z "${LCP_CALENDAR_LINK_KEY:-}" ]; then
    [ -s "$KEY_FILE" ] || (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$KEY_FILE")
    LCP_CALENDAR_LINK_KEY="$(cat "$KEY_FILE")"
    export LCP_CALENDAR_LINK_KEY
  fi
  log "starting on http://localhost:${PORT} (log: $LOG_FILE)"
  local start=$SECONDS
  setsid nohup "$0" run >"$LOG_FILE" 2>&1 < /dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$READY_URL" || true)" = "200" ]; then
      log "ready after $((SECONDS - start)) s (metrics: http://127.0.0.1:${LCP_MANAGEMENT_PORT}/q/metrics)"
      return 0
    fi
    if ! our_pid >/dev/null; then tail -n 40 "$LOG_FILE" >&2; die "it exited during start-up"; fi
    sleep 1
  done
  tail -n 40 "$LOG_FILE" >&2
  die "not ready after 120 s"
}

# shellcheck source=jdk.sh
. "$ROOT/infra/scripts/jdk.sh"

# A JDK 25 or newer for the AOT cache: LCP_AOT_JAVA_HOME, else the newest under /usr/lib/jvm; none: empty
aot_java_home() { if [ -n "${LCP_AOT_JAVA_HOME:-}" ]; then echo "$LCP_AOT_JAVA_HOME"; else newest_jdk 25; fi; }

# the JVM in the foreground, replacing this shell
cmd_run() {
  [ -f "$JAR" ] || die "$JAR is missing: infra/scripts/api.sh build"
  local java=java cache=() home aot
  home="$([ "${LCP_AOT:-true}" != false ] && aot_java_home || true)"
  if [ -n "$home" ]; then
    # JDK 25+: the AOT cache (classes loaded and linked, their profiles and compiled code) of this jar
    # and JDK, one per instance in .cache/. The first start after a build trains it: the JVM writes it
    # when it stops (-XX:AOTCacheOutput, JEP 514); later starts map it (-XX:AOTCache). A JVM that
    # finds it does not match its jar or JDK says so and starts without it. LCP_AOT=false: no cache.
    java="$home/bin/java"
    aot="$CACHE/$INSTANCE.aot"
    mkdir -p "$CACHE"
    if [ -f "$aot" ] && [ "$aot" -nt "$JAR" ]; then
      cache=("-XX:AOTCache=$aot")
    else
      rm -f "$aot"
      cache=("-XX:AOTCacheOutput=$aot")
    fi
  elif [ "${LCP_APPCDS:-true}" != false ] && [ -f "$(dirname "$JAR")/app-cds.jsa" ]; then
    # the class-data archive the build made (AppCDS: the classes the start loads, already parsed and
    # verified); it holds the jar's path as given at build time, so the JVM starts in the jar's directory
    # (LCP_APPCDS=false starts without it, for comparison; a JVM other than the build's ignores it with a warning)
    cache=(-XX:SharedArchiveFile=app-cds.jsa)
  fi
  local release; release="${home:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/release"
  log "java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$release" 2>/dev/null)${cache[*]:+ ${cache[*]}}"
  cd "$(dirname "$JAR")"
  # -XX:+ExitOnOutOfMemoryError: a JVM out of memory stops at once (and is restarted) rather than limp on
  # shellcheck disable=SC2086
  exec "$java" -XX:+ExitOnOutOfMemoryError "${cache[@]}" ${LCP_JAVA_OPTS:--Xmx512m} -jar quarkus-run.jar
}

cmd_stop() {
  local pid
  if pid="$(our_pid)"; then
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    # SIGTERM is a graceful shutdown: readiness DOWN, LCP_SHUTDOWN_DELAY (5 s), then up to
    # LCP_SHUTDOWN_TIMEOUT (30 s) for requests in flight; only then is it killed
    for _ in $(seq 1 45); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    log "stopped"
  else
    log "not started by this script; nothing to stop"
  fi
}

cmd_status() {
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$READY_URL" || true)" = "200" ]; then
    log "up: http://localhost:${PORT}"
  else
    log "down"; return 1
  fi
}

case "${1:-}" in
  build) cmd_build ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  run) cmd_run ;;
  *) echo "usage: $0 build|start|stop|status|run" >&2; exit 2 ;;
esac
