package org.salestrack.forecast.series;

/**
 * A regular series ready to forecast: consecutive periods of one kind starting at {@code firstOrdinal},
 * with the season length to model. Built by whoever loads data (the CLI's CSV reader, the workspace).
 */
public record TimeSeries(String id, PeriodKind kind, long firstOrdinal, double[] values, int seasonLength) {

    public TimeSeries {
        if (values.length == 0) {
            throw new IllegalArgumentException("series '" + id + "' has no values");
        }
        if (seasonLength < 1) {
            throw new IllegalArgumentException("season length must be at least 1");
        }
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** Label of the period {@code step} periods after the last observation (step 1 = next period). */
    public String futureLabel(int step) {
        return kind.label(firstOrdinal + values.length - 1 + step);
    }

    public String label(int index) {
        return kind.label(firstOrdinal + index);
    }
}
