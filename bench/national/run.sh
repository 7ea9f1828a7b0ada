#!/usr/bin/env bash
# bench/national: the national store's figures (issue 21): publish LINES lines, extract them into a fresh
# workspace, then grow the store to GROW lines and time the HQ dashboard's queries on the rollups.
# Usage: bench/national/run.sh [LINES] [GROW]   (defaults 1,000,000 and 10,000,000)
# Runs on an embedded PostgreSQL 14 (binaries from Maven); NATIONAL_URL=postgresql://HOST:PORT/DB with
# PGPASSWORD uses a real server instead.
# NATIONAL_EXPLAIN=DIR (embedded server only): auto_explain writes the plans of statements over 200 ms, nested ones
# in functions too, with the COPY's duration, to a log per server in DIR (pg-*.log); NATIONAL_EXPLAIN_ANALYZE=off leaves the node timing out.
# NATIONAL_PUBLISH_ONLY=1: publish and publish again, then stop (no extract, no dashboard).
# NATIONAL_LOG=debug: the publisher's own step times (SQLite read and COPY, national_publish, refresh) on stderr.
# NATIONAL_SHARDS=2: the same on the two-shard set-up (three embedded servers: a coordinator, two shards by sales
# region), extracts of every region and of one, and the dashboard's results compared with one server's; GROW unused.
# NATIONAL_FDW_BATCH=N (with NATIONAL_SHARDS): postgres_fdw's batch_size for the run instead of NationalShards' 1000.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-national.cp >/dev/null
mkdir -p target/bench-national
# a copy of the classes, so a build while the benchmark runs does not pull them from under it
rm -rf target/bench-national/classes target/bench-national/test-classes
cp -r target/classes target/test-classes target/bench-national/
CP="target/bench-national/classes:target/bench-national/test-classes:$(cat target/bench-national.cp)"
if [ "${NATIONAL_SHARDS:-}" = 2 ]; then
    exec java -Xmx2g -Dtinylog.writer.level="${NATIONAL_LOG:-warn}" -cp "$CP" org.salestrack.bench.NationalShardsBench target/bench-national "${1:-1000000}"
fi
java -Xmx2g -Dtinylog.writer.level="${NATIONAL_LOG:-warn}" -cp "$CP" org.salestrack.bench.NationalBench target/bench-national "${1:-1000000}" "${2:-10000000}"
