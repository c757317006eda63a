#!/usr/bin/env bash
# Microdata benchmark: pivot sex × nationality × month on N generated border crossings with
# DuckDB (MicrodataPivotService) and with PostgreSQL on 127.0.0.1:5432 (scratch database
# mainstream_microdata_bench, kept for reuse; drop it with: dropdb -h 127.0.0.1 -U postgres mainstream_microdata_bench).
# Usage: bench/microdata-bench.sh [ROWS] [PG_ROWS]   (default 100000000; PG_ROWS defaults to ROWS, 0 skips PostgreSQL)
# Data goes to $BENCH_DIR (default ./bench-data, gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-100000000}"
PG_ROWS="${2:-$ROWS}"
BENCH_DIR="${BENCH_DIR:-bench-data}"
CP_FILE=target/microdata-bench.classpath
mvn -q test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
# run from a copy of the classes, so that a build running meanwhile cannot pull them away
RUN_DIR=target/microdata-bench
rm -rf "$RUN_DIR" && mkdir -p "$RUN_DIR" && cp -r target/classes "$RUN_DIR/classes" && cp -r target/test-classes "$RUN_DIR/test-classes"
mkdir -p "$BENCH_DIR"
exec java -Xmx1g -cp "$RUN_DIR/test-classes:$RUN_DIR/classes:$(cat "$CP_FILE")" \
  tw.mainstream.statistics.microdata.bench.MicrodataBenchmark "$ROWS" "$BENCH_DIR" "$PG_ROWS"
