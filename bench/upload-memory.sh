#!/usr/bin/env bash
# Metric uploads in bounded memory (issue 10, point 6). Run by hand: bench/upload-memory.sh
#
# Starts the built API jar with -Xmx512m on a spare port (UPLOAD_MEM_PORT, default 28082) against
# the database UPLOAD_MEM_DB (default lcp_t_uploads, migrated by the API itself) and the shared
# Keycloak (:8180), sets up a collaborative with 200 enrolled teams and 125 COUNT measures, then:
#   1. fires five 50 MB CSV uploads at once (200,000 rows each, the row limit; within the byte limit)
#   2. fires ten 10 MB CSV uploads at once (40,000 rows each)
# Uploads beyond lcp.metrics.max-concurrent-uploads are answered 503 with Retry-After (documented);
# each such upload is sent again after Retry-After, until every upload is written.
# Prints, per upload: every answer's status and time; then the JVM's peak heap (jstat, sampled)
# and peak RSS (VmHWM). Exits non-zero on an OutOfMemoryError, on the JVM exiting, on any 5xx other
# than the documented 503, or on an upload that is not written completely.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
S="$ROOT/infra/scripts"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
PORT=${UPLOAD_MEM_PORT:-28082}
DB=${UPLOAD_MEM_DB:-lcp_t_uploads}
API="http://127.0.0.1:$PORT"

export LCP_INSTANCE=api-upload-mem LCP_HTTP_PORT=$PORT LCP_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  LCP_JAVA_OPTS="-Xmx512m" LCP_IDENTITY_ADMIN_ENABLED=false
cleanup() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  "$S/api.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -h 127.0.0.1 -U postgres -qAtc "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "create database $DB"
curl -sf -o /dev/null "http://localhost:8180/realms/lcp" || { echo "Keycloak is not up at :8180" >&2; exit 1; }
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || "$S/api.sh" build
"$S/api.sh" start
PID="$(cat "$ROOT/.cache/$LCP_INSTANCE.pid")"
LOG="$ROOT/.cache/$LCP_INSTANCE.log"
echo "API pid $PID: $(tr '\0' ' ' < /proc/$PID/cmdline | cut -c1-120)"

# heap used (survivors + eden + old, KB), sampled every 200 ms
jstat -gc "$PID" 200 > "$OUT/upload-memory-jstat.txt" 2>/dev/null &
SAMPLER=$!

set +e
python3 - "$API" "$S/keycloak.sh" "$DB" "$OUT" <<'PY'
import concurrent.futures, datetime, os, json, subprocess, sys, time, urllib.error, urllib.request, uuid
api, keycloak, db, out = sys.argv[1:5]
TEAMS, MEASURES_PER_SET, SETS = 200, 25, 5

def token():
    return subprocess.run([keycloak, "token", "admin"], check=True, capture_output=True, text=True).stdout.strip()

def call(method, path, body=None, headers=None, timeout=900):
    h = {"Authorization": "Bearer " + token(), "Content-Type": "application/json"}
    h.update(headers or {})
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(api + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()

def must(status, body, what):
    if status >= 300:
        sys.exit(f"{what}: {status} {body[:500]!r}")
    return json.loads(body or b"null")

def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAtc", sql],
                          check=True, capture_output=True, text=True).stdout

s, _, b = call("POST", "/api/collaboratives", {"title": "Upload memory " + uuid.uuid4().hex[:8],
                                                "practice": "TF-CBT", "kind": "LEARNING_COLLABORATIVE"})
collab = must(s, b, "collaborative")["id"]
keys = [[f"s{k}-m{m:02d}" for m in range(MEASURES_PER_SET)] for k in range(SETS)]
for key in (k for ks in keys for k in ks):
    s, _, b = call("POST", f"/api/collaboratives/{collab}/measures",
                   {"key": key, "name": key, "type": "COUNT", "direction": "INCREASE", "lockAfterDays": 3650})
    must(s, b, "measure")
orgs = []
for t in range(TEAMS):
    s, _, b = call("POST", "/api/organizations", {"name": f"Upload memory site {t:03d} {uuid.uuid4().hex[:6]}"})
    orgs.append(must(s, b, "organization")["id"])
# enrolment normally comes from an accepted application; arranged directly for the benchmark
psql("insert into team (id, collaborative_id, organization_id, enrolled_at) values " + ",".join(
    f"('{uuid.uuid4()}', '{collab}', '{o}', now())" for o in orgs))
