package org.salestrack.analytics.explore;

import java.util.OptionalDouble;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.StockOnHand;

/**
 * The dashboard's headline numbers for one slice. Growth is a ratio change (0.12 = +12%), empty when the
 * base period sold nothing; weeks of cover is empty without stock data or when the filters cannot apply
 * to stock ({@code stock.applies()} false); {@code held} is what open findings hold out of these figures.
 */
public record Kpis(Measures current, Measures previous, Measures lastYear, long onlineUnits, OptionalDouble weeksOfCover,
                   StockOnHand stock, Measures held) {
    public OptionalDouble growthVsPrevious() { return growth(current.amountE4(), previous.amountE4()); }

    public OptionalDouble growthVsLastYear() { return growth(current.amountE4(), lastYear.amountE4()); }

    /** Online units as a share of all units. */
    public OptionalDouble onlineShare() {
        return current.qty() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onlineUnits / current.qty());
    }

    public static OptionalDouble growth(long now, long before) {
        return before == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (now - before) / before);
    }
}
