#!/usr/bin/env bash
# Search benchmark: 100,000 tracked items + 500,000 progress reports in the Lucene index and in a
# scratch PostgreSQL database (127.0.0.1:5432, user postgres), then ~20 fixed queries at 16 threads
# against SearchService and as ILIKE scans. Not part of `mvn verify`.
#   bench/search-bench.sh [--items=100000] [--reports=500000] [--threads=16] [--seconds=30]
#                         [--warmup-rounds=100] [--warmup=10] [--sql-reps=3] [--dir=target/search-bench] [--reuse] [--keep-db]
# --reuse keeps index and database between runs (and does not drop the database); --keep-db keeps
# the database. Otherwise the scratch database mainstream_searchcore_bench is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dfile.encoding=UTF-8 \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  tw.mainstream.search.bench.SearchBenchmark "$@"
