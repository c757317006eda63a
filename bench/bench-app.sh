# Shared by the load scripts (source it): the generated PostgreSQL database, the application on it,
# a signed-in session and a wrk run that prints p50/p95/p99 and requests per second.
# Settings: BENCH_DB (mainstream_bench_tracking; only a database this script created is dropped), BENCH_PORT (18080), BENCH_SKIP_LOAD=1 reuses the database,
# BENCH_JAVA_OPTS for the application's JVM.
DB=${BENCH_DB:-mainstream_bench_tracking}
BENCH_MARK='created by mainstream bench-app.sh'
PORT=${BENCH_PORT:-18080}
PG=jdbc:postgresql://127.0.0.1:5432/$DB
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }

# Generates 300 agencies, 12,300 meetings, 100,000 tracked items and ~500,000 reports (TrackingDataGenerator).
bench_generate() {
  bench_drop_own_db
  psql -h 127.0.0.1 -U postgres -qc "create database $DB" postgres
  psql -h 127.0.0.1 -U postgres -qc "comment on database $DB is '$BENCH_MARK'" postgres
  rm -rf target/bench-data   # its search index belongs to the previous data
  mvn -q -DskipTests package
  mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
  java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
    tw.mainstream.tracking.bench.TrackingDataGenerator "$PG" postgres ""
}

# Drops $DB only when it carries this script's mark: never a database somebody else created.
bench_drop_own_db() {
  local exists mark
  exists=$(psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'" postgres)
  [ -z "$exists" ] && return 0
  mark=$(psql -h 127.0.0.1 -U postgres -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'" postgres)
  [ "$mark" = "$BENCH_MARK" ] || { echo "Database $DB exists and was not created by this script: choose another BENCH_DB." >&2; exit 1; }
  psql -h 127.0.0.1 -U postgres -qc "drop database $DB with (force)" postgres
}

# Starts the jar on the database, waits for it and for the start-up search index rebuild.
bench_start_app() {
  [ -f target/mainstream.jar ] || mvn -q -DskipTests package
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar target/mainstream.jar --server.port=$PORT --spring.datasource.url=$PG \
    --spring.datasource.username=postgres --spring.datasource.password= --mainstream.demo.enabled=false \
    --mainstream.tracking.reminders.enabled=false --mainstream.data-dir=target/bench-data --spring.flyway.out-of-order=true \
    --logging.level.root=WARN --logging.level.tw.mainstream.search=INFO > target/bench-app.log 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for i in $(seq 1 180); do
    curl -sf "$BASE/actuator/health" >/dev/null && break
    sleep 1
  done
  # the index is rebuilt in the background when missing or outdated: measure only after it
  for i in $(seq 1 600); do
    grep -q "Search index rebuilt" target/bench-app.log && break
    grep -q "Search index missing" target/bench-app.log || { [ "$i" -gt 20 ] && break; }
    sleep 1
  done
}

# Signs in as the secretariat of the large agency (or the account named); sets SESSION.
bench_sign_in() {
  local jar=target/bench-cookies.txt token
  rm -f $jar
  token=$(curl -s -c $jar -b $jar "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c $jar -b $jar -o /dev/null -d "username=${1:-bench-secretariat}&password=bench&_csrf=$token" "$BASE/login"
  SESSION=$(awk '$6=="SESSION"{print $7}' $jar | tail -1)
  [ -n "$SESSION" ] || { echo "sign-in failed"; exit 1; }
}

# bench_wrk LABEL URL DURATION [LUA]: a warm-up, then the measured run at 16 connections.
bench_wrk() {
  local report=target/bench-report.lua script=${4:-} line
  cat > $report <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.1fms p95=%.1fms p99=%.1fms rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
  if [ -n "$script" ]; then cat "$script" $report > target/bench-combined.lua; report=target/bench-combined.lua; fi
  wrk -t2 -c16 -d5s -s $report -H "Cookie: SESSION=$SESSION" "$2" >/dev/null
  line=$(wrk -t4 -c16 -d"$3" -s $report -H "Cookie: SESSION=$SESSION" "$2" | grep RESULT)
  echo "$1 ${line#RESULT }"
}

bench_rps() { echo "$1" | sed -n 's/.*rps=\([0-9.]*\).*/\1/p'; }
