#!/usr/bin/env bash
# bench/customers: builds (once) a workspace of CUSTOMERS buyers and ORDERS orders in target/bench-customers/,
# then times RFM + churn + high value + cohorts and BG/NBD + Gamma-Gamma lifetime value over all of them.
# Target (issue 17): 1,000,000 customers / 5,000,000 orders in under 20 s.
# Usage: bench/customers/run.sh [CUSTOMERS] [ORDERS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-customers.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-customers.cp)"
java -Xmx3g -cp "$CP" org.salestrack.bench.CustomersBench "${1:-1000000}" "${2:-5000000}" "${3:-3}"
