#!/usr/bin/env bash
# bench/marketing/pure.sh: "pure" sales (issue 16 #5) on a large workspace: each workbench query with every campaign
# left out against the same query counting everything (p50/p95), the monthly series and the summary, and a whole
# rebuild of the campaign cover. The workspace needs a campaign calendar:
#   java -jar target/salestrack.jar import --workspace W --no-forecast-tracking samples/marketing/campaigns.csv
# Usage: bench/marketing/pure.sh WORKSPACE [SAMPLES]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-pure.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-pure.cp)"
java -Xmx1g -cp "$CP" org.salestrack.bench.PureSalesBench "$1" "${2:-20}"
