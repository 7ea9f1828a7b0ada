package org.salestrack.model.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months compared around a dated event: the {@code months} full months before the event's month
 * and the {@code months} full months after it. The event's own month is in neither, since part of it
 * came before the event. The sample generator documents its planted effect over the same windows.
 */
public record EventWindows(List<YearMonth> before, List<YearMonth> after) {
    public static final int DEFAULT_MONTHS = 3;

    public EventWindows {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public static EventWindows around(LocalDate day, int months) {
        YearMonth m = YearMonth.from(day);
        List<YearMonth> before = new ArrayList<>();
        List<YearMonth> after = new ArrayList<>();
        for (int i = months; i >= 1; i--) before.add(m.minusMonths(i));
        for (int i = 1; i <= months; i++) after.add(m.plusMonths(i));
        return new EventWindows(before, after);
    }

    /**
     * The months a policy covers whole, and as many months to compare them with: the same calendar months a
     * year earlier when the data reach back that far, else the months just before it starts.
     */
    public static EventWindows ofPolicy(LocalDate starts, LocalDate ends, YearMonth firstDataMonth) {
        List<YearMonth> during = new ArrayList<>();
        for (YearMonth m = YearMonth.from(starts); !m.isAfter(YearMonth.from(ends)); m = m.plusMonths(1)) {
            if (!m.atDay(1).isBefore(starts) && !m.atEndOfMonth().isAfter(ends)) during.add(m);
        }
        List<YearMonth> before = new ArrayList<>();
        if (during.isEmpty()) return new EventWindows(before, during);
        boolean yearAgo = !during.get(0).minusYears(1).isBefore(firstDataMonth)
                && during.get(during.size() - 1).minusYears(1).isBefore(YearMonth.from(starts));
        for (int i = 0; i < during.size(); i++) {
            before.add(yearAgo ? during.get(i).minusYears(1) : YearMonth.from(starts).minusMonths(during.size() - i));
        }
        return new EventWindows(before, during);
    }

    /** The first and last month either window names. */
    public YearMonth first() { return before.isEmpty() ? after.get(0) : before.get(0); }

    public YearMonth last() { return after.isEmpty() ? before.get(before.size() - 1) : after.get(after.size() - 1); }
}
