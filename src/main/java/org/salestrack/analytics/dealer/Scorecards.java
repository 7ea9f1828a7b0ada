package org.salestrack.analytics.dealer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.salestrack.model.dealer.Coverage;
import org.salestrack.model.dealer.DealerMonth;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerProfile;
import org.salestrack.model.dealer.Scorecard;
import org.salestrack.model.dealer.ServiceTickets;

/** Adds a dealer's months up into its scorecard for a period. Pure. */
public final class Scorecards {
    private Scorecards() {}

    public static Scorecard score(DealerProfile dealer, DealerPeriod period, List<DealerMonth> months, Coverage coverage) {
        return score(dealer, period, months, coverage, Map.of());
    }

    /**
     * @param months the dealer's months (any order; months outside the period, its previous period and
     *               the same period a year before only feed the trend)
     * @param tickets the dealer's imported service tickets by the month they were opened: where the period has
     *                any judged, the 48 h share is theirs (what happened, ticket by ticket), else the service sheet's
     */
    public static Scorecard score(DealerProfile dealer, DealerPeriod period, List<DealerMonth> months, Coverage coverage,
                                  Map<YearMonth, ServiceTickets> tickets) {
        Set<YearMonth> in = Set.copyOf(period.months());
        List<DealerMonth> now = months.stream().filter(m -> in.contains(m.month())).toList();
        long sellInQty = sum(now, DealerMonth::sellInQty);
        long sellInE4 = sum(now, DealerMonth::sellInE4);
        long sellOutQty = sum(now, DealerMonth::sellOutQty);
        long sales = sum(now, DealerMonth::sellOutE4);
        long stock = months.stream().filter(m -> m.month().equals(period.lastMonth())).mapToLong(DealerMonth::stockQty).sum();
        Double cover = sellOutQty == 0 ? null : stock / (sellOutQty / period.weeks());
        // a target counts only when every month of the period has one: part of a target is no target
        boolean targeted = !now.isEmpty() && now.size() == in.size() && now.stream().allMatch(m -> m.targetE4() != null);
        Long target = targeted ? now.stream().mapToLong(DealerMonth::targetE4).sum() : null;
        Double attainment = target == null || target == 0 ? null : (double) sales / target;
        long previous = sales(months, period.previous());
        long yearBefore = sales(months, period.yearBefore());
        Double nps = mean(now);
        long complaints = now.stream().filter(m -> m.complaints() != null).mapToLong(DealerMonth::complaints).sum();
        ServiceTickets judged = ServiceTickets.NONE;
        for (YearMonth m : in) judged = judged.plus(tickets.getOrDefault(m, ServiceTickets.NONE));
        ServiceTickets fromTickets = judged.judged() > 0 ? judged : null;
        Double resolved = fromTickets != null ? Double.valueOf(fromTickets.share()) : resolved(now);
        List<DealerMonth> trend = new ArrayList<>(months.stream().filter(m -> !m.month().isAfter(period.lastMonth()))
                .sorted(Comparator.comparing(DealerMonth::month)).toList());
        return new Scorecard(dealer, period, sellInQty, sellInE4, sellOutQty, sales, stock, cover, target, attainment,
                previous, yearBefore, growth(sales, previous), growth(sales, yearBefore), coverage, nps, resolved, complaints, trend,
                fromTickets);
    }

    private static long sales(List<DealerMonth> months, DealerPeriod p) {
        Set<YearMonth> in = Set.copyOf(p.months());
        return months.stream().filter(m -> in.contains(m.month())).mapToLong(DealerMonth::sellOutE4).sum();
    }

    static Double growth(long now, long before) { return before == 0 ? null : (double) now / before - 1; }

    private static long sum(List<DealerMonth> months, ToLongFunction<DealerMonth> f) { return months.stream().mapToLong(f).sum(); }

    /** The mean of the months' NPS; null when no month has one. */
    private static Double mean(List<DealerMonth> months) {
        List<Double> v = months.stream().map(DealerMonth::nps).filter(x -> x != null).toList();
        return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /**
     * The share of the period's complaints resolved within 48 h: each month's share weighted by its
     * complaints, so a month with one complaint does not weigh as much as a month with forty. Months without
     * complaints resolve nothing; a period without any complaint has nothing unresolved (100%).
     */
    private static Double resolved(List<DealerMonth> months) {
        double resolved = 0;
        long complaints = 0;
        boolean any = false;
        for (DealerMonth m : months) {
            if (m.resolved48h() == null || m.complaints() == null) continue;
            any = true;
            resolved += m.resolved48h() * m.complaints();
            complaints += m.complaints();
        }
        if (!any) return null;
        return complaints == 0 ? 1.0 : resolved / complaints;
    }
}
