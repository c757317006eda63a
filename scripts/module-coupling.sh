#!/usr/bin/env bash
# Prints how the modules talk: cross-module imports (an import of tw.mainstream.X… in a file of
# module Y ≠ X, shared excluded) per pair and in total, and the business events that cross modules
# (a record published in one module, handled by a listener in another).
# Usage: scripts/module-coupling.sh [source root, default src/main/java/tw/mainstream]
set -euo pipefail
root=${1:-$(dirname "$0")/../src/main/java/tw/mainstream}
cd "$root"
modules=$(find . -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)

echo "Cross-module imports (importer <- imported: count)"
total=0
for m in $modules; do
  [ "$m" = shared ] && continue
  while read -r n target; do
    [ -z "${n:-}" ] && continue
    printf '  %-11s <- %-11s %4d\n' "$m" "$target" "$n"
    total=$((total + n))
  done < <(grep -rhoE '^import (static )?tw\.mainstream\.[a-z]+\.' "$m" --include='*.java' \
            | sed -E 's/^import (static )?tw\.mainstream\.([a-z]+)\..*/\2/' \
            | grep -vx -e "$m" -e shared | sort | uniq -c || true)
done
echo "  total: $total"

echo "Business events crossing modules (event: publisher -> listener)"
events=0
# A listener is a method annotated @EventListener, @TransactionalEventListener or
# @ApplicationModuleListener whose parameter type is imported from another module.
while IFS= read -r file; do
  listener=${file#./}; listener=${listener%%/*}
  while read -r type; do
    [ -z "$type" ] && continue
    fq=$(grep -hoE "^import tw\.mainstream\.[a-z]+(\.[a-z]+)*\.$type;" "$file" | head -1 \
         | sed -E 's/^import tw\.mainstream\.([a-z]+)\..*/\1/' || true)
    if [ -n "$fq" ] && [ "$fq" != "$listener" ] && [ "$fq" != shared ]; then
      printf '  %-22s %s -> %s\n' "$type" "$fq" "$listener"
      events=$((events + 1))
    fi
  done < <(grep -A2 -E '@(EventListener|TransactionalEventListener|ApplicationModuleListener)' "$file" \
            | grep -oE '(void|public void) on[A-Za-z]*\(([A-Za-z]+)' | sed -E 's/.*\(//' | sort -u || true)
done < <(grep -rlE '@(EventListener|TransactionalEventListener|ApplicationModuleListener)' . --include='*.java')
echo "  total: $events"
