package org.salestrack.analytics.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.customer.RepeatSummary;
import org.salestrack.store.Workspace;
import org.salestrack.store.customer.CustomerDays;
import org.salestrack.task.Cancellation;

/**
 * The customer analyses over a workspace: loads the customer-days once, streaming, and runs the pure
 * engines. Every method runs SQL: call it from a background task.
 */
public final class CustomerService {
    private static final int CHECK_EVERY = 10_000;

    private final CustomerDays days;

    public CustomerService(Workspace workspace) { this.days = new CustomerDays(workspace); }

    /** The customer base and its cohorts. */
    public record Analysis(CustomerBase base, List<Cohorts.Cohort> cohorts) {}

    /** The last day with a customer's purchase: the default as-of date. */
    public Optional<LocalDate> lastDay() { return days.lastDay(); }

    /**
     * @param asOf the date the analysis looks from; purchases after it are ignored
     * @param filter region, channel and product filters (its dates are not used), or null
     * @param cuts the user's RFM cut points, or null for quintiles
     */
    public Analysis analyse(LocalDate asOf, Slice filter, CustomerRules rules, Rfm.Cuts cuts, Cancellation cancel) {
        Cohorts cohorts = new Cohorts();
        List<CustomerProfile> profiles = profiles(asOf, filter, rules, cancel, cohorts);
        return new Analysis(CustomerAnalysis.analyse(profiles, asOf, rules, cuts), cohorts.table());
    }

    private List<CustomerProfile> profiles(LocalDate asOf, Slice filter, CustomerRules rules, Cancellation cancel, Cohorts cohorts) {
        List<CustomerProfile> out = new ArrayList<>();
        CustomerHistories histories = new CustomerHistories(asOf, rules, cohorts, p -> {
            out.add(p);
            if (out.size() % CHECK_EVERY == 0) cancel.check();
        });
        days.forEach(asOf, filter, histories);
        histories.finish();
        return out;
    }

    /** One customer's purchases up to {@code asOf} within the filters, in day order. */
    public List<org.salestrack.model.customer.CustomerDay> history(String customer, LocalDate asOf, Slice filter) {
        return days.history(customer, asOf, filter);
    }

    /** Lifetime value: BG/NBD and Gamma-Gamma fitted on the purchases up to {@code calibrationEnd}. */
    public Clv clv(LocalDate calibrationEnd, RepeatSummaries.Unit unit, int horizon, double discountPerPeriod, Slice filter,
                   Cancellation cancel) {
        List<CustomerProfile> profiles = profiles(calibrationEnd, filter, CustomerRules.DEFAULTS, cancel, null);
        List<RepeatSummary> summaries = new ArrayList<>(profiles.size());
        double perDay = unit == RepeatSummaries.Unit.WEEK ? 7 : 1;
        for (CustomerProfile p : profiles) {
            RepeatSummary d = p.repeatsInDays();
            summaries.add(new RepeatSummary(d.repeats(), d.recency() / perDay, d.age() / perDay, d.meanRepeatSpend()));
        }
        if (summaries.isEmpty()) throw new IllegalStateException("no customer purchases up to " + calibrationEnd);
        cancel.check();
        BgNbd.Params bg = BgNbd.fit(summaries);
        Optional<GammaGamma.Params> gg = GammaGamma.fit(summaries);
        CustomerValue values = new CustomerValue(bg, horizon, discountPerPeriod);
        List<Clv.Row> rows = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            if (i % CHECK_EVERY == 0) cancel.check();
            RepeatSummary s = summaries.get(i);
            double spend = gg.map(g -> GammaGamma.expectedSpend(g, s)).orElse(Double.NaN);
            rows.add(new Clv.Row(profiles.get(i).customer(), s, values.expectedPurchases(s),
                    BgNbd.probabilityAlive(bg, s), spend, Double.isNaN(spend) ? Double.NaN : values.value(s, spend)));
        }
        return new Clv(calibrationEnd, unit, horizon, discountPerPeriod, bg, gg, rows);
    }

    /** The fitted models and each customer's figures over the horizon (spend and value NaN when no spend model could be fitted). */
    public record Clv(LocalDate calibrationEnd, RepeatSummaries.Unit unit, int horizon, double discountPerPeriod, BgNbd.Params bgnbd,
                      Optional<GammaGamma.Params> gammaGamma, List<Row> customers) {
        public record Row(String customer, RepeatSummary summary, double expectedPurchases, double probabilityAlive, double expectedSpend,
                          double value) {}
    }
}
