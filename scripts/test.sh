#!/usr/bin/env bash
# The test command of the README: installs what the tests need when it is missing, starts
# PostgreSQL when it is down, then runs every test (H2 and PostgreSQL runs, browser journeys).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "Starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

# the OpenAPI tests' linter (Redocly) and TypeScript compiler, pinned in package-lock.json
[ -x src/test/node/node_modules/.bin/redocly ] || (cd src/test/node && npm ci --no-audit --no-fund)

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec mvn -B verify "$@"
