#!/usr/bin/env bash
# Runs the quickstart on the module path, exactly as a user's application would start.
set -euo pipefail
cd "$(dirname "$0")"
exec java --module-path target/modules -m io.hftengine.examples.quickstart/io.hftengine.examples.quickstart.Quickstart "$@"
