#!/usr/bin/env bash
# bench/faults: SIGKILL the CLI at random moments of import, undo, validate, backup and workbook export
# (issue 13 item 7) and check the workspace after each kill. Usage: bench/faults/run.sh [TRIALS] [SEED] [LINES]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/salestrack.jar ] || [ -n "$(find src pom.xml -newer target/salestrack.jar -print -quit)" ]; then
    mvn -B -q -o package -DskipTests
fi
mvn -B -q -o test-compile
uptime
java -cp target/salestrack.jar:target/test-classes org.salestrack.bench.FaultsBench target/salestrack.jar \
    src/test/resources/ui/ui-test-sales.json "${1:-50}" "${2:-13}" "${3:-60000}"
