#!/usr/bin/env bash
# Local PostgreSQL for development and tests (no Docker needed; Debian's postgresql packages).
#
#   infra/scripts/postgres.sh start           reuse a server on 127.0.0.1:$PGPORT, or install/start the Debian cluster
#   infra/scripts/postgres.sh stop            stop the cluster, only if this script started it
#   infra/scripts/postgres.sh status          does a server answer?
#   infra/scripts/postgres.sh ensure-db NAME  create database NAME (owner postgres) if missing
#   infra/scripts/postgres.sh reset-db NAME   drop database NAME and create it empty
#
# Connections: host 127.0.0.1, port $PGPORT (5432), user postgres, no password (trust on loopback).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache"
MARKER="$CACHE/postgres.started"

PGHOST_ADDR=127.0.0.1
PGPORT="${PGPORT:-5432}"
PG_START_TIMEOUT="${PG_START_TIMEOUT:-60}"
PG_CLUSTER="${PG_CLUSTER:-main}"   # Debian cluster name used when this script has to start one
export DEBIAN_FRONTEND=noninteractive

log() { echo "postgres: $*"; }
die() { echo "postgres: $*" >&2; exit 1; }

ready() { pg_isready -q -h "$PGHOST_ADDR" -p "$PGPORT" >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) for: $*"
  fi
}

psql_pg() { psql -h "$PGHOST_ADDR" -p "$PGPORT" -U postgres -w -v ON_ERROR_STOP=1 -X -q "$@"; }

server_version() {
  # Newest installed server major version, e.g. 15.
  local d
  for d in /usr/lib/postgresql/*/; do
    if [ -x "${d}bin/postgres" ]; then basename "$d"; fi
  done | sort -n | tail -n 1
}

ensure_installed() {
  if command -v pg_ctlcluster >/dev/null && command -v pg_isready >/dev/null && [ -n "$(server_version)" ]; then
    return 0
  fi
  log "PostgreSQL server not installed; installing with apt (this takes a minute)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  [ -n "$(server_version)" ] || die "postgresql installed, but no server binary found under /usr/lib/postgresql"
}

wait_ready() {
  local start now
  start="$(date +%s)"
  until ready; do
    now="$(date +%s)"
    [ $((now - start)) -lt "$PG_START_TIMEOUT" ] || die "server not ready on $PGHOST_ADDR:$PGPORT after ${PG_START_TIMEOUT} s"
    sleep 1
  done
}

cluster_conf() { echo "/etc/postgresql/$1/$2"; }

ensure_trust() {
  # Loopback TCP as user postgres without a password. Only touches pg_hba.conf if that fails.
  local ver="$1" name="$2" hba
  if psql_pg -d postgres -c 'select 1' >/dev/null 2>&1; then return 0; fi
  hba="$(cluster_conf "$ver" "$name")/pg_hba.conf"
  [ -f "$hba" ] || die "cannot connect as postgres and $hba not found"
  log "allowing passwordless loopback connections (trust for 127.0.0.1/32 and ::1/128) in $hba"
  as_root cp "$hba" "$hba.lcp-backup"
  local tmp
  tmp="$(mktemp)"
  {
    echo "# added by infra/scripts/postgres.sh (local development only)"
    echo "host    all    all    127.0.0.1/32    trust"
    echo "host    all    all    ::1/128         trust"
    cat "$hba"
  } >"$tmp"
  as_root cp "$tmp" "$hba"
  rm -f "$tmp"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" reload
  sleep 1
  psql_pg -d postgres -c 'select 1' >/dev/null || die "still cannot connect as postgres to $PGHOST_ADDR:$PGPORT"
}

cmd_start() {
  if ready; then
    log "a server already answers on $PGHOST_ADDR:$PGPORT; reusing it"
    return 0
  fi
  ensure_installed
  local ver name="$PG_CLUSTER" port
  ver="$(server_version)"
  if [ ! -d "$(cluster_conf "$ver" "$name")" ]; then
    log "creating cluster $ver/$name on port $PGPORT"
    as_root pg_createcluster "$ver" "$name" --port "$PGPORT" -- --auth-local=peer --auth-host=trust >/dev/null
  fi
  port="$(as_root pg_conftool "$ver" "$name" show -s port 2>/dev/null || echo 5432)"
  if [ "$port" != "$PGPORT" ]; then
    log "setting port $PGPORT for cluster $ver/$name (was $port)"
    as_root pg_conftool "$ver" "$name" set port "$PGPORT"
  fi
  if pg_lsclusters -h "$ver" "$name" 2>/dev/null | grep -q ' online'; then
    log "cluster $ver/$name is running but does not answer on $PGHOST_ADDR:$PGPORT; restarting it"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" restart
  else
    log "starting cluster $ver/$name"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start
  fi
  mkdir -p "$CACHE"
  echo "$ver $name" >"$MARKER"
  wait_ready
  ensure_trust "$ver" "$name"
  log "ready on $PGHOST_ADDR:$PGPORT (user postgres, no password)"
}

cmd_stop() {
  if [ ! -f "$MARKER" ]; then
    log "not started by this script; leaving any running server alone"
    return 0
  fi
  local ver name
  read -r ver name <"$MARKER"
  if pg_lsclusters -h "$ver" "$name" 2>/dev/null | grep -q ' online'; then
    log "stopping cluster $ver/$name"
    as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop
  else
    log "cluster $ver/$name already stopped"
  fi
  rm -f "$MARKER"
}

cmd_status() {
  if ready; then
    local who="not started by this script"
    [ -f "$MARKER" ] && who="started by this script: $(cat "$MARKER")"
    log "up on $PGHOST_ADDR:$PGPORT ($who)"
  else
    log "down (nothing answers on $PGHOST_ADDR:$PGPORT)"
    return 1
  fi
}

cmd_ensure_db() {
  [ $# -eq 1 ] || die "usage: $0 ensure-db NAME"
  local db="$1"
  [[ "$db" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] || die "invalid database name: $db (letters, digits, underscore)"
  ready || die "no server on $PGHOST_ADDR:$PGPORT; run: $0 start"
  if [ "$(psql_pg -d postgres -tAc "select 1 from pg_database where datname = '$db'")" = "1" ]; then
    log "database $db exists"
  else
    psql_pg -d postgres -c "create database \"$db\" owner postgres"
    log "created database $db"
  fi
}

cmd_reset_db() {
  [ $# -eq 1 ] || die "usage: $0 reset-db NAME"
  [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]] || die "invalid database name: $1 (letters, digits, underscore)"
  ready || die "no server on $PGHOST_ADDR:$PGPORT; run: $0 start"
  psql_pg -d postgres -c "drop database if exists \"$1\" with (force)"
  cmd_ensure_db "$1"
}

usage() {
  echo "usage: $0 start|stop|status|ensure-db NAME|reset-db NAME" >&2
  exit 2
}

[ $# -ge 1 ] || usage
cmd="$1"; shift
case "$cmd" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  ensure-db) cmd_ensure_db "$@" ;;
  reset-db) cmd_reset_db "$@" ;;
  *) usage ;;
esac
