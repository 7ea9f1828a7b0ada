#!/usr/bin/env bash
# bench/screens (Forecast and Reports): on a copy of the 10,000,000-line benchmark workspace, times the
# forecast screen opening and each level change through its view model, then the month's workbook with all
# sections (stage by stage, whether progress ever goes back) and the latency of Cancel at five moments.
# Usage: bench/screens/forecast-report.sh [PRISTINE_WORKSPACE] [FORECAST_SAMPLES] [WORKBOOKS] [LEVELS]
# The workspace is copied first (a workbook export writes the audit log), so every run starts the same.
set -euo pipefail
cd "$(dirname "$0")/../.."
PRISTINE="${1:-/work/bench-data/pristine-10000000.db}"
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-screens.cp >/dev/null
mkdir -p target/bench-screens/tmp
# a snapshot of the classes, so a build running meanwhile cannot pull them from under the benchmark
rm -rf target/bench-screens/classes target/bench-screens/test-classes
cp -r target/classes target/test-classes target/bench-screens/
CP="target/bench-screens/classes:target/bench-screens/test-classes:$(cat target/bench-screens.cp)"
WS="target/bench-screens/workspace.db"
rm -f "$WS" "$WS-wal" "$WS-shm"
cp "$PRISTINE" "$WS"
java -Xmx2g -Djava.io.tmpdir=target/bench-screens/tmp -Djava.awt.headless=true -cp "$CP" org.salestrack.bench.ForecastReportBench \
    "$WS" "${2:-5}" "${3:-1}" target/bench-screens ${4:-}
rm -f "$WS" "$WS-wal" "$WS-shm"
