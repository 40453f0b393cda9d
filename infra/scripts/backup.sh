#!/usr/bin/env bash
# Backups of the platform's database: the one the API's configuration names (LCP_DB_URL, LCP_DB_USER,
# LCP_DB_PASSWORD; defaults as in backend/src/main/resources/application.properties).
#
#   infra/scripts/backup.sh backup [FILE]   pg_dump -Fc into FILE (default backups/lcp-<UTC timestamp>.dump)
#   infra/scripts/backup.sh restore FILE    replace the database's content by FILE's, in one transaction
#   infra/scripts/backup.sh list            the backups under backups/
#   (make backup [BACKUP=FILE], make restore BACKUP=FILE)
#
# Restore replaces the whole public schema (tables a later migration added go too, and Flyway's history
# returns to the backup's), all or nothing: if any statement fails, the database is left as it was.
# Stop the API first (make stop, or scale it to zero): a running API holds locks and keeps writing.
# A backup taken by an older release restores fine: the next start of the API migrates it forward.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
URL="${LCP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/lcp}"
export PGUSER="${LCP_DB_USER:-postgres}"
[ -z "${LCP_DB_PASSWORD:-}" ] || export PGPASSWORD="$LCP_DB_PASSWORD"

die() { echo "backup: $*" >&2; exit 1; }

# jdbc:postgresql://host[:port]/database[?options]
rest="${URL#jdbc:postgresql://}"
[ "$rest" != "$URL" ] || die "LCP_DB_URL is not a jdbc:postgresql:// URL: $URL"
hostport="${rest%%/*}"
db="${rest#*/}"
db="${db%%\?*}"
export PGHOST="${hostport%%:*}"
export PGPORT=5432
[ "$hostport" = "$PGHOST" ] || PGPORT="${hostport##*:}"
export PGDATABASE="$db"
[ -n "$db" ] || die "no database name in LCP_DB_URL: $URL"
where="database $db on $PGHOST:$PGPORT"

cmd_backup() {
  local file="${1:-$ROOT/backups/lcp-$(date -u +%Y%m%dT%H%M%SZ).dump}"
  mkdir -p "$(dirname "$file")"
  pg_dump -Fc --no-owner --no-acl -f "$file.partial" || { rm -f "$file.partial"; die "pg_dump of $where failed"; }
  mv "$file.partial" "$file"
  echo "backup: $where saved to $file ($(du -h "$file" | cut -f1))"
}

cmd_restore() {
  local file="${1:-}"
  [ -n "$file" ] || { cmd_list >&2; die "name the backup to restore: make restore BACKUP=FILE (or $0 restore FILE)"; }
  [ -f "$file" ] || die "no such backup: $file"
  pg_restore -l "$file" >/dev/null || die "$file is not a pg_dump custom-format backup"
  echo "backup: restoring $file into $where (replaces its content)"
  # the dump as SQL after a clean public schema, run in one transaction: all or nothing
  # (global: the EXIT trap removes it)
  sql="$(mktemp)"
  trap 'rm -f "$sql"' EXIT
  {
    echo "drop schema if exists public cascade;"
    echo "create schema public;"
    pg_restore --no-owner --no-acl -f - "$file"
  } >"$sql" || die "$file could not be read; the database was left unchanged"
  PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 --single-transaction -o /dev/null -f "$sql" \
    || die "restore failed; the database was left unchanged"
  echo "backup: restored $where from $file"
}

cmd_list() {
  echo "backups under $ROOT/backups:"
  ls -1t "$ROOT"/backups/*.dump 2>/dev/null | sed 's/^/  /' || echo "  (none)"
}

case "${1:-}" in
  backup) shift; cmd_backup "$@" ;;
  restore) shift; cmd_restore "$@" ;;
  list) cmd_list ;;
  *) echo "usage: $0 backup [FILE] | restore FILE | list" >&2; exit 2 ;;
esac
