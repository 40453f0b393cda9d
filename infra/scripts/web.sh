#!/usr/bin/env bash
# The web client, built with Vite and served (vite preview) in the background for `make run`.
#
#   infra/scripts/web.sh build    npm ci (when needed) and npm run build in frontend/
#   infra/scripts/web.sh start    serve frontend/dist on http://localhost:5173
#   infra/scripts/web.sh stop     stop it, if this script started it
# WEB_PORT, WEB_OUT and WEB_INSTANCE serve another build beside it (the e2e tests); the build reads
# VITE_API_URL, VITE_OIDC_AUTHORITY and VITE_OIDC_CLIENT_ID.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache"
WEB="$ROOT/frontend"
PORT="${WEB_PORT:-5173}"
OUT="${WEB_OUT:-dist}"              # build output folder inside frontend/
INSTANCE="${WEB_INSTANCE:-web}"     # names the pid and log files in .cache/
PID_FILE="$CACHE/$INSTANCE.pid"
LOG_FILE="$CACHE/$INSTANCE.log"
URL="http://localhost:$PORT"

log() { echo "$INSTANCE: $*"; }
die() { echo "$INSTANCE: $*" >&2; exit 1; }

our_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; else rm -f "$PID_FILE"; return 1; fi
}

cmd_deps() {
  if [ ! -d "$WEB/node_modules" ] || [ "$WEB/package-lock.json" -nt "$WEB/node_modules/.package-lock.json" ]; then
    log "installing npm packages (npm ci)"
    (cd "$WEB" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
}

cmd_build() {
  cmd_deps
  log "building the web client"
  (cd "$WEB" && npm run --silent build -- --outDir "$OUT" >/dev/null) || die "the build failed"
}

cmd_start() {
  mkdir -p "$CACHE"
  if our_pid >/dev/null; then log "already running (pid $(our_pid))"; return 0; fi
  [ -d "$WEB/$OUT" ] || cmd_build
  cd "$WEB"
  setsid nohup "$WEB/node_modules/.bin/vite" preview --host 127.0.0.1 --port "$PORT" --strictPort --outDir "$OUT" \
    >"$LOG_FILE" 2>&1 < /dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 30); do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then log "serving $URL"; return 0; fi
    sleep 1
  done
  tail -n 20 "$LOG_FILE" >&2
  die "not serving after 30 s"
}

cmd_stop() {
  local pid
  if pid="$(our_pid)"; then
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    log "stopped"
  else
    log "not started by this script; nothing to stop"
  fi
}

case "${1:-}" in
  deps) cmd_deps ;;
  build) cmd_build ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  *) echo "usage: $0 deps|build|start|stop" >&2; exit 2 ;;
esac
