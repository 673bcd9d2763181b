#!/usr/bin/env bash
# Real coverage-guided fuzzing with Jazzer, one target at a time (each needs its own JVM).
#
#   hft-fuzz/fuzz.sh                      every target, 60 s each
#   hft-fuzz/fuzz.sh ItchDecoderFuzzTest  every method of one class, 60 s each
#   hft-fuzz/fuzz.sh PcapReaderFuzzTest#captureFile 600
#
# Without JAZZER_FUZZ the same @FuzzTest methods only replay the committed corpus (the regression
# run of ./mvnw install). A crashing input is written by Jazzer into
# src/test/resources/io/hftengine/fuzz/<Class>Inputs/<method>/crash-<sha1>, where it becomes a
# regression input; the generated corpus goes to hft-fuzz/.cifuzz-corpus/ (ignored by git).
# Logs: hft-fuzz/target/fuzz-logs/<target>.log. Exit status 1 if any target found something.
# Extra Jazzer options through FUZZ_OPTS, e.g. FUZZ_OPTS="-Djazzer.keep_going=20" to go on past
# the first finding (distinct stack traces only).
set -uo pipefail
cd "$(dirname "$0")/.."

TARGETS=(
  ItchDecoderFuzzTest#oneMessage ItchDecoderFuzzTest#binaryFileStream
  MoldUdp64DecoderFuzzTest#downstreamPacket MoldUdp64DecoderFuzzTest#requestPacket
  OuchDecoderFuzzTest#inboundMessage OuchDecoderFuzzTest#outboundMessage
  SoupBinTcpFuzzTest#decodeStream SoupBinTcpFuzzTest#receiverPieces
  BinaryFileReaderFuzzTest#mappedFile BinaryFileReaderFuzzTest#gzippedFile
  PcapReaderFuzzTest#captureFile PcapReaderFuzzTest#recordsAcrossWindows
  EngineConfigLoaderFuzzTest#engineFile EngineConfigLoaderFuzzTest#networkFile EngineConfigLoaderFuzzTest#riskFile
  OrderBookFuzzTest#operations MarketDataStageFuzzTest#datagrams
)

selector=${1:-all}
seconds=${2:-60}
selected=()
for t in "${TARGETS[@]}"; do
  if [ "$selector" = all ] || [ "$selector" = "$t" ] || [ "$selector" = "${t%%#*}" ]; then selected+=("$t"); fi
done
if [ ${#selected[@]} -eq 0 ]; then
  echo "unknown target '$selector'; one of: all, a class, or:" >&2
  printf '  %s\n' "${TARGETS[@]}" >&2
  exit 2
fi

logs=hft-fuzz/target/fuzz-logs
mkdir -p "$logs"
found=0
printf '%-45s %12s %8s %s\n' target executions seconds result
for t in "${selected[@]}"; do
  log="$logs/${t/\#/.}.log"
  JAZZER_FUZZ=1 ./mvnw -B -q -pl hft-fuzz test -Dtest="$t" -Djazzer.max_duration="${seconds}s" \
    -Dsurefire.failIfNoSpecifiedTests=false ${FUZZ_OPTS:-} >"$log" 2>&1
  rc=$?
  done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  runs=$(echo "$done_line" | awk '{print $2}')
  secs=$(echo "$done_line" | awk '{print $5}')
  if [ $rc -eq 0 ]; then
    result="no finding"
  else
    found=1
    result="FINDING (see $log)"
  fi
  printf '%-45s %12s %8s %s\n' "$t" "${runs:-?}" "${secs:-?}" "$result"
done
exit $found
