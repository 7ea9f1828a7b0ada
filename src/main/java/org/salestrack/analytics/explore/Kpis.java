package org.salestrack.analytics.explore;

import java.util.OptionalDouble;
import org.salestrack.model.cube.Measures;

/**
 * The dashboard's headline numbers for one slice. Growth is a ratio change (0.12 = +12%), empty when the
 * base period sold nothing; weeks of cover is empty without stock data.
 */
public record Kpis(Measures current, Measures previous, Measures lastYear, long onlineUnits, OptionalDouble weeksOfCover) {
    public OptionalDouble growthVsPrevious() { return growth(current.amountCents(), previous.amountCents()); }

    public OptionalDouble growthVsLastYear() { return growth(current.amountCents(), lastYear.amountCents()); }

    /** Online units as a share of all units. */
    public OptionalDouble onlineShare() {
        return current.qty() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onlineUnits / current.qty());
    }

    public static OptionalDouble growth(long now, long before) {
        return before == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (now - before) / before);
    }
}
