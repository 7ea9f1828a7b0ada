#!/usr/bin/env bash
# Times the monthly sales workbook on a generated workspace: N lines in the report month (default
# 100,000) plus a year of history. Prints each run and the median. Usage: bench/report/run.sh [LINES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -o -q test-compile
cp=target/classes:target/test-classes:$(mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
mkdir -p target/bench-report/tmp
java -Xmx1g -Djava.io.tmpdir=target/bench-report/tmp -Djava.awt.headless=true -cp "$cp" org.salestrack.bench.ReportBench \
    target/bench-report "${1:-100000}" "${2:-3}"
