#!/usr/bin/env bash
# bench/query: builds (once) a 10,000,000-line workspace in target/bench-query/ and times every filter,
# drill and re-aggregate step through the dashboard's and explorer's own query calls, then the time to
# first paint of the workbench on it (headless). Usage: bench/query/run.sh [LINES] [SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-query.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-query.cp)"
LINES="${1:-10000000}"
# SALESTRACK_PASSPHRASE set: the same data in an encrypted workspace of its own (sqlcipher, AES-256)
WS="target/bench-query/workspace-${LINES}${SALESTRACK_PASSPHRASE:+-encrypted}.db"
mkdir -p target/bench-query
java -Xmx1g -cp "$CP" org.salestrack.bench.QueryBench "$WS" "$LINES" "${2:-30}"
# FirstPaintBench launches the app with the installers' JVM options (installers/build.sh: Tier4 thresholds)
java -Xmx1g -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -Dtestfx.robot=glass -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1200-32 -Djava.awt.headless=true \
  -cp "$CP" org.salestrack.bench.FirstPaintBench "$WS"
