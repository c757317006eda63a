#!/usr/bin/env bash
# Acknowledged writes survive kill -9. For the embedded H2 default and for PostgreSQL: starts the
# built jar (demo data) as its own process, POSTs tracked items with HTTP Basic in a loop, kills
# the JVM with SIGKILL in the middle of the loop, then reads the database (H2: the file the jar
# wrote, opened by the H2 of the jar, which recovers it as a restart would) and counts how many of
# the items answered 201 are missing. Prints one line per database; exits 1 if any write was lost.
# Usage: scripts/crash-durability.sh [h2|postgres ...]   (needs target/mainstream.jar: mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${CRASH_JAR:-target/mainstream.jar}
PORT=${CRASH_PORT:-8130}
SECONDS_WRITING=${CRASH_SECONDS:-3}
PG=${CRASH_PG:-127.0.0.1:5432}
[ -f "$JAR" ] || { echo "missing $JAR: run mvn package first" >&2; exit 2; }
databases=("$@"); [ ${#databases[@]} -gt 0 ] || databases=(h2 postgres)
lost_total=0

pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true' EXIT

wait_up() {
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && return 0
    kill -0 "$1" 2>/dev/null || { echo "the jar stopped while starting" >&2; return 1; }
    sleep 1
  done
  echo "the jar did not start in 600 s" >&2; return 1
}

# Writes until the server stops answering; every id answered 201 goes to $1 at once.
write_loop() {
  python3 - "$PORT" "$1" <<'PY'
import base64, json, sys, urllib.request
port, acked = sys.argv[1], sys.argv[2]
auth = "Basic " + base64.b64encode(b"demo-secretariat:demo").decode()
def call(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, json.loads(r.read() or b"null")
_, forces = call("GET", "/api/v1/task-forces")
force = next(f for f in forces if "移民署" in json.dumps(f, ensure_ascii=False))
_, units = call("GET", f"/api/v1/agencies/{force['agencyId']}/units")
with open(acked, "a") as out:
    n = 0
    while True:
        n += 1
        try:
            status, item = call("POST", "/api/v1/tracked-items", {"taskForceId": force["id"],
                "content": f"crash-durability {n}", "leadUnitId": units[0]["id"], "dueKind": "NEXT_MEETING",
                "originLabel": "111 年第 1 次會議", "originDate": "2022-07-25"})
        except Exception:
            break
        if status == 201:
            out.write(f"{item['item']['id']}\n"); out.flush()
PY
}

for db in "${databases[@]}"; do
  dir=$(mktemp -d /tmp/trust11-crash-XXXXXX)
  args=(--server.port="$PORT" --mainstream.data-dir="$dir" --spring.profiles.active=demo
        --mainstream.tracking.reminders.enabled=false)
  if [ "$db" = postgres ]; then
    name="wt_trust11_crash_$$"
    psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "create database $name" >/dev/null
    args+=(--spring.datasource.url="jdbc:postgresql://$PG/$name" --spring.datasource.username=postgres)
  fi
  java -jar "$JAR" "${args[@]}" >"$dir/app.log" 2>&1 &
  pid=$!
  wait_up "$pid"
  touch "$dir/acked"
  write_loop "$dir/acked" & writer=$!
  # kill in full flow: once 20 writes were answered, after a few more seconds of writing
  for _ in $(seq 1 300); do [ "$(wc -l <"$dir/acked")" -ge 20 ] && break; sleep 1; done
  sleep "$SECONDS_WRITING"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
  wait "$writer" || true
  acked=$(wc -l <"$dir/acked")
  if [ "$db" = postgres ]; then
    found=$(psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -d "$name" -Atc "select id from tracking_item where content like 'crash-durability %'")
    psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -qc "drop database $name with (force)" >/dev/null
  else
    # restart on the crashed files, then a clean stop: it must log no error (e.g. "already closed")
    java -jar "$JAR" "${args[@]}" >"$dir/restart.log" 2>&1 &
    pid=$!
    wait_up "$pid"
    kill -TERM "$pid"; wait "$pid" || true; pid=
    if grep -E "ERROR|already closed" "$dir/restart.log"; then
      echo "clean stop on $db logged errors (above)"; lost_total=$((lost_total + 1))
    else
      echo "restart after kill -9 and clean stop on $db: no errors in the log"
    fi
    unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' >"$dir/h2.jar"
    found=$(java -cp "$dir/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$dir/db/mainstream;MODE=PostgreSQL" \
      -user sa -sql "select id from tracking_item where content like 'crash-durability %'" | grep -Eo '^[0-9]+' || true)
  fi
  lost=$(comm -23 <(sort -u "$dir/acked") <(printf '%s\n' $found | sort -u) | wc -l)
  echo "kill -9 on $db: $acked writes answered 201, $lost lost"
  lost_total=$((lost_total + lost))
  rm -rf "$dir"
done
[ "$lost_total" -eq 0 ]
