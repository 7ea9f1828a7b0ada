package org.salestrack.model.customer;

/**
 * One customer's purchases in a calibration window, as the buy-till-you-die models read them, all times in
 * one unit (weeks or days) from the customer's first purchase: {@code repeats} purchases after the first
 * (x), the time of the last of them ({@code recency}, t_x; 0 without repeats), the time from the first
 * purchase to the end of the window ({@code age}, T), and the mean value of the repeat purchases
 * (0 without repeats; the first purchase is left out, as Fader, Hardie and Lee do).
 */
public record RepeatSummary(int repeats, double recency, double age, double meanRepeatSpend) {
    public RepeatSummary {
        if (repeats < 0) throw new IllegalArgumentException("repeats < 0: " + repeats);
        if (!(recency >= 0 && recency <= age)) throw new IllegalArgumentException("recency " + recency + " outside 0.." + age);
        if (repeats == 0 && recency != 0) throw new IllegalArgumentException("recency without repeats: " + recency);
    }

    public static RepeatSummary of(int repeats, double recency, double age) {
        return new RepeatSummary(repeats, recency, age, 0);
    }
}
