#!/usr/bin/env bash
# bench/marketing: attribution (first, last, linear, time-decay, position, Markov, Shapley) over JOURNEYS
# seeded journeys of 1-5 touches on 8 channels; prints the median time of each model and of all seven.
# Target (issue 16): 1,000,000 journeys in under 10 s.
# Usage: bench/marketing/run.sh [JOURNEYS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-marketing.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-marketing.cp)"
java -Xmx3g -cp "$CP" org.salestrack.bench.MarketingBench "${1:-1000000}" "${2:-3}"
