#!/usr/bin/env bash
# `make test`: every test, on a fresh clone, starting or installing what it needs.
#   1. PostgreSQL (reused when one answers on 127.0.0.1:5432) and the test database lcp_test
#   2. Keycloak with the realm file (for the tests that use real tokens); stopped again if we started it
#   3. backend: mvn verify (unit and API tests against the real database, contract checks)
#   4. frontend: npm ci, generated API types up to date, type check, unit tests, production build
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
S="$ROOT/infra/scripts"
cd "$ROOT"
started_keycloak=0
t0=$SECONDS

cleanup() {
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
  --reporter=json --outputFile=test-results/vitest.json && npm run --silent build >/dev/null)

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
print(f"tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
echo "make test: done in $((SECONDS - t0)) s"
