#!/usr/bin/env bash
# Start-up to the first page: seconds from the start command to the first 200 of /login (the
# application answers 503 until the demo is loaded), for the first start on an empty data folder
# and for restarts on existing data, each way of starting: scripts/start.sh (extracted jar with a
# class data sharing archive, ParallelGC and a later C2), the same with the JVM's own defaults,
# java -jar, and mvn spring-boot:run. Needs `mvn package` first.
# usage: bench/startup.sh [RUNS] [--report]   (default 3 restarts each)
# --report: one more start.sh restart that logs Spring's start-up steps, slowest first (the
# application's -Dmainstream.startup-report=true), printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
report=${2:-}
port=18090
data=$(mktemp -d /tmp/mainstream-startup.XXXX)
[ -f target/mainstream.jar ] || { echo "run 'mvn package' first" >&2; exit 1; }

first_page() { # label, command...
  local label=$1; shift
  local t0; t0=$(date +%s.%N)
  setsid "$@" >"$data.log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: the application stopped (see $data.log)" >&2; exit 1; }
    sleep 0.1
  done
  local t1; t1=$(date +%s.%N)
  printf '%-34s %6.1f s\n' "$label" "$(echo "$t1 - $t0" | bc)"
  kill -- -"$pid"; wait "$pid" 2>/dev/null || true
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
args=(--server.port=$port --mainstream.data-dir="$data" --spring.profiles.active=demo)
scripts/start.sh --prepare
first_page "start.sh, first start (demo load)" scripts/start.sh "${args[@]}"
for i in $(seq 1 "$runs"); do first_page "start.sh, restart $i" scripts/start.sh "${args[@]}"; done
for i in $(seq 1 "$runs"); do
  JAVA_OPTS="-XX:+UseG1GC -XX:Tier4InvocationThreshold=5000" first_page "start.sh, JVM defaults, restart $i" scripts/start.sh "${args[@]}"
done
for i in $(seq 1 "$runs"); do first_page "java -jar, restart $i" java -jar target/mainstream.jar "${args[@]}"; done
for i in $(seq 1 "$runs"); do
  first_page "mvn spring-boot:run, restart $i" mvn -B -q -o spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --mainstream.data-dir=$data"
done
if [ "$report" = --report ]; then
  JAVA_OPTS="-Dmainstream.startup-report=true" first_page "start.sh, restart with report" scripts/start.sh "${args[@]}"
  awk '/Start-up report/ {on = 1; sub(/.*: /, ""); print; next} on && /^[0-9]{4}-/ {exit} on' "$data.log"
fi
rm -rf "$data" "$data.log"
