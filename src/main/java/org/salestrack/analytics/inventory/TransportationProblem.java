package org.salestrack.analytics.inventory;

import java.math.BigDecimal;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The transportation problem as a linear program (ojAlgo): ship x[i][j} >= 0 from source i to sink j at
 * cost c[i][j] per unit, each source sending at most its supply, each sink receiving at least its demand,
 * minimising the total cost. Integral supplies and demands give an integral optimal vertex, which the
 * simplex returns, so no integer constraints are needed.
 */
public final class TransportationProblem {
    private TransportationProblem() {}

    /** The optimal flows and their cost. */
    public record Solution(double[][] flows, double cost) {}

    /** @throws IllegalArgumentException when total supply cannot cover total demand */
    public static Solution solve(double[][] costs, double[] supply, double[] demand) {
        int m = supply.length;
        int n = demand.length;
        if (costs.length != m) throw new IllegalArgumentException("one cost row per source: " + costs.length + " rows, " + m + " sources");
        double totalSupply = 0;
        double totalDemand = 0;
        for (double s : supply) totalSupply += s;
        for (double d : demand) totalDemand += d;
        if (totalDemand > totalSupply + 1e-9) throw new IllegalArgumentException("demand " + totalDemand + " exceeds supply " + totalSupply);
        if (m == 0 || n == 0) return new Solution(new double[m][n], 0);
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] x = new Variable[m][n];
        for (int i = 0; i < m; i++) {
            if (costs[i].length != n) throw new IllegalArgumentException("cost row " + i + " has " + costs[i].length + " columns, expected " + n);
            for (int j = 0; j < n; j++) x[i][j] = model.addVariable("x" + i + "_" + j).lower(0).weight(costs[i][j]);
        }
        for (int i = 0; i < m; i++) {
            Expression row = model.addExpression("supply" + i).upper(supply[i]);
            for (int j = 0; j < n; j++) row.set(x[i][j], 1);
        }
        for (int j = 0; j < n; j++) {
            Expression col = model.addExpression("demand" + j).lower(demand[j]);
            for (int i = 0; i < m; i++) col.set(x[i][j], 1);
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isOptimal()) throw new IllegalStateException("the transportation problem has no optimal plan: " + result.getState());
        double[][] flows = new double[m][n];
        double cost = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal v = x[i][j].getValue();
                flows[i][j] = v == null ? 0 : Math.max(0, v.doubleValue());
                cost += flows[i][j] * costs[i][j];
            }
        }
        return new Solution(flows, cost);
    }
}
