package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salestrack.model.inventory.LocationTerms;

class PolicyReplayTest {
    private static final LocationTerms WEEKLY = new LocationTerms(7, 7, 1, 0);

    /** Reorder point 10, order-up-to 20, a week's lead: worked by hand week by week. */
    @Test
    void aWeekByWeekReplayServesFromStockAndOrdersAtTheReorderPoint() {
        ReorderPolicy.Plan plan = new ReorderPolicy.Plan(7, 3, 10, 20, 0);
        // week 1: 15 - 8 = 7 <= 10: order 13, arrives week 2; week 2: 7 + 13 = 20 - 8 = 12; week 3: 12 - 15 = 0 (3 lost), order 20;
        // week 4: 20 - 8 = 12
        PolicyReplay.Outcome o = PolicyReplay.replay(new double[] {8, 8, 15, 8}, 15, 0, plan, WEEKLY);
        assertThat(o.served()).containsExactly(8, 8, 12, 8);
        assertThat(o.endStock()).containsExactly(7, 12, 0, 12);
        assertThat(o.stockOutWeeks()).isEqualTo(1);
        assertThat(o.sold() / o.demand()).isEqualTo(36.0 / 39);
        assertThat(o.averageStock()).isEqualTo(31.0 / 4);
    }

    @Test
    void stockInTransitArrivesInTheFirstWeekAndALongerLeadTimeWaitsWholeWeeks() {
        ReorderPolicy.Plan plan = new ReorderPolicy.Plan(0, 0, 5, 10, 0);
        PolicyReplay.Outcome o = PolicyReplay.replay(new double[] {4, 4, 4, 4}, 2, 3, plan, new LocationTerms(10, 7, 1, 0));
        // week 1: 2 + 3 = 5 - 4 = 1, order 9 (two weeks); week 2: 1 - 4 -> 0 (3 lost); week 3: 9 - 4 = 5, order 5; week 4: 5 - 4 = 1
        assertThat(o.served()).containsExactly(4, 1, 4, 4);
        assertThat(o.endStock()).containsExactly(1, 0, 5, 1);
    }
}
