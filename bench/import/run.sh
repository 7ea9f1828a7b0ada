#!/usr/bin/env bash
# bench/import: 1,000,000-line sales CSV through the whole import path, against sqlite3 .import of the
# same file in the same run; then a dealer workbook of XLSX_ROWS rows (DESIGN.md: 200,000 under 20 s).
# Usage: bench/import/run.sh [LINES] [RUNS] [XLSX_ROWS]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
# rebuild when anything changed since the jar was made: a stale jar would time the old import
if [ ! -f target/salestrack.jar ] || [ -n "$(find src pom.xml -newer target/salestrack.jar -print -quit)" ]; then
    mvn -B -q -o package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests
fi
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
uptime
java -Xmx512m -cp target/salestrack.jar:target/test-classes org.salestrack.bench.ImportBench "${1:-1000000}" "${2:-3}"
java -Xmx512m -cp target/salestrack.jar:target/test-classes org.salestrack.bench.ImportXlsxBench "${3:-200000}" "${2:-3}"
