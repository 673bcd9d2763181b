#!/usr/bin/env bash
# Runs the examples on the module path, exactly as a user's application would start: Quickstart
# (types, SPSC ring) then ItchBook (ITCH codecs into the order book, Agrona's buffers).
# Build it first (it is outside the reactor): ./mvnw -B install -DskipTests at the root, then
# ./mvnw -B -f examples/pom.xml package, which fills target/modules.
# Agrona reads jdk.internal.misc, which java.base exports only on request (the README's flag).
set -euo pipefail
cd "$(dirname "$0")"
flags=(--add-exports java.base/jdk.internal.misc=org.agrona --module-path target/modules)
main=io.hftengine.examples.quickstart
java "${flags[@]}" -m "$main/$main.Quickstart" "$@"
exec java "${flags[@]}" -m "$main/$main.ItchBook" "$@"
