package org.salestrack.model.customer;

/**
 * The parameters of the customer analyses, with the brief's defaults: churned after 6 months without a
 * purchase; high value with 2 phone purchases within a rolling year or one purchase of ¥5,000; an
 * ecosystem buyer owns 2 or more device categories.
 */
public record CustomerRules(int churnMonths, String phoneCategory, int highValuePhonePurchases, int rollingDays,
                            long highValuePurchaseE4, int ecosystemCategories) {
    public static final CustomerRules DEFAULTS = new CustomerRules(6, "手机", 2, 365, org.salestrack.model.Money.e4OfWholeYuan(5_000), 2);

    public CustomerRules {
        if (churnMonths < 1) throw new IllegalArgumentException("churnMonths < 1");
        if (highValuePhonePurchases < 1 || rollingDays < 1 || highValuePurchaseE4 <= 0 || ecosystemCategories < 2) {
            throw new IllegalArgumentException("customer rules out of range");
        }
    }
}
