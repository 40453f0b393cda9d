#!/usr/bin/env bash
# `make test`: every test, on a fresh clone, starting or installing what it needs.
#   1. services: PostgreSQL (reused when one answers on 127.0.0.1:5432) and the test database (lcp_test,
#      or the one LCP_TEST_DB_URL names); Keycloak with the realm file (for the tests that use real
#      tokens) and GreenMail (infra/scripts/mail.sh: the SMTP server Keycloak's invitation e-mails go
#      to, read back by the tests), each stopped again at the end only if this script started it
#   2. backend: mvn verify (unit and API tests against the real database, contract checks, coverage
#      floor); the Keycloak tests must pass here (-Dlcp.test.keycloak=required), where elsewhere a
#      missing Keycloak only skips them; prints the backend's line and branch coverage
#   3. frontend: npm ci, generated API types up to date, type check, lint (ESLint), formatting
#      (Prettier), unit tests, production build, size of the first page's JavaScript
#   4. end to end: a second API (port E2E_API_PORT, default 18080, fresh database E2E_DB, default
#      lcp_e2e, demo data) and web client (port E2E_WEB_PORT, default 15173) beside anything `make run`
#      serves; Playwright drives Debian's Chromium through Keycloak's real login page (installed with
#      apt when missing). Keycloak's realm must accept http://localhost:E2E_WEB_PORT as a redirect.
# Every stage runs even when an earlier one failed. The last line counts everything that ran:
# `tests: N passed, N failed[, N skipped]`. Each JUnit, Vitest and Playwright test counts once; each
# other check (a service, npm ci, API types, type check, lint, format, build, size) counts as one test; a stage that could
# not run to completion counts as one failure and is named above that line. The exit status is
# non-zero when anything failed.
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
S="$ROOT/infra/scripts"
cd "$ROOT"
t0=$SECONDS

TEST_DB_URL="${LCP_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/lcp_test}"
TEST_DB="${TEST_DB_URL##*/}"
TEST_DB="${TEST_DB%%\?*}"
E2E_API_PORT="${E2E_API_PORT:-18080}"
E2E_WEB_PORT="${E2E_WEB_PORT:-15173}"
E2E_DB="${E2E_DB:-lcp_e2e}"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"

e2e_env() {
  env LCP_INSTANCE=api-e2e LCP_HTTP_PORT="$E2E_API_PORT" LCP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$E2E_DB" \
    LCP_WEB_ORIGINS="http://localhost:$E2E_WEB_PORT" LCP_WEB_URL="http://localhost:$E2E_WEB_PORT/" LCP_DEMO_DATA=true \
    WEB_INSTANCE=web-e2e WEB_PORT="$E2E_WEB_PORT" WEB_OUT=dist-e2e VITE_API_URL="http://localhost:$E2E_API_PORT" "$@"
}

passed=0
failed=0
skipped=0
problems=()

pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  problems+=("$1")
  echo "FAILED: $1"
}
# check NAME COMMAND...: one test that passes when the command succeeds
check() {
  local name="$1"
  shift
  if "$@"; then pass; else fail "$name"; fi
}
# named without counting: which stage the failed tests came from
note() { problems+=("$1"); }
# counted NAME "P F S" EXIT_STATUS [WHAT_ELSE]: a test runner's tallies (empty: it wrote no report)
counted() {
  local name="$1" counts="$2" rc="$3" what_else="${4:-see above}" p f s
  if [ -z "$counts" ]; then
    fail "$name: did not run to completion (no report; see above)"
    return
  fi
  read -r p f s <<<"$counts"
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  if [ "$f" -gt 0 ]; then note "$name: $f failed"; fi
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then fail "$name: failed with no failing test ($what_else)"; fi
}
# quiet COMMAND...: its output only when it fails
quiet() {
  local out rc
  out="$(mktemp)"
  "$@" >"$out" 2>&1
  rc=$?
  [ "$rc" = 0 ] || cat "$out"
  rm -f "$out"
  return "$rc"
}

started_keycloak=0
started_mail=0
cleaned=0
cleanup() {
  [ "$cleaned" = 1 ] && return 0
  cleaned=1
  e2e_env "$S/web.sh" stop >/dev/null 2>&1 || true
  e2e_env "$S/api.sh" stop >/dev/null 2>&1 || true
  # keycloak.sh stops only a Keycloak whose pid it recorded itself; a shared one is left alone
  if [ "$started_keycloak" = 1 ]; then "$S/keycloak.sh" stop || true; fi
  if [ "$started_mail" = 1 ]; then "$S/mail.sh" stop || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== services"
postgres_ok=0
if check "services: PostgreSQL and the test database $TEST_DB" \
    bash -c '"$1/postgres.sh" start && "$1/postgres.sh" ensure-db "$2"' _ "$S" "$TEST_DB"; then
  postgres_ok=1
fi
check "migrations: no landed migration changed (check-migrations.sh)" "$S/check-migrations.sh"
check "backup: make backup / make restore round trip (backup-test.sh)" "$S/backup-test.sh"
keycloak_was_up=0
"$S/keycloak.sh" status >/dev/null 2>&1 && keycloak_was_up=1
if check "services: Keycloak" "$S/keycloak.sh" start; then
  [ "$keycloak_was_up" = 0 ] && started_keycloak=1
fi
mail_was_up=0
"$S/mail.sh" status >/dev/null 2>&1 && mail_was_up=1
if check "services: GreenMail (SMTP for Keycloak's e-mails)" "$S/mail.sh" start; then
  [ "$mail_was_up" = 0 ] && started_mail=1
fi

echo "== backend (mvn verify)"
rm -rf backend/target/surefire-reports backend/target/jacoco-report
build_started="$(mktemp)"
(cd backend && LCP_TEST_DB_URL="$TEST_DB_URL" mvn -B -ntp verify -Dlcp.test.keycloak=required)
backend_rc=$?
backend_counts="$(python3 - "$ROOT/backend/target/surefire-reports" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
files = glob.glob(sys.argv[1] + "/TEST-*.xml")
if not files:
    sys.exit(0)
p = f = s = 0
for name in files:
    r = ET.parse(name).getroot()
    t, fl, e, sk = (int(r.get(k, 0)) for k in ("tests", "failures", "errors", "skipped"))
    p += t - fl - e - sk; f += fl + e; s += sk
print(p, f, s)
PY
)"
counted "backend" "$backend_counts" "$backend_rc" "coverage floor, format check or packaging: see above"
if [ -f backend/target/jacoco-report/jacoco.csv ]; then
  python3 - backend/target/jacoco-report/jacoco.csv <<'PY'
