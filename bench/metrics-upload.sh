#!/usr/bin/env bash
# Metric upload benchmark (issue: Core Data Set metrics). One command: `make bench`.
#
# Starts its own API (port 18090, fresh database lcp_bench, -Xmx512m) beside anything else, sets up
# a collaborative with 200 enrolled teams and 25 COUNT measures, then times:
#   1. the API: 100,000 values (200 teams x 25 measures x 20 months) in one JSON request, as the
#      collaborative's data coordinator (admin, real Keycloak token) - all new;
#   2. the API: the same rows again with new values - all updates;
#   3. PostgreSQL directly: the same rows (new values again) with COPY into a staging table and
#      INSERT ... ON CONFLICT DO UPDATE.
# Prints values per second for each and the ratio API / direct, and the API's heap after the run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
PORT=18090
API="http://127.0.0.1:$PORT"
DB=lcp_bench
TEAMS=${TEAMS:-200}
MEASURES=${MEASURES:-25}
MONTHS=${MONTHS:-20}

export LCP_INSTANCE=api-bench LCP_HTTP_PORT=$PORT LCP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  LCP_JAVA_OPTS="-Xmx512m" LCP_IDENTITY_ADMIN_ENABLED=false
cleanup() { "$S/api.sh" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT

"$S/postgres.sh" start >/dev/null
"$S/postgres.sh" reset-db $DB >/dev/null
"$S/keycloak.sh" start >/dev/null
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$S/api.sh" build
"$S/api.sh" start
TOKEN="$("$S/keycloak.sh" token admin)"

python3 - "$API" "$TOKEN" "$TEAMS" "$MEASURES" "$MONTHS" "$OUT" <<'PY'
import json, sys, time, urllib.request, urllib.error, uuid, subprocess, datetime
api, token, teams, measures, months, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
H = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
def call(method, path, body=None, headers=H):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(api + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {path}: {e.code} {e.read()[:2000].decode(errors='replace')}")
def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "lcp_bench", "-qAtc", sql],
                          check=True, capture_output=True, text=True).stdout

collab = call("POST", "/api/collaboratives", {"title": "Benchmark " + str(uuid.uuid4())[:8], "practice": "TF-CBT",
                                              "kind": "LEARNING_COLLABORATIVE"})["id"]
keys = []
for m in range(measures):
    key = f"measure-{m:02d}"
    call("POST", f"/api/collaboratives/{collab}/measures", {"key": key, "name": key, "type": "COUNT",
                                                             "direction": "INCREASE", "lockAfterDays": 3650})
    keys.append(key)
orgs = []
for t in range(teams):
    orgs.append(call("POST", "/api/organizations", {"name": f"Bench site {t:03d} {uuid.uuid4().hex[:6]}"})["id"])
# enrolment normally comes from an accepted application; arranged directly for the benchmark
psql("insert into team (id, collaborative_id, organization_id, enrolled_at) values " + ",".join(
    f"('{uuid.uuid4()}', '{collab}', '{o}', now())" for o in orgs))
today = datetime.date.today().replace(day=1)
periods = []
y, m = today.year, today.month
for _ in range(months):
    m -= 1
    if m == 0:
        y, m = y - 1, 12
    periods.append(f"{y:04d}-{m:02d}")

def rows(offset):
    return [{"organizationId": o, "measureKey": k, "period": p, "value": (i + offset) % 997}
            for i, (o, k, p) in enumerate((o, k, p) for o in orgs for k in keys for p in periods)]

results = {}
for label, offset in (("api-create", 0), ("api-update", 1)):
    body = json.dumps(rows(offset)).encode()
    t0 = time.perf_counter()
    report = call("POST", f"/api/collaboratives/{collab}/metric-imports", body)
    dt = time.perf_counter() - t0
    n = report["received"]
    assert report["rejected"] == 0, report["rejections"][:3]
    results[label] = (n, dt, report)
    print(f"{label:11s} {n} values in {dt:6.2f} s = {n / dt:9.0f} values/s  (created {report['created']}, "
          f"updated {report['updated']}, unchanged {report['unchanged']}, body {len(body) / 1e6:.1f} MB)")

# the same rows straight into PostgreSQL: COPY into a staging table, then INSERT ... ON CONFLICT DO UPDATE
ids = dict(line.split("|") for line in psql(f"select key, id from measure where collaborative_id = '{collab}'").split())
csv_path = out + "/direct.tsv"
with open(csv_path, "w") as f:
    for r in rows(2):
        f.write(f"{ids[r['measureKey']]}\t{r['organizationId']}\t{r['period']}-01\t{r['value']}\n")
sql = f"""
begin;
create temp table staging (measure_id uuid, organization_id uuid, period date, value numeric) on commit drop;
\\copy staging from '{csv_path}'
insert into metric_value (measure_id, organization_id, period, value, source, updated_by, updated_at)
select measure_id, organization_id, period, value, 'API', 'bench', now() from staging
on conflict (measure_id, organization_id, period) do update set value = excluded.value,
  source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at;
commit;
"""
t0 = time.perf_counter()
subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "lcp_bench", "-q", "-v", "ON_ERROR_STOP=1"],
               input=sql, text=True, check=True)
dt = time.perf_counter() - t0
n = teams * measures * months
results["direct"] = (n, dt, None)
print(f"{'direct':11s} {n} values in {dt:6.2f} s = {n / dt:9.0f} values/s  (COPY + INSERT ... ON CONFLICT DO UPDATE)")
direct_rate = n / dt
for label in ("api-create", "api-update"):
    n, dt, _ = results[label]
    print(f"ratio {label} / direct: {(n / dt) / direct_rate:.2f}  (target: at least 0.50)")
PY
pid="$(cat "$ROOT/.cache/api-bench.pid")"
echo "API heap after the run (jcmd GC.heap_info):"
jcmd "$pid" GC.heap_info 2>/dev/null | sed -n '1,3p' || echo "  (jcmd unavailable)"
