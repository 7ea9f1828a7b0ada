package org.salestrack.analytics.dealer;

import java.util.Map;
import org.salestrack.model.dealer.Grade;

/** How many dealers moved from each grade to each grade between two quarters. Pure. */
public final class GradeMigration {
    private GradeMigration() {}

    /** counts[from][to] by {@link Grade#ordinal()}; dealers graded in only one of the two are left out. */
    public static long[][] matrix(Map<String, Grade> before, Map<String, Grade> after) {
        long[][] counts = new long[Grade.values().length][Grade.values().length];
        before.forEach((dealer, from) -> {
            Grade to = after.get(dealer);
            if (to != null) counts[from.ordinal()][to.ordinal()]++;
        });
        return counts;
    }
}
