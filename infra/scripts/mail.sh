#!/usr/bin/env bash
# Local mail server for development and tests: GreenMail standalone (no Docker needed). Every
# message sent to it, to any address, is kept in memory and can be read back; nothing leaves the
# machine.
#
#   infra/scripts/mail.sh start      start (or reuse) GreenMail on 127.0.0.1
#   infra/scripts/mail.sh stop       stop it, if this script started it
#   infra/scripts/mail.sh status     does it answer?
#   infra/scripts/mail.sh messages ADDRESS   the messages received for ADDRESS (JSON)
#
# Ports (127.0.0.1): SMTP $MAIL_SMTP_PORT (3025), IMAP $MAIL_IMAP_PORT (3143, any password) and
# GreenMail's REST API $MAIL_API_PORT (8025): GET /api/user/ADDRESS/messages/INBOX lists an
# address's messages (each with its whole MIME text), POST /api/mail/purge empties every mailbox,
# GET /api/service/readiness says whether it is up. Authentication is off: any address receives.
#
# The jar (com.icegreen:greenmail-standalone) is fetched from Maven Central into .cache/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache"

GREENMAIL_VERSION="${GREENMAIL_VERSION:-2.1.8}"
MAIL_BIND="${MAIL_BIND:-127.0.0.1}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
MAIL_START_TIMEOUT="${MAIL_START_TIMEOUT:-60}"

JAR="$CACHE/greenmail-standalone-${GREENMAIL_VERSION}.jar"
PID_FILE="$CACHE/mail.pid"
LOG_FILE="$CACHE/mail.log"
API_URL="http://${MAIL_BIND}:${MAIL_API_PORT}"

log() { echo "mail: $*"; }
die() { echo "mail: $*" >&2; exit 1; }

answers() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$API_URL/api/service/readiness" 2>/dev/null || true)" = "200" ]
}

our_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; else rm -f "$PID_FILE"; return 1; fi
}

ensure_jar() {
  [ -s "$JAR" ] && return 0
  command -v mvn >/dev/null || die "mvn not found: needed to fetch com.icegreen:greenmail-standalone:$GREENMAIL_VERSION"
  mkdir -p "$CACHE"
  log "fetching greenmail-standalone $GREENMAIL_VERSION (Maven Central / ~/.m2)"
  # run from .cache so that no project pom.xml is picked up
  if ! (cd "$CACHE" && mvn -B -Dstyle.color=never dependency:copy \
      "-Dartifact=com.icegreen:greenmail-standalone:${GREENMAIL_VERSION}" \
      "-DoutputDirectory=$CACHE") >"$CACHE/mail-fetch.log" 2>&1; then
    tail -n 30 "$CACHE/mail-fetch.log" >&2
    die "could not fetch GreenMail with Maven (log: $CACHE/mail-fetch.log)"
  fi
  [ -s "$JAR" ] || die "no $JAR after the fetch"
}

cmd_start() {
  local pid
  if answers; then
    log "already running (API $API_URL); reusing it"
    return 0
  fi
  if pid="$(our_pid)"; then
    log "process $pid (started earlier) is still coming up; waiting"
  else
    ensure_jar
    command -v java >/dev/null || die "java not found"
    mkdir -p "$CACHE"
    log "starting GreenMail $GREENMAIL_VERSION: SMTP $MAIL_BIND:$MAIL_SMTP_PORT, IMAP $MAIL_BIND:$MAIL_IMAP_PORT, API $API_URL (log: $LOG_FILE)"
    # setsid: its own process group, so that stop ends it whole
    setsid nohup java -Xmx128m \
      "-Dgreenmail.smtp.hostname=$MAIL_BIND" "-Dgreenmail.smtp.port=$MAIL_SMTP_PORT" \
      "-Dgreenmail.imap.hostname=$MAIL_BIND" "-Dgreenmail.imap.port=$MAIL_IMAP_PORT" \
      "-Dgreenmail.api.hostname=$MAIL_BIND" "-Dgreenmail.api.port=$MAIL_API_PORT" \
      -Dgreenmail.auth.disabled \
      -jar "$JAR" </dev/null >"$LOG_FILE" 2>&1 &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi
  local start=$SECONDS
  while ! answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      die "GreenMail exited during start-up"
    fi
    if [ $((SECONDS - start)) -ge "$MAIL_START_TIMEOUT" ]; then
      tail -n 30 "$LOG_FILE" >&2 || true
      die "not ready after ${MAIL_START_TIMEOUT} s"
    fi
    sleep 1
  done
  log "ready after $((SECONDS - start)) s: read the mail at $API_URL/api/user/ADDRESS/messages/INBOX"
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    if answers; then log "running, but not started by this script; leaving it alone"; else log "not running"; fi
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; log "stopped"; return 0; }
    sleep 1
  done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  if answers; then
    local who="not started by this script" pid
    if pid="$(our_pid)"; then who="pid $pid"; fi
    log "up: SMTP $MAIL_BIND:$MAIL_SMTP_PORT, API $API_URL ($who)"
  else
    log "down (nothing answers $API_URL/api/service/readiness)"
    return 1
  fi
}

cmd_messages() {
  [ $# -eq 1 ] || die "usage: $0 messages ADDRESS"
  curl -s --fail "$API_URL/api/user/$1/messages/INBOX" || die "no answer from $API_URL (is it started?)"
  echo
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  messages) shift; cmd_messages "$@" ;;
  *) echo "usage: $0 start|stop|status|messages ADDRESS" >&2; exit 2 ;;
esac
