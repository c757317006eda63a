#!/usr/bin/env bash
# Renders a ~20-page minutes to ODT, DOCX and PDF and prints the median times (warm JVM).
# Usage: bench/document-bench.sh   (from anywhere; Maven must have the dependencies cached)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
mvn -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
exec java -Xmx1g -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
  -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  tw.mainstream.document.bench.MinutesRenderBenchmark "$@"
