#!/usr/bin/env bash
# The collaborative report (PDF) and one run chart's CSV at the scale of a real network: the built API
# on scale-data.sh's deployment, as its lead faculty; each RUNS times (default 3; the first with a
# cold JVM: class loading, JIT, fonts): ms, bytes, and the PDF's pages.
#
#   bench/report.sh [TEAMS=400] [MONTHS=36]       database lcp_scale_TEAMS_MONTHS (built when missing)
#
# Port REPORT_PORT (default 18398); prints to bench/out/report-TEAMSxMONTHS.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
TEAMS="${1:-400}"
MONTHS="${2:-36}"
RUNS="${RUNS:-3}"
PORT="${REPORT_PORT:-18398}"
DB="lcp_scale_${TEAMS}_${MONTHS}"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

"$S/keycloak.sh" start >/dev/null
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$S/api.sh" build
q() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }
[ "$(psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'")" = 1 ] \
  || "$ROOT/bench/scale-data.sh" "$TEAMS" "$MONTHS" | tail -1

stop_api() { LCP_INSTANCE=api-report LCP_HTTP_PORT="$PORT" "$S/api.sh" stop >/dev/null 2>&1 || true; }
trap stop_api EXIT
stop_api
LCP_INSTANCE=api-report LCP_HTTP_PORT="$PORT" LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LCP_DEMO_DATA=false \
  LCP_IDENTITY_ADMIN_ENABLED=false LCP_JAVA_OPTS="-Xmx512m" "$S/api.sh" start >/dev/null

C="$(q "select id from collaborative where title = 'Scale Collaborative'")"
M="$(q "select id from measure where collaborative_id = '$C' order by key limit 1")"
TOKEN="$("$S/keycloak.sh" token faculty1)"
get() { # PATH FILE -> "ms bytes"
  curl -s -o "$2" -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT$1" | awk -v p="$1" '$1 != 200 { print "HTTP " $1 " for " p > "/dev/stderr"; exit 1 }
      { printf "%6.0f ms %9d bytes", $2 * 1000, $3 }'
}
{
  echo "report: $TEAMS teams x 25 measures x $MONTHS months ($(q 'select count(*) from metric_value') values), $(nproc) cores, API -Xmx512m"
  for run in $(seq 1 "$RUNS"); do
    pdf="$(get "/api/collaboratives/$C/report" "$OUT/report.pdf")"
    pages="$(grep -ac '/Type */Page[^s]' "$OUT/report.pdf" || true)"
    csv="$(get "/api/collaboratives/$C/measures/$M/run-chart/export" "$OUT/run-chart.csv")"
    echo "run $run: PDF $pdf ($pages pages), CSV $csv"
  done
} | tee "$OUT/report-${TEAMS}x${MONTHS}.txt"
