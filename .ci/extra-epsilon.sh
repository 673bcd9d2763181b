#!/usr/bin/env bash
# Zero allocation, proven (short CI version): the engine's own bench under Epsilon, a GC that
# never collects, with a small heap. Any steady-state allocation would show as heap growth and,
# over a long enough run, as OutOfMemoryError. The documented long run is in TUNING.md/BENCHMARKS.md:
#   HFT_JAVA_OPTS="$EPSILON" ./hft bench --seconds 60 --warmup 10 --layout 1|2
set -euo pipefail
cd "$(dirname "$0")/.."
EPSILON="-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xms768m -Xmx768m -XX:+AlwaysPreTouch"
for layout in 1 2; do
  json=target/ci/epsilon-layout$layout.json
  HFT_JAVA_OPTS="$EPSILON" ./hft bench --seconds 8 --warmup 4 --rate 100000 --layout "$layout" --oversubscribe \
    --no-metrics-file --out target/ci/epsilon --json "$json" > "target/ci/epsilon-layout$layout.txt" 2>&1
  growth=$(sed -n 's/.*"heap_growth_bytes": \([0-9-]*\).*/\1/p' "$json")
  gcs=$(sed -n 's/.*"gc_collections": \([0-9]*\).*/\1/p' "$json")
  messages=$(sed -n 's/^  "messages": \([0-9]*\).*/\1/p' "$json")
  echo "epsilon layout $layout: $messages messages, $gcs GC, heap growth $growth bytes after warm-up"
  [ "$gcs" = 0 ] || { echo "GC ran under Epsilon?"; exit 1; }
  [ "$messages" -gt 100000 ] || { echo "too few messages: the bench did not run"; exit 1; }
  # A few KiB of slack for the housekeeping thread's once-a-second reporting; a hot-path
  # allocation of even 16 bytes per message would be tens of MiB here.
  [ "$growth" -lt $((4 * 1024 * 1024)) ] || { echo "heap grew by $growth bytes: something allocates"; exit 1; }
done
