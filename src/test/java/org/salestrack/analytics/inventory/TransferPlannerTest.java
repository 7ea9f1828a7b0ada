package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Haversine;
import org.salestrack.model.inventory.InventoryParameters;
import org.salestrack.model.inventory.Transfer;

class TransferPlannerTest {
    private final TransferPlanner planner = new TransferPlanner(InventoryParameters.DEFAULTS); // cover band 2-8 weeks, 0.01 CNY per unit-km

    private static final TransferPlanner.Holding GUANGDONG = new TransferPlanner.Holding("44", 23.1, 113.3, 120, 5);   // 24 weeks: surplus 80
    private static final TransferPlanner.Holding GUANGXI = new TransferPlanner.Holding("45", 22.8, 108.3, 2, 10);      // short 18
    private static final TransferPlanner.Holding BEIJING = new TransferPlanner.Holding("11", 39.9, 116.4, 0, 15);      // short 30
    private static final TransferPlanner.Holding HUNAN = new TransferPlanner.Holding("43", 28.2, 112.9, 30, 5);        // 6 weeks: balanced

    @Test
    void surplusGoesToTheShortRegionsAtItsDistanceCost() {
        List<Transfer> plan = planner.plan("XH-1", List.of(GUANGDONG, GUANGXI, BEIJING, HUNAN));
        assertThat(plan).extracting(Transfer::to).containsExactlyInAnyOrder("45", "11");
        assertThat(plan).allSatisfy(t -> assertThat(t.from()).isEqualTo("44"));
        assertThat(plan).extracting(Transfer::units).containsExactlyInAnyOrder(18L, 30L);
        Transfer toBeijing = plan.stream().filter(t -> t.to().equals("11")).findFirst().orElseThrow();
        assertThat(toBeijing.cost()).isCloseTo(30 * Haversine.km(23.1, 113.3, 39.9, 116.4) * 0.01, within(1e-6));
    }

    @Test
    void whenShortagesExceedTheSurplusTheNearestShortageIsServedFirst() {
        TransferPlanner.Holding smallSurplus = new TransferPlanner.Holding("44", 23.1, 113.3, 60, 5); // surplus 20
        List<Transfer> plan = planner.plan("XH-1", List.of(smallSurplus, GUANGXI, BEIJING));
        assertThat(plan).extracting(Transfer::units).containsExactlyInAnyOrder(18L, 2L);
        assertThat(plan.stream().mapToLong(Transfer::units).sum()).isEqualTo(20);
        assertThat(plan.stream().filter(t -> t.to().equals("45")).findFirst().orElseThrow().units()).isEqualTo(18);
    }

    @Test
    void noSurplusMeansNoTransfer() {
        assertThat(planner.plan("XH-1", List.of(GUANGXI, BEIJING, HUNAN))).isEmpty();
    }
}
