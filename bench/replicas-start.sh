#!/usr/bin/env bash
# Replicas started together on an empty database (issue 10, point 7): two APIs from the built jar,
# each with demo data on, started at the same instant on one fresh database. Checks, and prints, that
# both start, that exactly one loaded the demo (the other found it loaded, under the advisory lock),
# that the demo is there once; and, on the jar itself, that metrics answer on the management port only.
#   bench/replicas-start.sh            (ROUNDS=3 bench/replicas-start.sh for more rounds)
# Uses database lcp_replicas and ports 18391/18392 (management 19311/19312); the shared Keycloak is
# not needed to start (the API fetches its keys lazily).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
DB="${REPLICAS_DB:-lcp_replicas}"
ROUNDS="${ROUNDS:-1}"
export LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LCP_DEMO_DATA=true LCP_JAVA_OPTS="-Xmx384m"
LCP_CALENDAR_LINK_KEY="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export LCP_CALENDAR_LINK_KEY
stop() { for i in 1 2; do LCP_INSTANCE=api-replica$i LCP_HTTP_PORT=1839$i "$S/api.sh" stop >/dev/null 2>&1 || true; done; }
trap stop EXIT
fail() { echo "replicas: FAILED: $*"; exit 1; }

"$S/postgres.sh" start >/dev/null
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$S/api.sh" build
for round in $(seq 1 "$ROUNDS"); do
  "$S/postgres.sh" reset-db "$DB" >/dev/null
  pids=()
  for i in 1 2; do
    LCP_INSTANCE=api-replica$i LCP_HTTP_PORT=1839$i "$S/api.sh" start >/dev/null 2>&1 &
    pids+=($!)
  done
  started=0
  for p in "${pids[@]}"; do wait "$p" && started=$((started + 1)); done
  loaded="$(cat "$ROOT"/.cache/api-replica{1,2}.log | grep -c '\[or.lc.de.DemoData\] demo data loaded' || true)"
  already="$(cat "$ROOT"/.cache/api-replica{1,2}.log | grep -c '\[or.lc.de.DemoData\] demo data already loaded' || true)"
  orgs="$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from organization where name = 'Riverside Family Services'")"
  echo "round $round: $started of 2 replicas started; 'demo data loaded' logged $loaded time(s), 'already loaded' $already; Riverside Family Services rows: $orgs"
  [ "$started" = 2 ] || { tail -n 30 "$ROOT"/.cache/api-replica{1,2}.log; fail "a replica did not start"; }
  [ "$orgs" = 1 ] || fail "the demo is there $orgs times"
  [ "$loaded" = 1 ] && [ "$already" = 1 ] || fail "expected one replica to load and the other to find it loaded"
  metrics="$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:19311/q/metrics)"
  public="$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18391/q/metrics)"
  echo "         metrics: management port 19311 -> $metrics, API port 18391 -> $public"
  [ "$metrics" = 200 ] && [ "$public" = 404 ] || fail "metrics must answer on the management port only"
  stop
done
echo "replicas: $ROUNDS round(s) passed"
