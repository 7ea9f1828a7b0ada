#!/usr/bin/env bash
# bench/freshness (issue 18 item 3): on a copy of the 10M-line benchmark workspace, DROPS daily POS exports of
# LINES lines each go through the one import pipeline and the dashboard's month load; time from the file being
# complete to the new figures, then each undo likewise (p95 target 5 s). The copy is deleted afterwards.
# Usage: bench/freshness/run.sh [PRISTINE] [WORKDIR] [LINES] [DROPS] [rules|no-rules] [UNDOS]  (no-rules: see FreshnessBench)
# (watch instead of rules: each export is moved into a watched folder, timed from the move.) WARMUP=N in the environment:
# N drops first, shown but left out of the figures (the JVM compiling the import and the rules on its first drop).
set -euo pipefail
cd "$(dirname "$0")/../.."
PRISTINE="${1:-/work/bench-data/pristine-10000000.db}"
WORK="${2:-target/bench-freshness}"
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-freshness.cp >/dev/null
mkdir -p "$WORK/tmp"
# a snapshot of the classes, so a build running meanwhile cannot pull them from under the benchmark
rm -rf "$WORK/classes" "$WORK/test-classes"
cp -r target/classes target/test-classes "$WORK/"
CP="$WORK/classes:$WORK/test-classes:$(cat target/bench-freshness.cp)"
WS="$WORK/workspace.db"
rm -f "$WS" "$WS-wal" "$WS-shm"
cp "$PRISTINE" "$WS"
trap 'rm -f "$WS" "$WS-wal" "$WS-shm"' EXIT
java -Xmx2g -Djava.io.tmpdir="$WORK/tmp" -Djava.awt.headless=true ${WARMUP:+-Dfreshness.warmup=$WARMUP} -cp "$CP" org.salestrack.bench.FreshnessBench "$WS" "$WORK" "${3:-50000}" "${4:-10}" "${5:-rules}" "${6:-${4:-10}}"
