package org.salestrack.forecast.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ForecastAlert;
import org.salestrack.model.ForecastAlertReason;
import org.salestrack.model.ForecastDeviation;

class ForecastTrackerTest {
    private static final List<String> WEEKS = List.of("2026-W01", "2026-W02", "2026-W03", "2026-W04", "2026-W05", "2026-W06");

    /** Forecast 100 every week with the given band. */
    private static TrackedForecast flat(double p10, double p90) {
        double[] mean = new double[WEEKS.size()];
        double[] low = new double[WEEKS.size()];
        double[] high = new double[WEEKS.size()];
        for (int t = 0; t < mean.length; t++) {
            mean[t] = 100;
            low[t] = p10;
            high[t] = p90;
        }
        return new TrackedForecast("GD|X9", WEEKS, mean, low, high);
    }

    private static Map<String, Double> actuals(double... values) {
        Map<String, Double> map = new HashMap<>();
        for (int t = 0; t < values.length; t++) map.put(WEEKS.get(t), values[t]);
        return map;
    }

    @Test
    void aPercentAlertIsRaisedExactlyWhenTwentyPercentIsPassed() {
        TrackingReport report = new ForecastTracker().track(flat(50, 150), actuals(120, 80, 120.01, 79.99));

        assertThat(report.alerts()).extracting(ForecastAlert::period).containsExactly("2026-W03", "2026-W04");
        assertThat(report.alerts()).allSatisfy(a -> assertThat(a.reasons()).containsExactly(ForecastAlertReason.PERCENT_ERROR));
        assertThat(report.alerts().get(0).above()).isTrue();
        assertThat(report.alerts().get(1).above()).isFalse();
    }

    @Test
    void anIntervalAlertIsRaisedExactlyWhenTheActualLeavesP10ToP90() {
        ForecastTracker tracker = new ForecastTracker(AlertPolicy.DEFAULT.withPercentLimit(Double.POSITIVE_INFINITY));

        TrackingReport report = tracker.track(flat(90, 110), actuals(110, 90, 110.5, 89.9));

        assertThat(report.alerts()).hasSize(2);
        assertThat(report.alerts().get(0).period()).isEqualTo("2026-W03");
        assertThat(report.alerts().get(0).reasons()).containsExactly(ForecastAlertReason.ABOVE_P90);
        assertThat(report.alerts().get(1).reasons()).containsExactly(ForecastAlertReason.BELOW_P10);
    }

    @Test
    void theDefaultPolicyNamesEveryReasonThatApplies() {
        TrackingReport report = new ForecastTracker().track(flat(80, 125), actuals(130));

        assertThat(report.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.reasons()).containsExactly(ForecastAlertReason.ABOVE_P90, ForecastAlertReason.PERCENT_ERROR);
            assertThat(alert.percentError()).isCloseTo(0.3, within(1e-12));
            assertThat(alert.forecast()).isEqualTo(100);
            assertThat(alert.p90()).isEqualTo(125);
        });
    }

    @Test
    void deviationsRecordEveryArrivedActual() {
        TrackingReport report = new ForecastTracker().track(flat(80, 125), actuals(90, 130, 100));

        assertThat(report.deviations()).containsExactly(
                new ForecastDeviation("GD|X9", "2026-W01", 90, 100, 80, 125, -10, -0.1, true),
                new ForecastDeviation("GD|X9", "2026-W02", 130, 100, 80, 125, 30, 0.3, false),
                new ForecastDeviation("GD|X9", "2026-W03", 100, 100, 80, 125, 0, 0, true));
        assertThat(report.meanAbsPercentError()).isCloseTo(0.4 / 3, within(1e-12));
        assertThat(report.intervalCoverage()).isCloseTo(2.0 / 3, within(1e-12));
        // errors -10, 30, 0: sum 20, mean absolute error 40/3, signal 1.5
        assertThat(report.trackingSignal()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void smallAbsoluteMissesOnTinyCountsAreNotAlerts() {
        TrackedForecast tiny = new TrackedForecast("store-7|X9", List.of("W1", "W2"), new double[] {2, 2}, new double[] {0, 0}, new double[] {6, 6});
        ForecastTracker tracker = new ForecastTracker(AlertPolicy.DEFAULT.withMinAbsError(5));

        TrackingReport report = tracker.track(tiny, Map.of("W1", 3.0, "W2", 8.0));

        assertThat(report.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.period()).isEqualTo("W2");
            assertThat(alert.reasons()).containsExactly(ForecastAlertReason.ABOVE_P90, ForecastAlertReason.PERCENT_ERROR);
        });
    }

    @Test
    void aBiasAlertComesWhenTheTrackingSignalPassesItsLimit() {
        ForecastTracker tracker = new ForecastTracker(AlertPolicy.DEFAULT.withIntervalCheck(false).withPercentLimit(Double.POSITIVE_INFINITY)
                .withBiasCheck(AlertPolicy.BROWN_TRACKING_SIGNAL_LIMIT, 4));

        // Every week 5 over: the signal after n weeks is n, so it passes 4 in week 5, not week 4.
        TrackingReport report = tracker.track(flat(0, 1000), actuals(105, 105, 105, 105, 105, 105));

        assertThat(report.alerts()).extracting(ForecastAlert::period).containsExactly("2026-W05", "2026-W06");
        assertThat(report.alerts().get(0).reasons()).containsExactly(ForecastAlertReason.BIAS);
        assertThat(report.trackingSignal()).isEqualTo(6.0);
    }

    @Test
    void aZeroForecastMissedByRealSalesIsAnInfinitePercentError() {
        TrackedForecast zero = new TrackedForecast("HI|X9", List.of("W1", "W2"), new double[] {0, 0}, new double[] {0, 0}, new double[] {0, 0});

        TrackingReport report = new ForecastTracker(AlertPolicy.DEFAULT.withIntervalCheck(false)).track(zero, Map.of("W1", 0.0, "W2", 3.0));

        assertThat(report.deviations().get(0).percentError()).isZero();
        assertThat(report.deviations().get(1).percentError()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(report.alerts()).extracting(ForecastAlert::period).containsExactly("W2");
        assertThat(report.meanAbsPercentError()).isNaN();
    }

    @Test
    void missingActualsAndPeriodsOutsideTheForecastAreIgnored() {
        Map<String, Double> arrived = new HashMap<>(actuals(100));
        arrived.put("2026-W02", Double.NaN);
        arrived.put("2027-W01", 500.0);

        TrackingReport report = new ForecastTracker().track(flat(80, 125), arrived);

        assertThat(report.deviations()).hasSize(1);
        assertThat(report.alerts()).isEmpty();
    }

    @Test
    void everySeriesIsTrackedAgainstItsOwnActuals() {
        TrackedForecast other = new TrackedForecast("BJ|X9", WEEKS, new double[] {10, 10, 10, 10, 10, 10},
                new double[] {8, 8, 8, 8, 8, 8}, new double[] {12, 12, 12, 12, 12, 12});

        List<TrackingReport> reports = new ForecastTracker().trackAll(List.of(flat(80, 125), other), Map.of("BJ|X9", actuals(20)));

        assertThat(reports.get(0).deviations()).isEmpty();
        assertThat(reports.get(0).trackingSignal()).isNaN();
        assertThat(reports.get(1).alerts()).singleElement().extracting(ForecastAlert::seriesId).isEqualTo("BJ|X9");
    }
}
