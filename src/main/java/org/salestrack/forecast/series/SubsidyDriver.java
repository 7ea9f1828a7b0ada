package org.salestrack.forecast.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.salestrack.model.Money;
import org.salestrack.model.Provinces;
import org.salestrack.model.market.PolicyMeasure;

/**
 * Policy measures (consumer subsidies) as a known-future driver of a monthly series: in each month, the share
 * of the series' selling price the subsidies pay back, over the SKUs it sells in their mix of that month
 * (subsidy paid / revenue), 0 where no subsidy runs. A SKU counts when the policy's category is its own and its
 * average selling price that month is under the policy's price limit; a month a policy runs part of counts in
 * proportion to its days, and a series spanning provinces (a region, the country) in proportion to the share of
 * its provinces the policy covers. Months after the history keep the last month's mix and prices, so the
 * future follows what the policies plan (a subsidy that ends, ends in the driver too).
 */
public final class SubsidyDriver {
    public static final String NAME = "subsidy";

    private SubsidyDriver() {}

    /** One SKU of a series: its category (null when unknown), monthly units and revenue in yuan over the history. */
    public record Item(String category, double[] units, double[] revenue) {}

    /**
     * @param provinces the GB/T codes the series covers; empty for the whole country
     * @param first     the series' first month
     * @param length    history plus horizon
     */
    public static double[] rates(List<PolicyMeasure> policies, Set<String> provinces, YearMonth first, int length, List<Item> items) {
        double[] out = new double[length];
        if (policies.isEmpty() || items.isEmpty()) return out;
        int history = items.stream().mapToInt(i -> i.units().length).max().orElse(0);
        double[] weight = new double[items.size()];
        double[] price = new double[items.size()];
        double[] geo = new double[policies.size()];
        for (int k = 0; k < policies.size(); k++) geo[k] = geographicShare(policies.get(k), provinces);
        for (int t = 0; t < length; t++) {
            if (t < history) {
                double total = 0;
                for (Item i : items) total += t < i.units().length ? i.units()[t] : 0;
                // a month without sales keeps the last mix: the subsidy did not stop because nothing sold
                if (total > 0) {
                    for (int j = 0; j < items.size(); j++) {
                        Item i = items.get(j);
                        double u = t < i.units().length ? i.units()[t] : 0;
                        weight[j] = u;
                        if (u > 0) price[j] = i.revenue()[t] / u;
                    }
                }
            }
            YearMonth month = first.plusMonths(t);
            double revenue = 0;
            double paid = 0;
            for (int j = 0; j < items.size(); j++) {
                if (weight[j] <= 0 || price[j] <= 0) continue;
                revenue += weight[j] * price[j];
                double rate = 0;
                for (int k = 0; k < policies.size(); k++) {
                    PolicyMeasure p = policies.get(k);
                    if (geo[k] == 0 || (p.category() != null && !p.category().equals(items.get(j).category()))) continue;
                    double days = covered(month, p.starts(), p.ends());
                    if (days == 0) continue;
                    long e4 = Money.e4OfYuan(price[j]);
                    rate += days * geo[k] * p.subsidyE4(e4) / (double) e4;
                }
                paid += weight[j] * price[j] * Math.min(1, rate);
            }
            out[t] = revenue > 0 ? paid / revenue : 0;
        }
        return out;
    }

    /**
     * The policies a what-if puts in place from {@code from} on: every policy stops the month before, and at a
     * rate above 0 the latest-ending one's rule (category, cap, price limit) runs again at {@code rate} wherever
     * any policy ran, for good. Rate 0 turns the subsidy off in the forecast months.
     */
    public static List<PolicyMeasure> whatIf(List<PolicyMeasure> policies, YearMonth from, double rate) {
        LocalDate stop = from.atDay(1).minusDays(1);
        List<PolicyMeasure> out = new ArrayList<>();
        for (PolicyMeasure p : policies) {
            if (p.starts().isAfter(stop)) continue;
            LocalDate ends = p.ends().isAfter(stop) ? stop : p.ends();
            out.add(new PolicyMeasure(p.id(), p.name(), p.provinces(), p.starts(), ends, p.category(), p.rate(), p.capE4(), p.maxPriceE4()));
        }
        if (rate > 0 && !policies.isEmpty()) {
            PolicyMeasure rule = policies.stream().max((a, b) -> a.ends().compareTo(b.ends())).orElseThrow();
            Set<String> where = new LinkedHashSet<>();
            boolean nationwide = false;
            for (PolicyMeasure p : policies) {
                nationwide |= p.nationwide();
                where.addAll(p.provinces());
            }
            out.add(new PolicyMeasure(-1, rule.name(), nationwide ? List.of() : List.copyOf(where), from.atDay(1), LocalDate.of(9999, 12, 31),
                    rule.category(), rate, rule.capE4(), rule.maxPriceE4()));
        }
        return out;
    }

    /** The share of the series' provinces the policy covers (1 for a nationwide policy). */
    static double geographicShare(PolicyMeasure p, Set<String> provinces) {
        if (p.nationwide()) return 1;
        Set<String> scope = provinces.isEmpty() ? allProvinces() : provinces;
        long in = scope.stream().filter(p.provinces()::contains).count();
        return (double) in / scope.size();
    }

    private static Set<String> allProvinces() {
        Set<String> out = new LinkedHashSet<>();
        Provinces.get().all().forEach(p -> out.add(p.code()));
        return out;
    }

    /** The share of a month's days inside [from, to]. */
    static double covered(YearMonth month, LocalDate from, LocalDate to) {
        LocalDate a = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate b = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        if (b.isBefore(a)) return 0;
        return (b.toEpochDay() - a.toEpochDay() + 1) / (double) month.lengthOfMonth();
    }
}
