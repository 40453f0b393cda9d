#!/usr/bin/env bash
# Local Keycloak for development and tests (no Docker needed).
#
#   infra/scripts/keycloak.sh start                   start (or reuse) Keycloak with realm "lcp"
#   infra/scripts/keycloak.sh stop                    stop it, if this script started it
#   infra/scripts/keycloak.sh status                  does the realm answer?
#   infra/scripts/keycloak.sh token USER              access token for a demo user (client lcp-cli, password grant)
#   infra/scripts/keycloak.sh client-token CLIENT SECRET   access token via client credentials
#
# The distribution is fetched from Maven Central (org.keycloak:keycloak-quarkus-dist) into
# .cache/keycloak-$KEYCLOAK_VERSION. Every start wipes Keycloak's dev database and imports
# infra/keycloak/lcp-realm.json again: the realm file is the source of truth.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache"
REALM_FILE="$ROOT/infra/keycloak/lcp-realm.json"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.5.6}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_BIND="${KEYCLOAK_BIND:-127.0.0.1}"
KEYCLOAK_HOSTNAME="${KEYCLOAK_HOSTNAME:-http://localhost:${KEYCLOAK_PORT}}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_REALM="${KEYCLOAK_REALM:-lcp}"
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-120}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo}"

KC_HOME="$CACHE/keycloak-${KEYCLOAK_VERSION}"
PID_FILE="$CACHE/keycloak.pid"
LOG_FILE="$CACHE/keycloak.log"
# Local URL used by this script to talk to Keycloak.
BASE_URL="http://localhost:${KEYCLOAK_PORT}"
REALM_URL="$BASE_URL/realms/$KEYCLOAK_REALM"
DISCOVERY_URL="$REALM_URL/.well-known/openid-configuration"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"

log() { echo "keycloak: $*"; }
die() { echo "keycloak: $*" >&2; exit 1; }

answers() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$DISCOVERY_URL" 2>/dev/null || true)" = "200" ]
}

our_pid() {
  # Prints the pid from the pid file if that process is still alive.
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "$pid"
  else
    rm -f "$PID_FILE"
    return 1
  fi
}

# shellcheck source=jdk.sh
. "$ROOT/infra/scripts/jdk.sh"

pick_java_home() {
  # Newest JDK >= 21 under /usr/lib/jvm; else JAVA_HOME or the default java if it is >= 21.
  local best
  best="$(newest_jdk 21)"
  if [ -n "$best" ]; then echo "$best"; return; fi
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ]; then echo "$JAVA_HOME"; return; fi
  if command -v java >/dev/null; then
    local home
    home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    if [ "$(java_major "$home")" -ge 21 ]; then echo "$home"; return; fi
  fi
  die "Keycloak $KEYCLOAK_VERSION needs Java 21+; none found (apt-get install openjdk-21-jdk-headless or set JAVA_HOME)"
}