this = datetime.date.today().replace(day=1)
def month(ago):
    y, m = this.year, this.month - ago
    while m <= 0:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}"

# organizationName is an ignored column (uploads accept exports): it pads each row to ROW bytes
ROW = 250
def csv(path, measure_keys, months, value):
    n = 0
    with open(path, "w", newline="") as f:
        f.write("organizationId,organizationName,measureKey,period,value\n")
        for o in orgs:
            for k in measure_keys:
                for p in months:
                    head = f"{o},"
                    tail = f",{k},{p},{value}\n"
                    f.write(head + "x" * (ROW - len(head) - len(tail)) + tail)
                    n += 1
    return n

jobs = []
for k in range(SETS):   # five 50 MB uploads: 200 teams x 25 measures x 40 months, each its own measures
    path = f"{out}/upload-50mb-{k}.csv"
    jobs.append(("50MB", k, path, csv(path, keys[k], [month(a) for a in range(1, 41)], k + 1)))
small = []
for j in range(10):     # ten 10 MB uploads: 200 teams x 25 measures x 8 months, distinct months
    path = f"{out}/upload-10mb-{j}.csv"
    small.append(("10MB", j, path, csv(path, keys[0], [month(a) for a in range(1 + 8 * j, 9 + 8 * j)], 100 + j)))

failures = []
def upload(job):
    size, i, path, rows = job
    body = open(path, "rb").read()
    attempts = []
    t_start = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        status, headers, answer = call("POST", f"/api/collaboratives/{collab}/metric-imports", body,
                                       {"Content-Type": "text/csv"})
        attempts.append((status, time.perf_counter() - t0))
        if status in (503, 429) and len(attempts) < 60:
            retry = int(headers.get("Retry-After") or headers.get("retry-after") or 5)
            time.sleep(retry)
            continue
        break
    del body
    report = json.loads(answer) if status == 200 else None
    line = (f"{size} #{i} {os.path.getsize(path) / 1e6:5.1f} MB {rows} rows: "
            + " ".join(f"{s}({t:.1f}s)" for s, t in attempts)
            + f"  total {time.perf_counter() - t_start:6.1f} s")
    if report:
        line += f"  created {report['created']} updated {report['updated']} rejected {report['rejected']}"
    ok = status == 200 and report["rejected"] == 0 and report["created"] + report["updated"] + report["unchanged"] == rows
    if not ok:
        failures.append(f"{size} #{i}: {status} {answer[:300]!r}")
    if any(s >= 500 and s != 503 for s, _ in attempts):
        failures.append(f"{size} #{i}: an undocumented 5xx: {attempts}")
    return line

for label, batch in (("five 50 MB uploads at once", jobs), ("ten 10 MB uploads at once", small)):
    print(f"-- {label}")
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(len(batch)) as pool:
        for line in pool.map(upload, batch):
            print("  " + line, flush=True)
    print(f"   all written in {time.perf_counter() - t0:.1f} s", flush=True)

stored = int(psql(f"select count(*) from metric_value v join measure m on m.id = v.measure_id "
                  f"where m.collaborative_id = '{collab}'"))
# the 50 MB uploads write months 1-40 of every set; the 10 MB ones months 1-80 of the first set
expected = SETS * TEAMS * MEASURES_PER_SET * 40 + TEAMS * MEASURES_PER_SET * 40
print(f"values stored: {stored} (expected {expected})")
if stored != expected:
    failures.append("stored values do not match")
for f in failures:
    print("FAILED: " + f)
sys.exit(1 if failures else 0)
PY
RESULT=$?
set -e
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=
alive=yes; kill -0 "$PID" 2>/dev/null || alive=no
peak_heap=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' \
  "$OUT/upload-memory-jstat.txt")
peak_rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' /proc/$PID/status 2>/dev/null || echo "?")
echo "JVM: -Xmx512m, alive after the run: $alive, peak heap used ${peak_heap} MB (jstat, 200 ms samples), peak RSS ${peak_rss} MB"
if grep -q "OutOfMemoryError" "$LOG"; then
  echo "FAILED: OutOfMemoryError in $LOG"; RESULT=1
fi
[ "$alive" = yes ] || { echo "FAILED: the JVM exited"; RESULT=1; }
rm -f "$OUT"/upload-50mb-*.csv "$OUT"/upload-10mb-*.csv
exit $RESULT
