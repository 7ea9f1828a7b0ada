package org.salestrack.analytics.feedback;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.salestrack.model.dealer.ServiceTickets;
import org.salestrack.model.feedback.TicketFact;

/**
 * How quickly tickets are resolved, per dealer (or store): the share resolved within 48 hours of opening
 * (the dealer scorecard's figure), the median hours to resolution and how many are still open. A ticket
 * still open counts as not resolved within 48 hours once it is older than that.
 */
public final class TicketAgeing {
    public static final double WITHIN_HOURS = 48;

    /** One dealer's (or store's) tickets. {@code medianHours} is NaN when none is resolved. */
    public record Row(String key, String name, int tickets, int resolved, int open, int openPast48h, int within48h,
                      double medianHours) {
        /** Resolved within 48 hours, of the tickets resolved or already open longer; NaN when none is judged yet. */
        public double share48h() {
            int judged = resolved + openPast48h;
            return judged == 0 ? Double.NaN : (double) within48h / judged;
        }
    }

    private TicketAgeing() {}

    public static List<Row> byDealer(List<TicketFact> tickets, LocalDateTime now) {
        return by(tickets, now, t -> t.dealerCode() == null ? "" : t.dealerCode(), TicketFact::dealerName);
    }

    public static List<Row> by(List<TicketFact> tickets, LocalDateTime now, Function<TicketFact, String> key,
                               Function<TicketFact, String> name) {
        Map<String, List<TicketFact>> groups = new TreeMap<>();
        for (TicketFact t : tickets) groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        List<Row> out = new ArrayList<>();
        groups.forEach((k, list) -> out.add(row(k, name.apply(list.get(0)), list, now)));
        return out;
    }

    /**
     * Each dealer's tickets by the month they were opened, judged against 48 hours as {@link Row#share48h()}
     * judges them: what the dealer scorecard's 48 h share is counted from. Tickets without a dealer are left out.
     */
    public static Map<String, Map<YearMonth, ServiceTickets>> byDealerMonth(List<TicketFact> tickets, LocalDateTime now) {
        Map<String, Map<YearMonth, ServiceTickets>> out = new TreeMap<>();
        for (Row r : by(tickets.stream().filter(t -> t.dealerCode() != null).toList(), now,
                t -> t.dealerCode() + '\u0000' + YearMonth.from(t.openedAt()), t -> "")) {
            int cut = r.key().indexOf('\u0000');
            ServiceTickets s = new ServiceTickets(r.resolved() + r.openPast48h(), r.within48h());
            if (s.judged() > 0) out.computeIfAbsent(r.key().substring(0, cut), k -> new TreeMap<>()).put(YearMonth.parse(r.key().substring(cut + 1)), s);
        }
        return out;
    }

    /** Tickets still open are aged up to the newest time the export knows (its last opening or resolution). */
    public static LocalDateTime asOf(List<TicketFact> tickets) {
        LocalDateTime now = LocalDateTime.MIN;
        for (TicketFact t : tickets) {
            if (t.openedAt().isAfter(now)) now = t.openedAt();
            if (t.resolvedAt() != null && t.resolvedAt().isAfter(now)) now = t.resolvedAt();
        }
        return now;
    }

    private static Row row(String key, String name, List<TicketFact> list, LocalDateTime now) {
        int resolved = 0;
        int within = 0;
        double[] hours = new double[list.size()];
        int openPast = 0;
        for (TicketFact t : list) {
            if (t.resolvedAt() == null) {
                if (t.hoursOpen(now) > WITHIN_HOURS) openPast++;
                continue;
            }
            double h = t.hoursOpen(now);
            hours[resolved++] = h;
            if (h <= WITHIN_HOURS) within++;
        }
        double[] done = Arrays.copyOf(hours, resolved);
        Arrays.sort(done);
        double median = resolved == 0 ? Double.NaN
                : resolved % 2 == 1 ? done[resolved / 2] : (done[resolved / 2 - 1] + done[resolved / 2]) / 2;
        return new Row(key, name, list.size(), resolved, list.size() - resolved, openPast, within, median);
    }
}
