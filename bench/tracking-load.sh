#!/usr/bin/env bash
# Load test of tracking on PostgreSQL with generated data (see TrackingDataGenerator):
# the dashboard and the follow-up table of a large agency, and /actuator/health as the trivial
# endpoint, each with wrk at 16 connections. Prints p50/p95/p99 and the throughput ratio.
# Usage: bench/tracking-load.sh [duration, default 20s]   (needs: mvn, psql, wrk; see bench-app.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20s}
source bench/bench-app.sh

[ "${BENCH_SKIP_LOAD:-}" = 1 ] || bench_generate
bench_start_app
bench_sign_in

for path in /tracking /tracking/follow-up; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$SESSION" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answered $code"; exit 1; }
  page=$(curl -s -b "JSESSIONID=$SESSION" "$BASE$path")
  echo "$path: $(echo "$page" | wc -c) bytes, $(echo "$page" | grep -c '<tr') table rows"
done
H=$(bench_wrk health "$BASE/actuator/health" "$DURATION")
D=$(bench_wrk dashboard "$BASE/tracking" "$DURATION")
F=$(bench_wrk follow-up "$BASE/tracking/follow-up" "$DURATION")
echo "$H"; echo "$D"; echo "$F"
echo "ratio dashboard/health = $(echo "scale=3; $(bench_rps "$D") / $(bench_rps "$H")" | bc)"
echo "ratio follow-up/health = $(echo "scale=3; $(bench_rps "$F") / $(bench_rps "$H")" | bc)"
