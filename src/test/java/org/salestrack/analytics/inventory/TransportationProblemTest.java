package org.salestrack.analytics.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Published cases; the cost is checked, not the plan, since several plans can be optimal. */
class TransportationProblemTest {

    /** lpSolve's lp.transport example: Bronson (1981), Operations Research, problem 9.1; minimum cost 7,790. */
    @Test
    void bronsonProblem91CostsSevenThousandSevenHundredNinety() {
        double[][] c = new double[8][5];
        for (double[] row : c) Arrays.fill(row, 10000);
        c[3][0] = 0;
        for (int i = 0; i < 8; i++) if (i != 3) c[i][4] = 0;
        c[0][1] = c[1][2] = c[2][3] = 7;
        c[0][2] = c[1][3] = 7.7;
        c[4][0] = c[6][2] = 8;
        c[0][3] = 8.4;
        c[5][1] = 9;
        c[7][3] = 10;
        c[3][1] = 0.7;
        c[3][2] = 1.4;
        c[3][3] = 2.1;
        double[] supply = {200, 300, 350, 200, 100, 50, 100, 150};
        double[] demand = {250, 100, 400, 500, 200};
        TransportationProblem.Solution s = TransportationProblem.solve(c, supply, demand);
        assertThat(s.cost()).isCloseTo(7790, within(1e-6));
        assertFeasible(s.flows(), supply, demand);
    }

    /** Hillier and Lieberman, the P&T Company's canneries and warehouses: minimum cost 152,535. */
    @Test
    void hillierLiebermanPandTCostsOneHundredFiftyTwoThousandFiveHundredThirtyFive() {
        double[][] c = {{464, 513, 654, 867}, {352, 416, 690, 791}, {995, 682, 388, 685}};
        double[] supply = {75, 125, 100};
        double[] demand = {80, 65, 70, 85};
        TransportationProblem.Solution s = TransportationProblem.solve(c, supply, demand);
        assertThat(s.cost()).isCloseTo(152535, within(1e-6));
        assertFeasible(s.flows(), supply, demand);
    }

    @Test
    void demandAboveSupplyIsRefused() {
        assertThatThrownBy(() -> TransportationProblem.solve(new double[][] {{1}}, new double[] {1}, new double[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds supply");
    }

    private static void assertFeasible(double[][] x, double[] supply, double[] demand) {
        for (int i = 0; i < supply.length; i++) assertThat(Arrays.stream(x[i]).sum()).isLessThanOrEqualTo(supply[i] + 1e-6);
        for (int j = 0; j < demand.length; j++) {
            double in = 0;
            for (double[] row : x) { in += row[j]; assertThat(row[j]).isGreaterThanOrEqualTo(-1e-9); }
            assertThat(in).isGreaterThanOrEqualTo(demand[j] - 1e-6);
        }
    }
}
