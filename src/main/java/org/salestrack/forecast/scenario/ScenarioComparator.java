package org.salestrack.forecast.scenario;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.ScenarioComparison;
import org.salestrack.model.ScenarioComparisonRow;

/** Puts a base forecast and several scenarios side by side, period by period, with totals over the horizon. */
public final class ScenarioComparator {
    /** The series id that compares the sum over every series. */
    public static final String TOTAL = "*";

    private ScenarioComparator() {}

    public static ScenarioComparison compare(ForecastSet base, List<Scenario> scenarios, String seriesId) {
        double[] baseMean = meanOf(base, seriesId);
        List<double[]> scenarioMeans = new ArrayList<>();
        for (Scenario scenario : scenarios) scenarioMeans.add(meanOf(scenario.apply(base), seriesId));

        List<ScenarioComparisonRow> rows = new ArrayList<>();
        double baseTotal = 0;
        double[] scenarioTotals = new double[scenarios.size()];
        for (int t = 0; t < base.horizon(); t++) {
            List<Double> values = new ArrayList<>();
            for (int k = 0; k < scenarios.size(); k++) {
                values.add(scenarioMeans.get(k)[t]);
                scenarioTotals[k] += scenarioMeans.get(k)[t];
            }
            baseTotal += baseMean[t];
            rows.add(new ScenarioComparisonRow(base.periods().get(t), baseMean[t], values));
        }
        List<Double> totals = new ArrayList<>();
        for (double total : scenarioTotals) totals.add(total);
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        return new ScenarioComparison(seriesId, names, rows, new ScenarioComparisonRow("total", baseTotal, totals));
    }

    private static double[] meanOf(ForecastSet forecast, String seriesId) {
        return TOTAL.equals(seriesId) ? forecast.totalMean() : forecast.series(seriesId).mean();
    }
}
