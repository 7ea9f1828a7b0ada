#!/usr/bin/env bash
# bench/lines: times the drill-through's page fetches (keyset paging over sale) on the query benchmark's
# workspace, built once (10,000,000 lines by default) in target/bench-query/. Usage: bench/lines/run.sh [LINES] [SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-query.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-query.cp)"
LINES="${1:-10000000}"
mkdir -p target/bench-query
java -Xmx1g -cp "$CP" org.salestrack.bench.LinesBench "target/bench-query/workspace-${LINES}.db" "$LINES" "${2:-7}"
