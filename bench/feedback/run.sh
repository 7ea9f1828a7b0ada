#!/usr/bin/env bash
# bench/feedback: N reviews segmented (smartcn), scored (naive Bayes), read for aspects on every core, then
# grouped by model x aspect and summed up for the Feedback screen. Target (issue 22): 1,000,000 in under 60 s on 2 cores.
# Usage: bench/feedback/run.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-feedback.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-feedback.cp)"
java -Xmx3g -cp "$CP" org.salestrack.bench.FeedbackBench "${1:-1000000}" "${2:-3}"
