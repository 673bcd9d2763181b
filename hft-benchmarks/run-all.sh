#!/usr/bin/env bash
# Runs the JMH suite the figures in BENCHMARKS.md come from, one group after another, and
# writes each group's text and JSON results under target/bench/. Usage:
#   hft-benchmarks/run-all.sh [quick|full] [GROUP...]     groups: types spsc metrics protocol orderbook pipeline replay
# quick: 1 fork, 3x1 s warm-up, 5x1 s measurement (about 15 minutes on 2 cores); full: 3 forks, 10 iterations.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-quick}; shift || true
groups=("$@"); [ ${#groups[@]} -gt 0 ] || groups=(types spsc metrics protocol orderbook pipeline replay)
jar=hft-benchmarks/target/benchmarks.jar
[ -f "$jar" ] || ./mvnw -B -q install -DskipTests
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
flags=(--add-exports java.base/jdk.internal.misc=ALL-UNNAMED)
if [ "$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)" -ge 24 ]; then
  flags+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
fi
case $mode in
  quick) jmh=(-f 1 -wi 3 -w 1 -i 5 -r 1) ;;
  full) jmh=(-f 3 -wi 5 -w 1 -i 10 -r 1) ;;
  *) echo "mode must be quick or full" >&2; exit 2 ;;
esac
out=target/bench; mkdir -p "$out"
run() { # group, regex, extra JMH args...
  local group=$1 regex=$2; shift 2
  echo "== $group: $regex"
  "$java" "${flags[@]}" -jar "$jar" "$regex" "${jmh[@]}" "$@" -rf json -rff "$out/$group.json" | tee "$out/$group.txt" | grep -E "^Benchmark|^[A-Za-z].*(thrpt|avgt|sample|ss) " || true
}
for g in "${groups[@]}"; do
  case $g in
    types) run types 'io.hftengine.bench.types' -prof gc ;;
    spsc) run spsc-single 'io.hftengine.bench.spsc.SpscSingleThreadBenchmark' -prof gc
          run spsc 'io.hftengine.bench.spsc.Spsc(Throughput|RoundTrip|FalseSharing)Benchmark' ;;
    metrics) run metrics 'io.hftengine.bench.metrics' -prof gc ;;
    protocol) run protocol 'io.hftengine.bench.protocol' -prof gc ;;
    orderbook) run orderbook 'io.hftengine.bench.orderbook' -prof gc ;;
    pipeline) run pipeline 'io.hftengine.bench.pipeline.(RiskCheck|StrategyDecision|MarketDataStage|GatewayStage|FusedPipeline|TwoThreadPipeline)Benchmark' -prof gc ;;
    replay) run replay 'io.hftengine.bench.replay' -p fileSizeMb=1024 ;;
    *) echo "unknown group $g" >&2; exit 2 ;;
  esac
done
