#!/usr/bin/env bash
# Search on the generated data of the tracking benchmark (TrackingDataGenerator: 100,000 tracked
# items and ~500,000 progress reports with their meetings, indexed by the application itself at
# start-up): twelve queries through /api/v1/search with wrk at 16 connections as the secretariat
# of the large agency, and the same queries as ILIKE scans on PostgreSQL with pgbench at 16
# clients, each for the same duration. Prints p50/p95/p99 and the ratio.
# Usage: bench/search-load.sh [duration, default 20s]   (needs: mvn, psql, pgbench, wrk; see bench-app.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20s}
source bench/bench-app.sh
command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install -y postgresql-client"; exit 1; }

QUERIES=(同性婚姻 列管 解除列管 性別預算 失聯移工安置 性別影響評估 托育 新住民 "性別預算 執行率" 繼續列管 育嬰留職停薪 性騷擾防治)
ENCODED=("%E5%90%8C%E6%80%A7%E5%A9%9A%E5%A7%BB" "%E5%88%97%E7%AE%A1" "%E8%A7%A3%E9%99%A4%E5%88%97%E7%AE%A1"
  "%E6%80%A7%E5%88%A5%E9%A0%90%E7%AE%97" "%E5%A4%B1%E8%81%AF%E7%A7%BB%E5%B7%A5%E5%AE%89%E7%BD%AE"
  "%E6%80%A7%E5%88%A5%E5%BD%B1%E9%9F%BF%E8%A9%95%E4%BC%B0" "%E6%89%98%E8%82%B2" "%E6%96%B0%E4%BD%8F%E6%B0%91"
  "%E6%80%A7%E5%88%A5%E9%A0%90%E7%AE%97%20%E5%9F%B7%E8%A1%8C%E7%8E%87" "%E7%B9%BC%E7%BA%8C%E5%88%97%E7%AE%A1"
  "%E8%82%B2%E5%AC%B0%E7%95%99%E8%81%B7%E5%81%9C%E8%96%AA" "%E6%80%A7%E9%A8%B7%E6%93%BE%E9%98%B2%E6%B2%BB")

[ "${BENCH_SKIP_LOAD:-}" = 1 ] || bench_generate
bench_start_app
bench_sign_in

# wrk: each request one of the queries, in turn
LUA=target/bench-search.lua
{
  echo "local queries = {"
  for e in "${ENCODED[@]}"; do echo "  \"/api/v1/search?q=$e\","; done
  echo "}"
  echo "local n = 0"
  echo "request = function() n = n + 1; return wrk.format('GET', queries[(n % #queries) + 1]) end"
} > $LUA
for e in "${ENCODED[@]}"; do
  body=$(curl -s -b "JSESSIONID=$SESSION" -w ' HTTP%{http_code}' "$BASE/api/v1/search?q=$e")
  [ "${body##* }" = HTTP200 ] || { echo "search answered ${body##* }"; exit 1; }
done
echo "first query answers: $(curl -s -b "JSESSIONID=$SESSION" "$BASE/api/v1/search?q=${ENCODED[0]}" | head -c 300)…"
H=$(bench_wrk health "$BASE/actuator/health" "$DURATION")
S=$(bench_wrk search "$BASE/api/v1/search" "$DURATION" $LUA)
# the query time inside the server (index search, snippets, stored fields; no HTTP), as its timer saw it
bench_sign_in bench-admin
q() { curl -s -b "JSESSIONID=$SESSION" "$BASE/actuator/metrics/mainstream.search.query.percentile?tag=phi:$1" \
  | sed -n 's/.*"value":\([0-9.E-]*\).*/\1/p' | awk '{printf "%.1f", $1 * 1000}'; }
Q="p50=$(q 0.5)ms p95=$(q 0.95)ms p99=$(q 0.99)ms"

# pgbench: the same queries as ILIKE scans over the agency's items and reports, 16 clients
AGENCY=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select agency_id from account_user where username = 'bench-secretariat'")
SQLDIR=$PWD/target/bench-sql
rm -rf $SQLDIR && mkdir -p $SQLDIR
ARGS=()
for i in "${!QUERIES[@]}"; do
  item="true"; report="true"
  for term in ${QUERIES[$i]}; do
    item="$item and content ilike '%$term%'"; report="$report and text ilike '%$term%'"
  done
  echo "select (select count(*) from tracking_item where agency_id = $AGENCY and $item)
    + (select count(*) from tracking_report where agency_id = $AGENCY and $report);" > $SQLDIR/q$i.sql
  ARGS+=(-f "$SQLDIR/q$i.sql")
done
(cd $SQLDIR && pgbench -h 127.0.0.1 -U postgres -n -c 16 -j 2 -T "${DURATION%s}" -l --log-prefix=pgbench "${ARGS[@]}" "$DB" >/dev/null)
SQL=$(cat $SQLDIR/pgbench* | awk '{print $3 / 1000}' | sort -n | awk '{v[NR]=$1} END {
  printf "p50=%.1fms p95=%.1fms p99=%.1fms scans=%d", v[int(NR*0.5)+1], v[int(NR*0.95)+1], v[int(NR*0.99)+1], NR}')

echo "$H"; echo "$S (HTTP round trip, wrk)"; echo "query $Q (inside the server, same run)"
echo "ilike $SQL (pgbench, 16 clients, ${DURATION})"
p95() { echo "$1" | sed -n 's/.*p95=\([0-9.]*\)ms.*/\1/p'; }
p50() { echo "$1" | sed -n 's/.*p50=\([0-9.]*\)ms.*/\1/p'; }
echo "ratio ILIKE/search (HTTP) at 16 concurrent users: p50 $(echo "scale=1; $(p50 "$SQL") / $(p50 "$S")" | bc)x, p95 $(echo "scale=1; $(p95 "$SQL") / $(p95 "$S")" | bc)x"
echo "ratio ILIKE/query time at 16 concurrent users: p50 $(echo "scale=1; $(p50 "$SQL") / $(p50 "$Q")" | bc)x, p95 $(echo "scale=1; $(p95 "$SQL") / $(p95 "$Q")" | bc)x"
