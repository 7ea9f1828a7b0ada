package org.salestrack.model.market;

/**
 * An estimate with its two-sided interval (95% unless said otherwise) and the number of units of
 * observation (provinces) behind each side.
 */
public record Interval(double estimate, double low, double high, int treated, int controls) {
    public boolean contains(double value) { return value >= low && value <= high; }
}
