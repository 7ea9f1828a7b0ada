#!/usr/bin/env bash
# Forecast benchmarks (issue 5, item 9). Prints figures; copy them into RESULTS.md / README.
#   bench/forecast/run.sh [M3_DIR]        M3_DIR defaults to ../shared/benchmarks/m3 (relative to the repo root)
# 1. M3 accuracy (sMAPE / MASE by frequency) and speed for each model and for auto, next to the README table.
# 2. Speed: 1,000 monthly M3 series with model selection through the CLI, on 2 threads.
# 3. If R's forecast package is installed (Debian r-cran-forecast), the classic R series with the last
#    12 (quarterly: 8) points held out, MASE per series next to R's ets, auto.arima and thetaf, and R's
#    ets timed on the same 1,000 series. Otherwise that part says it was skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
M3="${1:-../shared/benchmarks/m3}"
# MODELS: bench keys (arima-fast = CSS search, as inside auto); CLASSIC_MODELS: CLI keys for the R comparison;
# R_SPEED_SERIES=N times R's ets on N of the 1000 monthly series
MODELS="${MODELS:-naive2,ets,arima,arima-fast,theta,stl,auto}"
export CLASSIC_MODELS="${CLASSIC_MODELS:-ets,arima,theta,auto}"
THREADS="${THREADS:-2}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== build"
mvn -B -q -o package -DskipTests
mvn -B -q -o test-compile
CP="target/salestrack.jar:target/test-classes"

if [ -z "${LEVELS_ONLY:-}" ]; then
echo "== M3 accuracy and speed ($M3, $THREADS threads)"
java -cp "$CP" org.salestrack.bench.ForecastBench "$M3" "models=$MODELS" "threads=$THREADS"

echo "== 1,000 monthly M3 series through the CLI (forecast --model auto, horizon 18, $THREADS threads)"
awk -F, 'NR > 1 && $3 == "MONTHLY" && n < 1000 { print $1; n++ }' "$M3/series.csv" > "$WORK/ids"
awk -F, 'NR == FNR { keep[$1] = 1; next } FNR == 1 || keep[$1]' "$WORK/ids" "$M3/train.csv" > "$WORK/monthly1000.csv"
# /usr/bin/time adds CPU seconds: on a shared machine wall time mostly measures the other processes
/usr/bin/time -f "salestrack auto, 1000 series: %e s wall, %U s user + %S s sys CPU (JVM start included)" \
  java -jar target/salestrack.jar forecast --series "$WORK/monthly1000.csv" --horizon 18 --model auto \
  --threads "$THREADS" --out "$WORK/monthly1000-forecast.csv"
uptime

if command -v Rscript >/dev/null 2>&1 && Rscript -e 'suppressMessages(library(forecast))' >/dev/null 2>&1; then
  echo "== R forecast $(Rscript -e 'cat(as.character(packageVersion("forecast")))') found: classic series and ets timing"
  Rscript bench/forecast/classic.R export "$WORK"
  for kind in monthly quarterly; do
    hold=12; [ "$kind" = quarterly ] && hold=8
    java -jar target/salestrack.jar forecast --series "$WORK/classic-$kind.csv" --horizon "$hold" --holdout "$hold" \
      --model "$CLASSIC_MODELS" --threads "$THREADS" --out "$WORK/classic-$kind-forecast.csv" --accuracy "$WORK/classic-$kind-accuracy.csv"
  done
  Rscript bench/forecast/classic.R compare "$WORK"
  Rscript bench/forecast/classic.R speed "$WORK/monthly1000.csv" "${R_SPEED_SERIES:-1000}"
else
  echo "== R forecast not installed (apt-get install -y r-cran-forecast): classic-series comparison skipped"
fi

fi

# Issue 19: the sample workspace's SKU x month and SKU x province x week (three rolling origins, WAPE and
# MASE of the new auto against auto before issue 19, seasonal naive and ETS), then 10,000 store x SKU
# weekly series forecast by the global model and reconciled. LEVELS_ONLY=1 skips everything above.
echo "== sample workspace levels (demo workspace built from samples/)"
java -Duser.home="$WORK" -jar target/salestrack.jar demo --workspace "$WORK/demo.db" > /dev/null
java -cp "$CP" org.salestrack.bench.ForecastLevelsBench "$WORK/demo.db" "threads=$THREADS"
echo "== 10,000 store x SKU weekly series: global model + bottom-up reconciliation ($THREADS threads)"
java -cp "$CP" org.salestrack.bench.ForecastScaleBench "threads=$THREADS"
