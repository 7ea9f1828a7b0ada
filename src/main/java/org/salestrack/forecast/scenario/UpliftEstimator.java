package org.salestrack.forecast.scenario;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures promotion uplift on past campaigns. The counterfactual baseline is a regression of the series on
 * a linear trend and season dummies fitted only to periods untouched by any campaign (and by the
 * {@code cooldown} periods after one, when buyers who pulled purchases forward are missing). Each window's
 * uplift is its actual total over its baseline total; a type's uplift is the mean over its windows. The
 * controls shrink to trend only, then to a plain mean, when too few clean periods remain.
 */
public final class UpliftEstimator {
    private final int seasonLength;
    private final int cooldown;

    /** @param seasonLength periods per season (0/1 for none); @param cooldown periods after a campaign kept out of the baseline */
    public UpliftEstimator(int seasonLength, int cooldown) {
        if (cooldown < 0) throw new IllegalArgumentException("cooldown cannot be negative");
        this.seasonLength = seasonLength;
        this.cooldown = cooldown;
    }

    /** The uplift of every campaign type found, in order of first appearance. */
    public Map<String, UpliftEstimate> estimate(double[] series, List<CampaignWindow> campaigns) {
        double[] baseline = baseline(series, campaigns);
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (CampaignWindow window : campaigns) {
            double actual = 0;
            double expected = 0;
            int end = Math.min(window.end(), series.length);
            for (int t = window.start(); t < end; t++) {
                if (!Double.isFinite(series[t])) continue;
                actual += series[t];
                expected += baseline[t];
            }
            // A window beyond the data, or with no positive baseline, says nothing about uplift.
            if (end <= window.start() || !(expected > 0)) continue;
            ratios.computeIfAbsent(window.type(), k -> new ArrayList<>()).add(actual / expected);
        }
        Map<String, UpliftEstimate> estimates = new LinkedHashMap<>();
        ratios.forEach((type, list) -> estimates.put(type, summarise(type, list)));
        return estimates;
    }

    /** The counterfactual (no-campaign) level of the series at every period. */
    public double[] baseline(double[] series, List<CampaignWindow> campaigns) {
        boolean[] excluded = new boolean[series.length];
        for (CampaignWindow window : campaigns) {
            for (int t = window.start(); t < Math.min(window.end() + cooldown, series.length); t++) excluded[t] = true;
        }
        List<Integer> clean = new ArrayList<>();
        for (int t = 0; t < series.length; t++) {
            if (!excluded[t] && Double.isFinite(series[t])) clean.add(t);
        }
        if (clean.isEmpty()) throw new IllegalArgumentException("no period outside the campaigns to measure a baseline on");
        boolean seasonal = seasonLength >= 2;
        for (boolean[] controls : new boolean[][] {{true, seasonal}, {true, false}}) {
            if (controls[1] && !seasonal) continue;
            int parameters = 2 + (controls[1] ? seasonLength - 1 : 0);
            if (clean.size() - parameters < ElasticityEstimator.MIN_DF_WITH_CONTROLS) continue;
            LinearRegression.Fit fit = fitOn(series, clean, controls[1]);
            if (fit == null) continue;
            double[] baseline = new double[series.length];
            for (int t = 0; t < series.length; t++) baseline[t] = fit.predict(LinearRegression.row(new double[0], t, true, controls[1] ? seasonLength : 0));
            return baseline;
        }
        double mean = clean.stream().mapToDouble(t -> series[t]).average().orElseThrow();
        double[] flat = new double[series.length];
        Arrays.fill(flat, mean);
        return flat;
    }

    private LinearRegression.Fit fitOn(double[] series, List<Integer> clean, boolean season) {
        double[][] design = new double[clean.size()][];
        double[] y = new double[clean.size()];
        for (int i = 0; i < clean.size(); i++) {
            int t = clean.get(i);
            design[i] = LinearRegression.row(new double[0], t, true, season ? seasonLength : 0);
            y[i] = series[t];
        }
        return LinearRegression.fit(design, y);
    }

    private static UpliftEstimate summarise(String type, List<Double> ratios) {
        double mean = ratios.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double se = Double.NaN;
        if (ratios.size() > 1) {
            double ss = 0;
            for (double r : ratios) ss += (r - mean) * (r - mean);
            se = Math.sqrt(ss / (ratios.size() - 1) / ratios.size());
        }
        return new UpliftEstimate(type, mean, se, ratios);
    }
}