extract_zip() {
  local zip="$1" dest="$2"
  if command -v unzip >/dev/null; then
    unzip -q -o "$zip" -d "$dest"
  elif command -v python3 >/dev/null; then
    python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$dest"
  else
    log "installing unzip with apt"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null
    unzip -q -o "$zip" -d "$dest"
  fi
  chmod +x "$KC_HOME"/bin/*.sh
}

ensure_distribution() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  command -v mvn >/dev/null || die "mvn not found: needed to fetch org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION"
  mkdir -p "$CACHE"
  local zip="$CACHE/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip"
  log "fetching keycloak-quarkus-dist $KEYCLOAK_VERSION (Maven Central / ~/.m2)"
  # Run from .cache so that no project pom.xml is picked up.
  if ! (cd "$CACHE" && mvn -B -Dstyle.color=never dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" \
      "-DoutputDirectory=$CACHE") >"$CACHE/keycloak-fetch.log" 2>&1; then
    tail -n 30 "$CACHE/keycloak-fetch.log" >&2
    die "could not fetch the Keycloak distribution with Maven (log: $CACHE/keycloak-fetch.log)"
  fi
  log "unpacking into $KC_HOME"
  rm -rf "$KC_HOME"
  extract_zip "$zip" "$CACHE"
  rm -f "$zip"   # a copy stays in ~/.m2
  [ -x "$KC_HOME/bin/kc.sh" ] || die "unpacked distribution has no bin/kc.sh"
}

wait_ready() {
  local start="$1" pid="$2" now
  while :; do
    if answers; then
      now="$(date +%s)"
      log "ready after $((now - start)) s: $REALM_URL (admin console $BASE_URL/admin, admin/admin)"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "keycloak: process $pid exited; last log lines ($LOG_FILE):" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    now="$(date +%s)"
    if [ $((now - start)) -ge "$KEYCLOAK_START_TIMEOUT" ]; then
      echo "keycloak: not ready after ${KEYCLOAK_START_TIMEOUT} s; last log lines ($LOG_FILE):" >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      exit 1
    fi
    sleep 1
  done
}

cmd_start() {
  local pid
  if answers; then
    log "already running at $REALM_URL; reusing it"
    return 0
  fi
  if pid="$(our_pid)"; then
    log "process $pid (started earlier) is still coming up; waiting"
    wait_ready "$(date +%s)" "$pid"
    return 0
  fi
  if curl -s -o /dev/null --max-time 3 "http://${KEYCLOAK_BIND}:${KEYCLOAK_PORT}/"; then
    die "port $KEYCLOAK_PORT is taken by something that does not serve realm '$KEYCLOAK_REALM'"
  fi
  [ -f "$REALM_FILE" ] || die "realm file missing: $REALM_FILE"
  ensure_distribution
  local java_home
  java_home="$(pick_java_home)"

  # Fresh dev database and the current realm file on every start.
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/"

  log "starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_BIND:$KEYCLOAK_PORT (java: $java_home, log: $LOG_FILE)"
  local start
  start="$(date +%s)"
  # setsid: own process group, so stop can end kc.sh and its java child together.
  (
    cd "$KC_HOME"
    export JAVA_HOME="$java_home"
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    exec setsid nohup "$KC_HOME/bin/kc.sh" start-dev \
      --http-host="$KEYCLOAK_BIND" \
      --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      --hostname="$KEYCLOAK_HOSTNAME" \
      --hostname-backchannel-dynamic=true \
      --import-realm \
      </dev/null >"$LOG_FILE" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_ready "$start" "$pid"
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    if answers; then
      log "running, but not started by this script (no live $PID_FILE); leaving it alone"
    else
      log "not running"
    fi
    return 0
  fi
  log "stopping process group $pid"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local _
  for _ in $(seq 1 30); do
    if ! kill -0 "$pid" 2>/dev/null && ! pgrep -g "$pid" >/dev/null 2>&1; then
      rm -f "$PID_FILE"
      log "stopped"
      return 0
    fi
    sleep 1
  done
  log "still alive after 30 s; sending KILL"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  sleep 1
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  if answers; then
    local who="not started by this script"
    local pid
    if pid="$(our_pid)"; then who="pid $pid"; fi
    log "up: $REALM_URL ($who)"
  else
    log "down (nothing answers $DISCOVERY_URL)"
    return 1
  fi
}

extract_access_token() {
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

request_token() {
  local body code
  body="$(mktemp)"
  code="$(curl -s -o "$body" -w '%{http_code}' "$TOKEN_URL" "$@")" || { rm -f "$body"; die "cannot reach $TOKEN_URL (is Keycloak started?)"; }
  if [ "$code" != "200" ]; then
    echo "keycloak: token request failed (HTTP $code): $(cat "$body")" >&2
    rm -f "$body"
    exit 1
  fi
  local token
  token="$(extract_access_token <"$body")"
  rm -f "$body"
  [ -n "$token" ] || die "no access_token in the token response"
  printf '%s\n' "$token"
}

cmd_token() {
  [ $# -eq 1 ] || die "usage: $0 token USER   (demo password: \$DEMO_PASSWORD, default 'demo')"
  request_token -d grant_type=password -d client_id=lcp-cli -d scope=openid \
    --data-urlencode "username=$1" --data-urlencode "password=$DEMO_PASSWORD"
}

cmd_client_token() {
  [ $# -eq 2 ] || die "usage: $0 client-token CLIENT SECRET"
  request_token -d grant_type=client_credentials \
    --data-urlencode "client_id=$1" --data-urlencode "client_secret=$2"
}

usage() {
  cat >&2 <<EOF
usage: $0 start|stop|status|token USER|client-token CLIENT SECRET
EOF
  exit 2
}

[ $# -ge 1 ] || usage
cmd="$1"; shift
case "$cmd" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  token) cmd_token "$@" ;;
  client-token) cmd_client_token "$@" ;;
  *) usage ;;
esac
