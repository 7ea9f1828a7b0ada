#!/usr/bin/env bash
# bench/watch: a daily export dropped into a watched folder of the sample workspace, timed from the file being
# complete to its batch stored and followed up (rules, rollups, tracking); each batch undone and timed too.
# Usage: bench/watch/run.sh [LINES] [DROPS]   (defaults 50000 and 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-watch.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-watch.cp)"
java -Xmx1g -cp "$CP" org.salestrack.bench.WatchBench target/bench-watch "${1:-50000}" "${2:-5}"
