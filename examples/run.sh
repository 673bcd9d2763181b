#!/usr/bin/env bash
# Runs the quickstart on the module path, exactly as a user's application would start.
# Build it first (it is outside the reactor): ./mvnw -B install -DskipTests at the root, then
# ./mvnw -B -f examples/pom.xml package, which fills target/modules.
set -euo pipefail
cd "$(dirname "$0")"
exec java --module-path target/modules -m io.hftengine.examples.quickstart/io.hftengine.examples.quickstart.Quickstart "$@"
