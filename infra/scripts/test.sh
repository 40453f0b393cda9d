#!/usr/bin/env bash
# `make test`: every test, on a fresh clone, starting or installing what it needs.
#   1. PostgreSQL (reused when one answers on 127.0.0.1:5432) and the test database lcp_test
#   2. Keycloak with the realm file (for the tests that use real tokens); stopped again if we started it
#   3. backend: mvn verify (unit and API tests against the real database, contract checks)
#   4. frontend: npm ci, generated API types up to date, type check, unit tests, production build,
#      size of the first page's JavaScript
#   5. end to end: a second API (port 18080, fresh database lcp_e2e, demo data) and web client
#      (port 15173) beside anything `make run` serves; Playwright drives Debian's Chromium through
#      Keycloak's real login page (installed with apt when missing)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
S="$ROOT/infra/scripts"
cd "$ROOT"
started_keycloak=0
t0=$SECONDS

E2E_API_PORT=18080
E2E_WEB_PORT=15173
e2e_env() {
  env LCP_INSTANCE=api-e2e LCP_HTTP_PORT=$E2E_API_PORT LCP_DB_URL=jdbc:postgresql://127.0.0.1:5432/lcp_e2e \
    LCP_WEB_ORIGINS=http://localhost:$E2E_WEB_PORT LCP_DEMO_DATA=true \
    WEB_INSTANCE=web-e2e WEB_PORT=$E2E_WEB_PORT WEB_OUT=dist-e2e VITE_API_URL=http://localhost:$E2E_API_PORT "$@"
}

cleanup() {
  e2e_env "$S/web.sh" stop >/dev/null 2>&1 || true
  e2e_env "$S/api.sh" stop >/dev/null 2>&1 || true
  if [ "$started_keycloak" = 1 ]; then "$S/keycloak.sh" stop || true; fi
}
trap cleanup EXIT

echo "== services"
"$S/postgres.sh" start
"$S/postgres.sh" ensure-db lcp_test
if ! "$S/keycloak.sh" status >/dev/null 2>&1; then
  started_keycloak=1
fi
"$S/keycloak.sh" start

echo "== backend (mvn verify)"
(cd backend && mvn -B -ntp verify)

echo "== frontend"
"$S/web.sh" deps
(cd frontend && npm run --silent check:api && npm run --silent typecheck && npm test -- --reporter=default \
  --reporter=json --outputFile=test-results/vitest.json && npm run --silent build >/dev/null && npm run --silent size)

echo "== end to end (Chromium)"
if ! command -v chromium >/dev/null; then
  echo "installing Debian's chromium"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
"$S/postgres.sh" reset-db lcp_e2e
e2e_env "$S/api.sh" start
e2e_env "$S/web.sh" build
e2e_env "$S/web.sh" start
(cd frontend && E2E_BASE_URL=http://localhost:$E2E_WEB_PORT npm run --silent e2e) 2>&1 | tee frontend/test-results/e2e.log

# one closing line over everything that ran
python3 - "$ROOT" <<'PY'
import glob, json, sys, xml.etree.ElementTree as ET
root = sys.argv[1]
passed = failed = skipped = 0
for f in glob.glob(root + "/backend/target/surefire-reports/TEST-*.xml"):
    s = ET.parse(f).getroot()
    t, fl, e, sk = (int(s.get(k, 0)) for k in ("tests", "failures", "errors", "skipped"))
    passed += t - fl - e - sk; failed += fl + e; skipped += sk
v = json.load(open(root + "/frontend/test-results/vitest.json"))
passed += v["numPassedTests"]; failed += v["numFailedTests"]; skipped += v.get("numPendingTests", 0)
import re
m = re.findall(r"^e2e: (\d+) passed, (\d+) failed", open(root + "/frontend/test-results/e2e.log").read(), re.M)
if not m:
    sys.exit("e2e: no result line")
passed += int(m[-1][0]); failed += int(m[-1][1])
print(f"tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
echo "make test: done in $((SECONDS - t0)) s"
