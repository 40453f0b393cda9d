#!/usr/bin/env bash
# The round trip behind `make backup` / `make restore`, on a scratch database (BACKUP_TEST_DB, default
# lcp_backup_check, dropped at the end): rows, a sequence and Flyway's history are backed up; then rows
# change, a table is dropped and a later "migration" adds one; restore brings back exactly the backup's
# content (the extra table gone too); a truncated backup is refused and leaves the database untouched.
# `make test` runs it; it takes a few seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
B="$ROOT/infra/scripts/backup.sh"
DB="${BACKUP_TEST_DB:-lcp_backup_check}"
export PGHOST=127.0.0.1 PGPORT="${PGPORT:-5432}" PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
export LCP_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" LCP_DB_USER=postgres
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"; psql -X -q -d postgres -c "drop database if exists $DB" >/dev/null 2>&1 || true' EXIT

fail() { echo "backup round trip: FAILED: $*" >&2; exit 1; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
# everything the database holds that a restore must bring back: tables, their rows, the sequence
fingerprint() {
  sql "select string_agg(table_name, ',' order by table_name) from information_schema.tables where table_schema = 'public'"
  sql "select md5(string_agg(t::text, '|' order by id)) from team t"
  sql "select md5(string_agg(h::text, '|' order by installed_rank)) from flyway_schema_history h"
  sql "select last_value from team_id_seq"
}

psql -X -q -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null
sql "create table flyway_schema_history (installed_rank int primary key, version text, checksum int);
     insert into flyway_schema_history values (1, '1', 123), (2, '2', -456);
     create sequence team_id_seq;
     create table team (id int primary key default nextval('team_id_seq'), name text not null unique,
                        joined date, notes jsonb);
     insert into team (name, joined, notes) select 'team ' || g, date '2026-01-01' + g, jsonb_build_object('g', g, 'é', 'ü')
       from generate_series(1, 500) g;"
before="$(fingerprint)"

"$B" backup "$WORK/round.dump" >/dev/null
sql "update team set name = name || ' (renamed)' where id % 3 = 0; delete from team where id > 400;
     insert into flyway_schema_history values (3, '3', 789); create table later_table (x int);
     drop table team cascade;" >/dev/null
[ "$(fingerprint 2>/dev/null)" != "$before" ] || fail "the changes did not change the fingerprint"

"$B" restore "$WORK/round.dump" >/dev/null
after="$(fingerprint)"
[ "$after" = "$before" ] || fail "restored content differs: before [$before] after [$after]"

# a damaged backup is refused, and the database keeps its content
head -c 2000 "$WORK/round.dump" >"$WORK/truncated.dump"
sql "insert into team (name) values ('after the restore')"
kept="$(fingerprint)"
if "$B" restore "$WORK/truncated.dump" >/dev/null 2>&1; then fail "a truncated backup was restored"; fi
[ "$(fingerprint)" = "$kept" ] || fail "a refused restore changed the database"
if "$B" restore >/dev/null 2>&1; then fail "restore without a file did not refuse"; fi

echo "backup round trip: 500 rows, a sequence and Flyway's history restored exactly; a dropped table back, a later table gone; a truncated backup refused with the database untouched"
