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
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "Installing ${need[*]} needs root (run as root, or install them first)." >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  # waits up to 10 minutes when another apt-get holds the lock, instead of failing at once
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "Starting PostgreSQL"
  [ "$(id -u)" = 0 ] || { echo "PostgreSQL on 127.0.0.1:5432 is down; starting it needs root." >&2; exit 1; }
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

# the OpenAPI tests' linter (Redocly) and TypeScript compiler, pinned in package-lock.json
# (npm ci again whenever package-lock.json is newer than the last complete install)
if [ ! -f src/test/node/node_modules/.installed ] || [ src/test/node/package-lock.json -nt src/test/node/node_modules/.installed ]; then
  (cd src/test/node && npm ci --no-audit --no-fund && touch node_modules/.installed)
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mvn -B verify "$@"
# acknowledged writes survive kill -9 (the jar as its own process, H2 and PostgreSQL)
scripts/crash-durability.sh
