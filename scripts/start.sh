#!/usr/bin/env bash
# Starts the packaged application (target/mainstream.jar, from `mvn package`) the fast way:
# extracted once into target/app (classes load from plain jars, not nested ones) with a class data
# sharing archive made by one training run (Spring's spring.context.exit=onRefresh). Both are made
# again when the jar is newer. Arguments go to the application, e.g.
#   scripts/start.sh --mainstream.data-dir=/srv/mainstream --spring.profiles.active=demo
# JAVA_OPTS adds JVM options (e.g. -Xmx2g). `scripts/start.sh --prepare` only extracts and trains.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/mainstream.jar
app=target/app
[ -f "$jar" ] || { echo "No $jar: run 'mvn package' first." >&2; exit 1; }

if [ ! -f "$app/mainstream.jar" ] || [ "$jar" -nt "$app/mainstream.jar" ]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
fi
if [ ! -f "$app/mainstream.jsa" ] || [ "$app/mainstream.jar" -nt "$app/mainstream.jsa" ]; then
  echo "Preparing the class data sharing archive (once per build)…" >&2
  training=$(mktemp -d)
  # the training run starts the application on a scratch embedded database and exits once it is set up
  java -XX:ArchiveClassesAtExit="$app/mainstream.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/mainstream.jar" --mainstream.data-dir="$training" --spring.profiles.active=default \
    --spring.datasource.url="jdbc:h2:file:$training/db/train;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH" \
    --spring.datasource.username=sa --spring.datasource.password= --mainstream.cluster.enabled=false \
    >"$training.log" 2>&1 || { echo "Training run failed (see $training.log); starting without the archive." >&2; rm -f "$app/mainstream.jsa"; }
  rm -rf "$training"
fi
[ "${1:-}" = "--prepare" ] && exit 0   # only extract and train (e.g. at deployment)
share=()
[ -f "$app/mainstream.jsa" ] && share=(-XX:SharedArchiveFile="$app/mainstream.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
exec java ${JAVA_OPTS:-} "${share[@]}" -jar "$app/mainstream.jar" "$@"
