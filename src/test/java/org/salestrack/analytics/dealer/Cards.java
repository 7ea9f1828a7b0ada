package org.salestrack.analytics.dealer;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.dealer.Coverage;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerProfile;
import org.salestrack.model.dealer.Scorecard;

/** Scorecards with chosen figures, for the grade and rebate tests. */
final class Cards {
    static final DealerPeriod Q3 = DealerPeriod.parse("2025-Q3");

    private Cards() {}

    /** A quarter's card: 12,500,000.00 yuan a quarter is exactly the default A threshold of 50M a year. */
    static Scorecard card(long salesE4, long yearBeforeE4, Double nps, Double resolved, int covered, int territory,
                          Long targetE4, boolean digital) {
        List<String> cities = new ArrayList<>();
        for (int i = 0; i < territory; i++) cities.add("city" + i);
        DealerProfile d = new DealerProfile("D900", "测试经销商", "T2", "44", "广东", "广州", digital);
        Scorecard s = new Scorecard(d, Q3, 0, 0, 0, 0, 0, null, targetE4, null, salesE4, yearBeforeE4, null, null,
                new Coverage(cities.subList(0, covered), cities), nps, resolved, 10, List.of(), null);
        return s.withSales(salesE4);
    }

    /** Passes every A test with room to spare, at the given sales. */
    static Scorecard strong(long salesE4) {
        return card(salesE4, salesE4 * 10 / 12, 90.0, 0.95, 9, 10, null, false);
    }
}
