#!/usr/bin/env bash
# bench/screens/language.sh: heap and RSS of the headless workbench over language switches (issue 23).
# Usage: bench/screens/language.sh WORKSPACE [SWITCHES] [SETTLE_SECONDS] [XMX]   (the workspace is opened, not copied)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-screens.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-screens.cp)"
java "-Xmx${4:-2g}" -Dtestfx.robot=glass -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dheadless.geometry=1600x1000-32 -Djava.awt.headless=true -Duser.home="${TMPDIR:-/tmp}/salestrack-language-bench" \
  -cp "$CP" org.salestrack.bench.LanguageSwitchBench "$1" "${2:-10}" "${3:-3}"
