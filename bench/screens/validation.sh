#!/usr/bin/env bash
# bench/screens/validation.sh: on a copy of the 10M-line benchmark workspace, the Data quality screen's
# "Run validation" (time, CPU, peak heap sampled as HeapWatch does, progress checked to only grow), "Accept all
# matching" for the rule with the most findings (time, CPU, audited as one review) and the cube rollups' catch-up after
# it. The copy is deleted afterwards.
# Usage: bench/screens/validation.sh [WORKSPACE] [WORKDIR] [XMX]
# WORKSPACE defaults to /work/bench-data/current-10M.db (the migrated 10M workspace; bench/query builds the pristine one:
# QueryBench WORKSPACE LINES). Run it with XMX 2g to show the run fits the issue's 2 GB heap.
# MASS_HOLD=no answers No to the question a rule holding more than 5% of the lines asks (default: yes, hold them).
# REVIEW=reject rejects every finding of the rule instead of accepting them (their lines leave the totals).
# After the review it times the cube rollups' catch-up; ROLLUPS=deltas makes it add the changes as deltas however many
# they are (the default builds every rollup again when that is quicker).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/salestrack.jar ] || mvn -B -q -o package -DskipTests
mvn -B -q -o test-compile
PRISTINE="${1:-/work/bench-data/current-10M.db}"
WORK="${2:-target/bench-screens}"
trap 'rm -f "$WORK"/validation.db "$WORK"/validation.db-wal "$WORK"/validation.db-shm "$WORK"/validation.db.before-migration-*' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
  java "-Xmx${3:-2g}" -Dbench.massHold="${MASS_HOLD:-yes}" -Dbench.review="${REVIEW:-accept}" -Dbench.rollups="${ROLLUPS:-auto}" -cp target/salestrack.jar:target/test-classes org.salestrack.bench.ValidationScreenBench "$PRISTINE" "$WORK"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
