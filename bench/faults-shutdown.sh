#!/usr/bin/env bash
# Graceful shutdown, checked against the built jar (issue 10, point 5): SIGTERM while requests are
# in flight. Every in-flight request must get its complete answer, readiness must turn DOWN first,
# new requests are refused (503) once the shutdown delay is over, and the process exits by itself.
#
#   bench/faults-shutdown.sh        (needs PostgreSQL and the shared Keycloak; builds the jar if missing)
#
# The slow requests are uploads: POST /api/organizations whose small JSON body curl sends at
# 200 bytes/s, so each one is in flight for ~SLOW_SECONDS on the server. Environment:
#   LCP_FAULTS_PORT (28081), LCP_FAULTS_DB (lcp_t_faults), SLOW_REQUESTS (5), SLOW_SECONDS (8),
#   LCP_SHUTDOWN_DELAY (3S here), LCP_SHUTDOWN_TIMEOUT (30S).
# Prints each check and exits non-zero when one fails. Takes ~40 s plus the API's start.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${LCP_FAULTS_PORT:-28081}"
DB="${LCP_FAULTS_DB:-lcp_t_faults}"
N="${SLOW_REQUESTS:-5}"
SLOW="${SLOW_SECONDS:-8}"
export LCP_SHUTDOWN_DELAY="${LCP_SHUTDOWN_DELAY:-3S}"
export LCP_SHUTDOWN_TIMEOUT="${LCP_SHUTDOWN_TIMEOUT:-30S}"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
API="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
API_PID=""
FAILED=0

cleanup() {
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then kill -9 "$API_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

ok() { echo "  ok    $*"; }
bad() { echo "  FAIL  $*"; FAILED=1; }
now_ms() { date +%s%3N; }

[ -f "$JAR" ] || (cd "$ROOT/backend" && mvn -B -q package -DskipTests -Dspotless.check.skip=true)
if curl -s -o /dev/null --max-time 1 "$API/"; then echo "port $PORT is taken" >&2; exit 2; fi
psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "create database $DB"

echo "starting the API on $API (database $DB, shutdown delay $LCP_SHUTDOWN_DELAY, timeout $LCP_SHUTDOWN_TIMEOUT)"
# the jar runs the prod profile: it needs a real calendar link key and its own management port
LCP_HTTP_PORT="$PORT" LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  LCP_MANAGEMENT_PORT="$((PORT + 920))" LCP_IDENTITY_ADMIN_ENABLED=false \
  LCP_CALENDAR_LINK_KEY="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  java -XX:+ExitOnOutOfMemoryError -Xmx384m -jar "$JAR" >"$WORK/api.log" 2>&1 </dev/null &
API_PID=$!
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$API/q/health/ready" || true)" = "200" ] && break
  kill -0 "$API_PID" 2>/dev/null || { tail -n 30 "$WORK/api.log" >&2; echo "the API exited during start-up" >&2; exit 1; }
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$API/q/health/ready")" = "200" ] || { echo "not ready after 120 s" >&2; exit 1; }
TOKEN="$("$ROOT/infra/scripts/keycloak.sh" token admin)"

# a valid body of SLOW*200 bytes: the name, then spaces (JSON allows them)
python3 - "$WORK/body.json" "$SLOW" <<'PY'
import sys, uuid
head = '{"name": "Shutdown check %s"' % uuid.uuid4()
size = int(sys.argv[2]) * 200
open(sys.argv[1], "w").write(head + " " * max(0, size - len(head) - 1) + "}")
PY

echo "sending $N uploads that each take ~${SLOW} s, then SIGTERM"
for i in $(seq 1 "$N"); do
  sed "s/Shutdown check/Shutdown check $i/" "$WORK/body.json" >"$WORK/body-$i.json"
  curl -s -o "$WORK/out-$i.json" -w '%{http_code}' --max-time 60 --limit-rate 200 \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary "@$WORK/body-$i.json" "$API/api/organizations" >"$WORK/code-$i" 2>"$WORK/err-$i" &
done
sleep 1.5
T0=$(now_ms)
kill -TERM "$API_PID"

# readiness must be DOWN while the process still answers (the shutdown delay)
READY_DOWN_MS=""
while [ $(( $(now_ms) - T0 )) -lt 3000 ]; do
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$API/q/health/ready" || true)"
  if [ "$code" = "503" ]; then READY_DOWN_MS=$(( $(now_ms) - T0 )); break; fi
  sleep 0.1
done
[ -n "$READY_DOWN_MS" ] && ok "readiness answered 503 (DOWN) ${READY_DOWN_MS} ms after SIGTERM, while the process still served" \
  || bad "readiness did not answer DOWN within 3 s of SIGTERM"

# during the delay the process still serves new requests (load balancers are still noticing)
res="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 5 -H "Authorization: Bearer $TOKEN" "$API/api/me" || true)"
[ "${res%% *}" = "200" ] && ok "a new request during the delay was served: 200 (in ${res#* } s)" \
  || bad "a new request during the delay got '$res' (expected 200)"

# after the delay, new requests are refused with 503 while the uploads are still in flight
delay_ms=$(( ${LCP_SHUTDOWN_DELAY%S} * 1000 ))
sleep "$(python3 -c "print(max(0, ($delay_ms + 700 - ($(now_ms) - $T0)) / 1000))")"
code="$(curl -s -o "$WORK/late.json" -D "$WORK/late.headers" -w '%{http_code}' --max-time 2 -H "Authorization: Bearer $TOKEN" "$API/api/me" || true)"
[ "$code" = "503" ] && grep -qi '^retry-after: 5' "$WORK/late.headers" && grep -q '/problems/service-unavailable' "$WORK/late.json" && ok "a new request after the delay was refused at once: 503 problem+json, Retry-After: 5" \
  || bad "a new request after the delay got '$code' (expected 503 while in-flight requests finish)"

wait_start=$(now_ms)
while kill -0 "$API_PID" 2>/dev/null && [ $(( $(now_ms) - wait_start )) -lt 45000 ]; do sleep 0.2; done
EXIT_MS=$(( $(now_ms) - T0 ))
if kill -0 "$API_PID" 2>/dev/null; then
  bad "the API still runs 45 s after SIGTERM"
else
  set +e; wait "$API_PID"; rc=$?; set -e
  ok "the API exited by itself ${EXIT_MS} ms after SIGTERM (exit status $rc)"
fi
wait

for i in $(seq 1 "$N"); do
  code="$(cat "$WORK/code-$i")"
  if [ "$code" = "201" ] && grep -q '"id"' "$WORK/out-$i.json"; then
    ok "in-flight upload $i: 201 with its body"
  else
    bad "in-flight upload $i: got '${code}' $(head -c 200 "$WORK/out-$i.json" 2>/dev/null) $(cat "$WORK/err-$i")"
  fi
done
if grep -q "ERROR" "$WORK/api.log"; then bad "the API logged errors:"; grep "ERROR" "$WORK/api.log" | head -5; fi

if [ "$FAILED" = 0 ]; then echo "graceful shutdown: all checks passed"; else echo "graceful shutdown: FAILED"; tail -n 20 "$WORK/api.log"; exit 1; fi
