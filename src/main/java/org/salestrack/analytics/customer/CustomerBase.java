package org.salestrack.analytics.customer;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.util.List;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.customer.RfmSegment;

/**
 * The customer base as of a date: the profiles with their RFM scores, segments, churn and high-value
 * flags, and the breakdowns the screen, the CLI and the workbook show.
 */
public record CustomerBase(LocalDate asOf, CustomerRules rules, List<CustomerProfile> customers, Rfm.Result rfm, boolean[] churned,
                           boolean[] highValue, List<SegmentRow> segments, List<ChurnRow> churnByCohort, List<ChurnRow> churnByChannel,
                           List<ChurnRow> churnByRegion, List<ChurnRow> churnBySegment, Ecosystem ecosystem) {

    public record SegmentRow(RfmSegment segment, long customers, long spendE4) {}

    /** Customers of one group, how many of them churned, and the rate. */
    public record ChurnRow(String key, long customers, long churned) {
        public double rate() { return customers == 0 ? 0 : churned / (double) customers; }
    }

    /** Customers owning at least {@code rules.ecosystemCategories()} categories against the rest. */
    public record Ecosystem(long ecosystemCustomers, long ecosystemSpendE4, long singleCustomers, long singleSpendE4) {
        public double share(long all) { return all == 0 ? 0 : ecosystemCustomers / (double) all; }

        public double meanSpendEcosystem() { return ecosystemCustomers == 0 ? 0 : Money.yuan(ecosystemSpendE4) / ecosystemCustomers; }

        public double meanSpendSingle() { return singleCustomers == 0 ? 0 : Money.yuan(singleSpendE4) / singleCustomers; }
    }

    public long churnedCount() { return count(churned); }

    public long highValueCount() { return count(highValue); }

    public long totalSpendE4() { return customers.stream().mapToLong(CustomerProfile::spendE4).sum(); }

    private static long count(boolean[] flags) {
        long n = 0;
        for (boolean b : flags) if (b) n++;
        return n;
    }
}
