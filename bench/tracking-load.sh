#!/usr/bin/env bash
# Load test of tracking on PostgreSQL with generated data (see TrackingDataGenerator):
# the dashboard and the follow-up table of a large agency, and /actuator/health as the trivial
# endpoint, each with wrk at 16 connections. Prints p50/p95/p99 and the throughput ratio.
# Usage: bench/tracking-load.sh [duration, default 20s]   (needs: mvn, psql/createdb, wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-mainstream_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${1:-20s}
PG=jdbc:postgresql://127.0.0.1:5432/$DB
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }

if [ "${BENCH_SKIP_LOAD:-}" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" postgres
  psql -h 127.0.0.1 -U postgres -qc "create database $DB" postgres
  mvn -q -DskipTests package
  mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
  java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
    tw.mainstream.tracking.bench.TrackingDataGenerator "$PG" postgres ""
fi

java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/mainstream.jar --server.port=$PORT --spring.datasource.url=$PG \
  --spring.datasource.username=postgres --spring.datasource.password= --mainstream.demo.enabled=false \
  --mainstream.tracking.reminders.enabled=false --mainstream.data-dir=target/bench-data --spring.flyway.out-of-order=true \
  --logging.level.root=WARN --logging.level.tw.mainstream.search=INFO > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
# the search index is rebuilt in the background at start-up when missing or outdated: wait, so
# that the measured runs do not share the CPU with it
for i in $(seq 1 600); do
  grep -q "Search index rebuilt" target/bench-app.log && break
  grep -q "Search index missing" target/bench-app.log || { [ "$i" -gt 20 ] && break; }
  sleep 1
done

JAR=target/bench-cookies.txt
rm -f $JAR
TOKEN=$(curl -s -c $JAR -b $JAR "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -c $JAR -b $JAR -o /dev/null -d "username=bench-secretariat&password=bench&_csrf=$TOKEN" "http://127.0.0.1:$PORT/login"
SESSION=$(awk '$6=="JSESSIONID"{print $7}' $JAR | tail -1)
[ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }

LUA=target/bench-report.lua
cat > $LUA <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.1fms p95=%.1fms p99=%.1fms rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

run() {
  # warm-up, then the measured run
  wrk -t2 -c16 -d5s -H "Cookie: JSESSIONID=$SESSION" "$2" >/dev/null
  local line
  line=$(wrk -t4 -c16 -d"$DURATION" -s $LUA -H "Cookie: JSESSIONID=$SESSION" "$2" | grep RESULT)
  echo "$1 ${line#RESULT }"
}

for path in /tracking /tracking/follow-up; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$SESSION" "http://127.0.0.1:$PORT$path")
  [ "$code" = 200 ] || { echo "$path answered $code"; exit 1; }
  page=$(curl -s -b "JSESSIONID=$SESSION" "http://127.0.0.1:$PORT$path")
  echo "$path: $(echo "$page" | wc -c) bytes, $(echo "$page" | grep -c '<tr') table rows"
done
H=$(run health "http://127.0.0.1:$PORT/actuator/health")
D=$(run dashboard "http://127.0.0.1:$PORT/tracking")
F=$(run follow-up "http://127.0.0.1:$PORT/tracking/follow-up")
echo "$H"; echo "$D"; echo "$F"
rps() { echo "$1" | sed -n 's/.*rps=\([0-9.]*\).*/\1/p'; }
echo "ratio dashboard/health = $(echo "scale=3; $(rps "$D") / $(rps "$H")" | bc)"
echo "ratio follow-up/health = $(echo "scale=3; $(rps "$F") / $(rps "$H")" | bc)"