import csv, sys
lm = lc = bm = bc = 0
for r in csv.DictReader(open(sys.argv[1])):
    lm += int(r["LINE_MISSED"]); lc += int(r["LINE_COVERED"])
    bm += int(r["BRANCH_MISSED"]); bc += int(r["BRANCH_COVERED"])
pct = lambda c, m: 100.0 * c / (c + m) if c + m else 0.0
print(f"coverage (backend, report in backend/target/jacoco-report): lines {pct(lc, lm):.1f} %, branches {pct(bc, bm):.1f} %")
PY
fi

echo "== faults (the jar under SIGTERM)"
check "faults: graceful shutdown, in-flight requests answered (bench/faults-shutdown.sh)" \
  quiet "$ROOT/bench/faults-shutdown.sh"

echo "== frontend"
frontend_ok=0
if check "frontend: npm ci" "$S/web.sh" deps; then
  frontend_ok=1
  cd "$ROOT/frontend"
  check "frontend: API types up to date (check:api)" npm run --silent check:api
  check "contract: OWASP Spectral lint" npm run --silent lint:api
  check "frontend: type check" npm run --silent typecheck
  check "frontend: lint (ESLint, no warnings)" npm run --silent lint
  check "frontend: formatting (Prettier)" npm run --silent format:check
  mkdir -p test-results
  rm -f test-results/vitest.json
  npm test -- --reporter=default --reporter=json --outputFile=test-results/vitest.json
  vitest_rc=$?
  vitest_counts=""
  if [ -f test-results/vitest.json ]; then
    vitest_counts="$(python3 -c '
import json, sys
v = json.load(open(sys.argv[1]))
print(v["numPassedTests"], v["numFailedTests"], v.get("numPendingTests", 0) + v.get("numTodoTests", 0))
' test-results/vitest.json)"
  fi
  counted "frontend unit tests" "$vitest_counts" "$vitest_rc"
  if check "frontend: production build" quiet npm run --silent build; then
    check "frontend: size of the first page" npm run --silent size
  else
    fail "frontend: size of the first page not checked (the build failed)"
  fi
  cd "$ROOT"
else
  fail "frontend: API types, type check, unit tests, build and size did not run (npm ci failed)"
fi

echo "== end to end (Chromium; API :$E2E_API_PORT, web client :$E2E_WEB_PORT, database $E2E_DB)"
mkdir -p frontend/test-results
rm -f frontend/test-results/e2e.log
e2e_setup() {
  [ "$frontend_ok" = 1 ] || { echo "e2e: the web client's packages are missing"; return 1; }
  [ "$postgres_ok" = 1 ] || { echo "e2e: PostgreSQL is not running"; return 1; }
  if ! command -v chromium >/dev/null; then
    echo "installing Debian's chromium"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
      || return 1
  fi
  # the API jar of this very run: mvn verify packages it only when every test passed
  if [ ! -f "$JAR" ] || [ ! "$JAR" -nt "$build_started" ]; then
    "$S/api.sh" build || return 1
  fi
  # an API or web client left running from an earlier run would serve the old jar against the new database
  e2e_env "$S/web.sh" stop >/dev/null 2>&1 || true
  e2e_env "$S/api.sh" stop >/dev/null 2>&1 || true
  "$S/postgres.sh" reset-db "$E2E_DB" && e2e_env "$S/api.sh" start && e2e_env "$S/web.sh" build \
    && e2e_env "$S/web.sh" start
}
if e2e_setup; then
  (cd frontend && E2E_BASE_URL="http://localhost:$E2E_WEB_PORT" npm run --silent e2e) 2>&1 | tee frontend/test-results/e2e.log
  e2e_rc=${PIPESTATUS[0]}
  e2e_counts="$(python3 -c '
import re, sys
m = re.findall(r"^e2e: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?", open(sys.argv[1]).read(), re.M)
if m:
    print(m[-1][0], m[-1][1], m[-1][2] or 0)
' frontend/test-results/e2e.log)"
  counted "end to end" "$e2e_counts" "$e2e_rc"
else
  fail "end to end: did not run (its API or web client could not be built or started; see above)"
fi
rm -f "$build_started"

cleanup
echo "make test: done in $((SECONDS - t0)) s"
if [ "${#problems[@]}" -gt 0 ]; then
  echo "failed stages and checks:"
  printf '  - %s\n' "${problems[@]}"
fi
# the closing line, over everything that ran
echo "tests: $passed passed, $failed failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
[ "$failed" = 0 ]
