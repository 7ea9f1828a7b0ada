package org.salestrack.analytics.customer;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.salestrack.model.customer.CustomerDay;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.model.customer.CustomerRules;
import org.salestrack.model.customer.RepeatSummary;

/**
 * Turns a stream of customer-days, ordered by customer and then day, into one {@link CustomerProfile}
 * per customer as of a date, one customer in memory at a time (a million customers' days never are).
 * Days after the as-of date are ignored. Each finished customer also goes to the cohort table, if one
 * is given.
 */
public final class CustomerHistories implements Consumer<CustomerDay> {
    private final LocalDate asOf;
    private final CustomerRules rules;
    private final Consumer<CustomerProfile> sink;
    private final Cohorts cohorts;
    private final List<CustomerDay> days = new ArrayList<>();
    private String current;

    public CustomerHistories(LocalDate asOf, CustomerRules rules, Cohorts cohorts, Consumer<CustomerProfile> sink) {
        this.asOf = asOf;
        this.rules = rules;
        this.cohorts = cohorts;
        this.sink = sink;
    }

    /** Profiles of all these days as of {@code asOf}, in customer order. */
    public static List<CustomerProfile> profiles(List<CustomerDay> sorted, LocalDate asOf, CustomerRules rules) {
        List<CustomerProfile> out = new ArrayList<>();
        CustomerHistories h = new CustomerHistories(asOf, rules, null, out::add);
        sorted.forEach(h);
        h.finish();
        return out;
    }

    @Override
    public void accept(CustomerDay d) {
        if (d.day().isAfter(asOf)) return;
        if (!d.customer().equals(current)) {
            flush();
            current = d.customer();
        } else if (d.day().isBefore(days.get(days.size() - 1).day())) {
            throw new IllegalArgumentException("customer " + current + "'s days are not in order: " + d.day());
        }
        days.add(d);
    }

    public void finish() {
        flush();
        current = null;
    }

    private void flush() {
        if (days.isEmpty()) return;
        CustomerProfile p = profile(days);
        if (cohorts != null) cohorts.add(days);
        sink.accept(p);
        days.clear();
    }

    private CustomerProfile profile(List<CustomerDay> rows) {
        LocalDate first = rows.get(0).day();
        LocalDate last = rows.get(rows.size() - 1).day();
        long units = 0;
        long spend = 0;
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> channels = new TreeSet<>();
        Map<String, Long> spendByCategory = new HashMap<>();
        Map<String, Integer> daysByChannel = new HashMap<>();
        Map<String, Integer> daysByProvince = new HashMap<>();
        List<Long> dayTotals = new ArrayList<>();
        List<LocalDate> phoneDays = new ArrayList<>();
        LocalDate day = null;
        long dayTotal = 0;
        boolean phoneToday = false;
        java.util.Set<String> channelsToday = new java.util.HashSet<>();
        java.util.Set<String> provincesToday = new java.util.HashSet<>();
        for (CustomerDay r : rows) {
            if (!r.day().equals(day)) {
                if (day != null) dayTotals.add(dayTotal);
                if (phoneToday) phoneDays.add(day);
                day = r.day();
                dayTotal = 0;
                phoneToday = false;
                channelsToday.clear();
                provincesToday.clear();
            }
            // a channel or province counts once for each day it was used on
            if (r.channel() != null && channelsToday.add(r.channel())) daysByChannel.merge(r.channel(), 1, Integer::sum);
            if (r.province() != null && provincesToday.add(r.province())) daysByProvince.merge(r.province(), 1, Integer::sum);
            dayTotal += r.amountE4();
            units += r.units();
            spend += r.amountE4();
            if (r.category() != null) {
                categories.add(r.category());
                spendByCategory.merge(r.category(), r.amountE4(), Long::sum);
                phoneToday |= r.category().equals(rules.phoneCategory()) && r.units() > 0;
            }
            if (r.channel() != null) channels.add(r.channel());
        }
        dayTotals.add(dayTotal);
        if (phoneToday) phoneDays.add(day);
        int purchases = dayTotals.size();
        double meanRepeat = 0;
        for (int i = 1; i < purchases; i++) meanRepeat += Money.yuan(dayTotals.get(i));
        if (purchases > 1) meanRepeat /= purchases - 1;
        RepeatSummary repeats = new RepeatSummary(purchases - 1, ChronoUnit.DAYS.between(first, last), ChronoUnit.DAYS.between(first, asOf),
                meanRepeat);
        long largest = dayTotals.stream().mapToLong(Long::longValue).max().orElse(0);
        return new CustomerProfile(current, first, last, purchases, units, spend, categories, channels, top(spendByCategory),
                top(daysByChannel), top(daysByProvince), mostWithin(phoneDays, rules.rollingDays()), largest, repeats);
    }

    /** The key with the largest value; ties go to the smaller key, so the answer never depends on order. */
    private static <N extends Number & Comparable<N>> String top(Map<String, N> values) {
        return values.entrySet().stream()
                .max(Comparator.<Map.Entry<String, N>, N>comparing(Map.Entry::getValue).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The most dates that fall within any window of {@code windowDays} consecutive days. */
    static int mostWithin(List<LocalDate> sortedDays, int windowDays) {
        ArrayDeque<LocalDate> window = new ArrayDeque<>();
        int best = 0;
        for (LocalDate d : sortedDays) {
            window.addLast(d);
            while (ChronoUnit.DAYS.between(window.peekFirst(), d) >= windowDays) window.removeFirst();
            best = Math.max(best, window.size());
        }
        return best;
    }
}
