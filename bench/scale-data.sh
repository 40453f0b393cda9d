#!/usr/bin/env bash
# The read benchmark's deployment, built straight in PostgreSQL: a fresh database migrated by the API
# itself (Flyway, as in production), then bench/scale/generate.sql (seconds, not minutes).
#
#   bench/scale-data.sh [TEAMS=200] [MONTHS=36]     database lcp_scale_TEAMS_MONTHS (SCALE_DB overrides)
#
# 200 teams x 25 measures x 36 months = 178,350 values (the last month partly overdue) and their
# revisions, 300 organisations, 50 other collaboratives, three learning sessions, a weekly call series.
# The variants for the growth table: 25, 100, 400 teams; 12, 36, 60 months.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
TEAMS="${1:-200}"
MONTHS="${2:-36}"
DB="${SCALE_DB:-lcp_scale_${TEAMS}_${MONTHS}}"
PORT="${SCALE_MIGRATE_PORT:-18390}"

[[ "$TEAMS" =~ ^[0-9]+$ && "$TEAMS" -ge 1 ]] || { echo "TEAMS must be a positive number" >&2; exit 2; }
[[ "$MONTHS" =~ ^[0-9]+$ && "$MONTHS" -ge 1 ]] || { echo "MONTHS must be a positive number" >&2; exit 2; }

"$S/postgres.sh" start >/dev/null
"$S/postgres.sh" reset-db "$DB" >/dev/null
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$S/api.sh" build

# migrate: the API starts on the empty database (Flyway), then stops
export LCP_INSTANCE="api-scale-migrate" LCP_HTTP_PORT="$PORT" LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  LCP_DEMO_DATA=false LCP_IDENTITY_ADMIN_ENABLED=false LCP_JAVA_OPTS="-Xmx256m"
"$S/api.sh" start >/dev/null
"$S/api.sh" stop >/dev/null

start=$SECONDS
psql -q -h 127.0.0.1 -U postgres -d "$DB" -v teams="$TEAMS" -v months="$MONTHS" -f "$ROOT/bench/scale/generate.sql"
# the steady state autovacuum keeps a live deployment in: visibility map set, statistics current
psql -q -h 127.0.0.1 -U postgres -d "$DB" -c "vacuum (analyze)"
echo "database $DB: $TEAMS teams x 25 measures x $MONTHS months, written in $((SECONDS - start)) s"
