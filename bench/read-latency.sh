#!/usr/bin/env bash
# Read latency of the running API (start it with `make run` first): N sequential authenticated
# GET /api/collaboratives requests with a demo user's real Keycloak token, after a warm-up.
# Prints requests per second and the 50th/95th/99th percentile latency in milliseconds.
#
#   bench/read-latency.sh [N=500] [USER=admin]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-500}"
USER_NAME="${2:-admin}"
URL="${LCP_API_URL:-http://localhost:8080}/api/collaboratives?size=20"
TOKEN="$("$ROOT/infra/scripts/keycloak.sh" token "$USER_NAME")"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

for _ in $(seq 1 100); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"; done
start=$(date +%s.%N)
for _ in $(seq 1 "$N"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$URL"
done > "$OUT/read-latency.txt"
end=$(date +%s.%N)

python3 - "$OUT/read-latency.txt" "$start" "$end" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1])]
bad = [r for r in rows if r[0] != "200"]
ms = sorted(float(r[1]) * 1000 for r in rows)
pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * len(ms))) - 1)]
wall = float(sys.argv[3]) - float(sys.argv[2])
print(f"GET /api/collaboratives: {len(ms)} requests, {len(bad)} not 200, {len(ms) / wall:.0f} req/s sequential (curl per request)")
print(f"latency ms: p50 {pct(50):.1f}  p95 {pct(95):.1f}  p99 {pct(99):.1f}  max {ms[-1]:.1f}")
PY
