package org.salestrack.analytics.feedback;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
