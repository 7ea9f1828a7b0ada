package org.salestrack.analytics.customer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salestrack.model.customer.Purchase;
import org.salestrack.model.customer.RepeatSummary;

/**
 * Turns purchases into each customer's (x, t_x, T, mean repeat value) for a calibration window ending on
 * {@code end} (inclusive). Purchases on the same day are one purchase whose value is their sum: a phone
 * and its case bought at one visit are one decision, and the published CDNOW summary counts this way
 * (its 2,357 customers' repeat counts match per distinct day, not per order line).
 */
public final class RepeatSummaries {
    /** The time unit of t_x and T: the models' parameters depend on it (alpha is in this unit). */
    public enum Unit {
        DAY(1), WEEK(7);

        final double days;

        Unit(double days) { this.days = days; }
    }

    private RepeatSummaries() {}

    /** In the order customers first appear; customers whose first purchase is after {@code end} are left out. */
    public static Map<String, RepeatSummary> of(List<Purchase> purchases, LocalDate end, Unit unit) {
        Map<String, TreeMap<LocalDate, Double>> days = new LinkedHashMap<>();
        for (Purchase p : purchases) {
            if (p.day().isAfter(end)) continue;
            days.computeIfAbsent(p.customer(), k -> new TreeMap<>()).merge(p.day(), p.value(), Double::sum);
        }
        Map<String, RepeatSummary> out = new LinkedHashMap<>();
        for (var e : days.entrySet()) {
            TreeMap<LocalDate, Double> d = e.getValue();
            LocalDate first = d.firstKey();
            int repeats = d.size() - 1;
            double age = ChronoUnit.DAYS.between(first, end) / unit.days;
            double recency = ChronoUnit.DAYS.between(first, d.lastKey()) / unit.days;
            double spend = 0;
            if (repeats > 0) {
                List<Double> values = new ArrayList<>(d.values());
                for (int i = 1; i < values.size(); i++) spend += values.get(i);
                spend /= repeats;
            }
            out.put(e.getKey(), new RepeatSummary(repeats, recency, age, spend));
        }
        return out;
    }

    /** Repeat purchases (distinct days after the first) each customer made in (from, to]: a holdout's actuals. */
    public static Map<String, Integer> purchasesBetween(List<Purchase> purchases, LocalDate from, LocalDate to) {
        Map<String, java.util.Set<LocalDate>> days = new LinkedHashMap<>();
        for (Purchase p : purchases) {
            if (p.day().isAfter(from) && !p.day().isAfter(to)) days.computeIfAbsent(p.customer(), k -> new java.util.HashSet<>()).add(p.day());
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        days.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
