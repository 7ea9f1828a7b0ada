#!/usr/bin/env bash
# bench/screens/validation.sh: on a copy of the 10M-line benchmark workspace, the Data quality screen's
# "Run validation" (time, peak heap sampled) and "Accept all matching" for the rule with the most findings
# (time, audited as one review). Usage: bench/screens/validation.sh [PRISTINE] [WORKDIR] [XMX]
# PRISTINE defaults to /work/bench-data/pristine-10000000.db (built once by bench/query: QueryBench WORKSPACE LINES).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/salestrack.jar ] || mvn -B -q -o package -DskipTests
mvn -B -q -o test-compile
PRISTINE="${1:-/work/bench-data/pristine-10000000.db}"
WORK="${2:-target/bench-screens}"
java "-Xmx${3:-12g}" -cp target/salestrack.jar:target/test-classes org.salestrack.bench.ValidationScreenBench "$PRISTINE" "$WORK"
