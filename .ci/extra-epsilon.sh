#!/usr/bin/env bash
# Zero allocation, proven (short CI version): the engine's own bench under Epsilon, a GC that
# never collects, with a small heap. Two checks:
#  1. the pipeline's threads (stages and journal) allocated 0 bytes after warm-up, read from the
#     JVM's per-thread allocation counters: exact to the byte, and it names the thread;
#  2. the whole process's heap grew by less than 16 MiB: a coarse guard on every other thread.
#     Coarse because Epsilon hands out heap in TLABs of up to 4 MiB, so "heap used" jumps by a
#     whole TLAB when the once-a-second reporting thread needs a new one (CI saw +2.4 MiB in 8 s
#     from that alone). A hot-path allocation of 16 bytes a message would be ~13 MiB here, and
#     fails check 1 long before.
# The documented long run is in TUNING.md/BENCHMARKS.md:
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
  allocated=$(sed -n 's/.*"pipeline_thread_allocated_bytes": \([0-9-]*\).*/\1/p' "$json")
  echo "epsilon layout $layout: $messages messages, $gcs GC, pipeline threads allocated $allocated bytes," \
    "heap growth $growth bytes after warm-up"
  grep -A8 '"allocated_bytes_by_thread"' "$json" | sed -n '2,/}/p' | sed 's/^/   /'
  [ "$gcs" = 0 ] || { echo "GC ran under Epsilon?"; exit 1; }
  [ "$messages" -gt 100000 ] || { echo "too few messages: the bench did not run"; exit 1; }
  [ -n "$allocated" ] && [ "$allocated" != -1 ] || { echo "per-thread allocation not reported"; exit 1; }
  # Measured 0.6-2 KiB, all of it small String+byte[] pairs that JFR (-XX:-UseTLAB, allocation
  # and deoptimization events) shows on the stage thread right after unstable_if deoptimisations,
  # at whatever bytecode runs first in the interpreter (token encoding, digest update, HdrHistogram
  # recording), in code that allocates nothing when run alone in -Xint, C1 or C2: the JVM's, not
  # a per-message allocation. 64 KiB of slack; 16 bytes a message would be ~13 MiB here.
  [ "$allocated" -lt $((64 * 1024)) ] || { echo "the pipeline's threads allocated $allocated bytes after warm-up"; exit 1; }
  [ "$growth" -lt $((16 * 1024 * 1024)) ] || { echo "heap grew by $growth bytes: something allocates"; exit 1; }
done
