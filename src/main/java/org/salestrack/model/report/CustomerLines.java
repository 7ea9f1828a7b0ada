package org.salestrack.model.report;

import java.time.LocalDate;
import java.util.List;
import org.salestrack.model.customer.RfmSegment;

/**
 * The customer base at the end of the report's month, as the Customers sheet shows it: the segments,
 * the recency x frequency grid, churn by region and the headline counts. Spend in e4, as the source wrote it.
 *
 * @param grid customers by score: {@code grid[r - 1][f - 1]}
 * @param emptyScores the scores nobody got ("F2"): ties put equal customers in one score
 */
public record CustomerLines(LocalDate asOf, int churnMonths, long customers, long churned, long highValue, long ecosystemCustomers,
                            List<Segment> segments, long[][] grid, List<String> emptyScores, List<Churn> churnByRegion) {
    public static final CustomerLines NONE = new CustomerLines(null, 0, 0, 0, 0, 0, List.of(), new long[5][5], List.of(), List.of());

    public record Segment(RfmSegment segment, long customers, long spendE4) {}

    public record Churn(String region, long customers, long churned) {}

    public boolean isEmpty() { return customers == 0; }
}
