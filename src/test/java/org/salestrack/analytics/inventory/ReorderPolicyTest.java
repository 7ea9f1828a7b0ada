package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.salestrack.model.inventory.LocationTerms;

class ReorderPolicyTest {

    /** Daily demand N(5, 2), lead time 3 days, 95% cycle service level: the textbook figures. */
    @Test
    void safetyStockAndReorderPointOfTheTextbookCase() {
        ReorderPolicy.Plan plan = ReorderPolicy.plan(5, 2, new LocationTerms(3, 7, 1, 0), 0.95, 100);
        assertThat(plan.demandLt()).isEqualTo(15.0);
        assertThat(plan.safetyStock()).isCloseTo(5.698, within(0.0005));
        assertThat(plan.reorderPoint()).isCloseTo(20.698, within(0.0005));
        assertThat(ReorderPolicy.safetyStock(0.95, 2, 3)).isCloseTo(1.6448536 * 2 * Math.sqrt(3), within(1e-6));
    }

    @Test
    void aPositionAboveTheReorderPointOrdersNothing() {
        assertThat(ReorderPolicy.plan(5, 2, new LocationTerms(3, 7, 1, 0), 0.95, 21).orderQty()).isZero();
    }

    /** Order-up-to covers lead time + review: 5 x 10 + 1.645 x 2 x sqrt(10) = 60.40; from 20 on hand that is 40.40, 5 packs of 10. */
    @Test
    void anOrderLiftsThePositionToTheOrderUpToLevelInWholePacks() {
        ReorderPolicy.Plan plan = ReorderPolicy.plan(5, 2, new LocationTerms(3, 7, 10, 0), 0.95, 20);
        assertThat(plan.orderUpTo()).isCloseTo(60.403, within(0.001));
        assertThat(plan.orderQty()).isEqualTo(50);
    }

    @Test
    void roundingHonoursPackAndMinimumOrder() {
        assertThat(ReorderPolicy.roundOrder(3.2, 1, 0)).isEqualTo(4);
        assertThat(ReorderPolicy.roundOrder(3.2, 5, 0)).isEqualTo(5);
        assertThat(ReorderPolicy.roundOrder(3.2, 5, 12)).isEqualTo(15);
        assertThat(ReorderPolicy.roundOrder(10, 5, 0)).isEqualTo(10);
        assertThat(ReorderPolicy.roundOrder(0, 5, 12)).isZero();
    }

    /** Price 180, cost 110, salvage 90, demand N(3192, 1181): critical ratio 7/9, order 4,095. */
    @Test
    void newsvendorOrdersTheCriticalFractile() {
        assertThat(Newsvendor.criticalRatio(180, 110, 90)).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(Newsvendor.order(180, 110, 90, 3192, 1181)).isEqualTo(4095);
    }
}
