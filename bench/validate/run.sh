#!/usr/bin/env bash
# bench/validate: import a 1,000,000-line POS sales CSV, then time `validate` over the whole workspace
# (read, all 13 rules, save issues/holds/rollup) on fresh copies. Target: under 10 s.
# Usage: bench/validate/run.sh [LINES] [RUNS] [WORKSPACE]
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/salestrack.jar ] || mvn -B -q package -DskipTests
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
java -Xmx2g -cp target/salestrack.jar:target/test-classes org.salestrack.bench.ValidateBench "${1:-1000000}" "${2:-3}" ${3:+"$3"}
