#!/usr/bin/env bash
# bench/inventory: builds (once) the sample workspace in target/bench-inventory/, then times the whole
# inventory plan as of 2025-12-31 (positions, a forecast per location x SKU, a forecast per SKU x region,
# the transfer LPs). Target (issue 15): under 30 s with 2 threads, forecasts included.
# Usage: bench/inventory/run.sh [RUNS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-inventory.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-inventory.cp)"
java -Xmx2g -cp "$CP" org.salestrack.bench.InventoryBench "${1:-3}" "${2:-2}"
