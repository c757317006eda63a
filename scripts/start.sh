#!/usr/bin/env bash
# Starts the packaged application (target/mainstream.jar, from `mvn package`) the fast way:
# extracted once into target/app (classes load from plain jars, not nested ones) with a class data
# sharing archive made by one training run (Spring's spring.context.exit=onRefresh). Both are made
# again when the jar is newer. Arguments go to the application, e.g.
#   scripts/start.sh --mainstream.data-dir=/srv/mainstream --spring.profiles.active=demo
# JAVA_OPTS adds JVM options (e.g. -Xmx2g). Two defaults suit the small servers agencies run (2
# cores), each left out when JAVA_OPTS sets its own: the throughput collector (ParallelGC: G1's
# concurrent threads compete with start-up), and the JIT's optimising tier (C2) compiling a method
# after 10 times the usual calls (-XX:Tier4*), so that C2 spends the start-up on code that stays
# hot instead of code that runs only while the application starts. Together they save about 2 s of
# the first page after a restart here (bench/startup.sh); hot code still reaches C2, a little later.
# `scripts/start.sh --prepare` only extracts and trains.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/mainstream.jar
app=target/app
[ -f "$jar" ] || { echo "No $jar: run 'mvn package' first." >&2; exit 1; }

if [ ! -f "$app/mainstream.jar" ] || [ "$jar" -nt "$app/mainstream.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
fi
jvm=()
[[ "${JAVA_OPTS:-}" == *GC* ]] || jvm=(-XX:+UseParallelGC)
[[ "${JAVA_OPTS:-}" == *Tier* ]] || jvm+=(-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000
  -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000)
if [ ! -f "$app/mainstream.jsa" ] || [ "$app/mainstream.jar" -nt "$app/mainstream.jsa" ]; then
  echo "Preparing the class data sharing archive (once per build)…" >&2
  training=$(mktemp -d)
  # the training run starts the application on a scratch embedded database, serves its first page
  # (so the classes of a request are archived too) and stops; the archive is written as it exits
  java "${jvm[@]}" ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$app/mainstream.jsa" \
    -jar "$app/mainstream.jar" --mainstream.data-dir="$training" --spring.profiles.active=default \
    --server.port=0 --server.address=127.0.0.1 --server.shutdown=immediate \
    --spring.datasource.url="jdbc:h2:file:$training/db/train;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH" \
    --spring.datasource.username=sa --spring.datasource.password= --mainstream.cluster.enabled=false \
    >"$training.log" 2>&1 &
  pid=$!
  port=
  for _ in $(seq 1 1200); do  # at most 2 minutes
    kill -0 "$pid" 2>/dev/null || break
    port=${port:-$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$training.log" | head -1)}
    [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ] && break
    sleep 0.1
  done
  [ -n "$port" ] && curl -s -o /dev/null "http://127.0.0.1:$port/public" || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  [ -s "$app/mainstream.jsa" ] && [ -n "$port" ] || { echo "Training run failed (see $training.log); starting without the archive." >&2; rm -f "$app/mainstream.jsa"; }
  rm -rf "$training"
fi
[ "${1:-}" = "--prepare" ] && exit 0   # only extract and train (e.g. at deployment)
share=()
[ -f "$app/mainstream.jsa" ] && share=(-XX:SharedArchiveFile="$app/mainstream.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
exec java "${jvm[@]}" ${JAVA_OPTS:-} "${share[@]}" -jar "$app/mainstream.jar" "$@"
