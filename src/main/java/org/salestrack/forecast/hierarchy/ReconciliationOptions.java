package org.salestrack.forecast.hierarchy;

/**
 * The method and whether the result must stay non-negative (unit counts). Non-negativity is imposed by
 * setting negative reconciled leaf forecasts to zero and summing upwards again: coherence is kept exactly,
 * optimality of MinT/OLS is given up only where a leaf was negative (cf. Wickramasuriya et al. 2020, who
 * solve the constrained problem; the simple rule is what most practitioners use).
 */
public record ReconciliationOptions(ReconciliationMethod method, boolean nonNegative) {
    public ReconciliationOptions {
        if (method == null) throw new IllegalArgumentException("a reconciliation method is required");
    }

    public static ReconciliationOptions of(ReconciliationMethod method) {
        return new ReconciliationOptions(method, false);
    }

    public ReconciliationOptions nonNegativeUnits() {
        return new ReconciliationOptions(method, true);
    }
}
