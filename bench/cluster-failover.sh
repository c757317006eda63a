#!/usr/bin/env bash
# Two nodes behind HAProxy on one PostgreSQL database (demo data): wrk across both at 16
# connections on the tracking dashboard, then kill -9 of one node mid-run. Prints the requests
# that failed during the failover, whether the signed-in session survived, and the search lag
# between the nodes (an item written on node A through the API, searched on node B; p50/p95).
# Settings: CLUSTER_DB (wt_cluster15_bench), CLUSTER_PORT (8170; the nodes take +1 and +2),
# DURATION (30s), KILL_AFTER (10 seconds), LAG_SAMPLES (30). Needs haproxy, wrk, psql, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${CLUSTER_DB:-wt_cluster15_bench}
LB=${CLUSTER_PORT:-8170}
PA=$((LB + 1)); PB=$((LB + 2))
DURATION=${DURATION:-30s}
KILL_AFTER=${KILL_AFTER:-10}
OUT=target/cluster-bench
for tool in haproxy wrk psql python3; do command -v $tool >/dev/null || { echo "$tool missing (apt-get install -y haproxy wrk postgresql-client python3)"; exit 1; }; done
[ -f target/mainstream.jar ] || mvn -q -DskipTests package
rm -rf $OUT && mkdir -p $OUT
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" postgres
psql -h 127.0.0.1 -U postgres -qc "create database $DB" postgres

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_node() { # NAME PORT DEMO
  java -Xmx768m -jar target/mainstream.jar --server.port=$2 \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
    --spring.datasource.password= --mainstream.demo.enabled=$3 --mainstream.cluster.enabled=true \
    --mainstream.data-dir=$OUT/$1 --mainstream.files.store=database --mainstream.tracking.reminders.enabled=false \
    --logging.level.root=WARN --logging.level.tw.mainstream.shared.cluster=INFO > $OUT/$1.log 2>&1 &
  PIDS+=($!)
  eval "PID_$1=$!"
  for i in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null && return 0
    sleep 1
  done
  echo "node $1 did not become ready"; tail -30 $OUT/$1.log; exit 1
}
start_node a $PA true
start_node b $PB false

cat > $OUT/haproxy.cfg <<CFG
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch
  retry-on conn-failure empty-response response-timeout
frontend web
  bind 127.0.0.1:$LB
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  default-server inter 500ms fall 2 rise 2
  server a 127.0.0.1:$PA check
  server b 127.0.0.1:$PB check
CFG
haproxy -f $OUT/haproxy.cfg -db > $OUT/haproxy.log 2>&1 &
PIDS+=($!)
sleep 2

# sign in through the balancer (Spring Session's cookie is SESSION)
BASE=http://127.0.0.1:$LB
JAR=$OUT/cookies.txt
TOKEN=$(curl -s -c $JAR -b $JAR "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c $JAR -b $JAR -o /dev/null -d "username=demo-secretariat&password=demo&_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6=="SESSION"{print $7}' $JAR | tail -1)
[ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }

# search lag between the nodes while both run: write on A, poll search on B
python3 - "$PA" "$PB" "${LAG_SAMPLES:-30}" > $OUT/lag.txt <<'PY'
import base64, json, random, sys, time, urllib.parse, urllib.request
a, b, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
auth = "Basic " + base64.b64encode(b"demo-secretariat:demo").decode()
def call(port, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)
tf = call(a, "/api/v1/task-forces")[0]
items = call(a, "/api/v1/tracked-items")
unit = items[0]["leadUnitId"] if items and "leadUnitId" in items[0] else None
pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬梅蘭竹菊"
lags = []
for i in range(n):
    token = "".join(random.choice(pool) for _ in range(8))
    call(a, "/api/v1/tracked-items", {"taskForceId": tf["id"], "content": f"請研議{token}之推動方式。", "leadUnitId": unit,
                                      "originLabel": "叢集測試", "originDate": "2024-03-01"})
    start = time.time()
    while True:
        found = call(b, "/api/v1/search?q=" + urllib.parse.quote(token))
        if found.get("totalHits", 0) > 0:
            lags.append((time.time() - start) * 1000); break
        if time.time() - start > 10:
            lags.append(float("inf")); break
        time.sleep(0.01)
lags.sort()
pct = lambda p: lags[min(len(lags) - 1, int(round(p / 100 * len(lags) + 0.5)) - 1)]
print(f"search lag A->B over {n} writes: p50={pct(50):.0f}ms p95={pct(95):.0f}ms max={lags[-1]:.0f}ms")
PY
cat $OUT/lag.txt

# wrk across both nodes; kill -9 node b after KILL_AFTER seconds
cat > $OUT/count.lua <<'LUA'
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function() bad = 0; signed_out = 0 end
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
  if status == 302 or status == 401 then signed_out = signed_out + 1 end
end
done = function(summary, latency, requests)
  local b, s = 0, 0
  for _, t in ipairs(threads) do b = b + t:get("bad"); s = s + t:get("signed_out") end
  io.write(string.format("RESULT requests=%d non200=%d signed_out=%d socket_errors=%d p50=%.1fms p99=%.1fms\n",
    summary.requests, b, s, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
wrk -t4 -c16 -d$DURATION -s $OUT/count.lua -H "Cookie: SESSION=$SESSION" "$BASE/tracking" > $OUT/wrk.txt &
WRK=$!
sleep $KILL_AFTER
kill -9 $PID_b
echo "killed node b (kill -9) after ${KILL_AFTER}s"
wait $WRK
grep RESULT $OUT/wrk.txt | sed 's/^RESULT /wrk across the failover: /'
STATUS=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: SESSION=$SESSION" "$BASE/tracking")
echo "after the failover the same session gets HTTP $STATUS on the dashboard ($([ "$STATUS" = 200 ] && echo 'still signed in' || echo 'signed out'))"
