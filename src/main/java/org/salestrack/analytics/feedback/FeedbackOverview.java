package org.salestrack.analytics.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.feedback.TicketFact;

/**
 * What the Feedback screen shows, computed in one pass: the aspect x model grid of negative share (of the
 * reviews of a model naming an aspect, the share that complain about it), the weekly negative reviews with
 * the spikes of each model and aspect marked, and the ticket ageing by dealer.
 */
public record FeedbackOverview(int reviews, int negative, List<String> aspects, List<String> models, Map<String, Cell> cells,
                               List<String> weeks, int[] negativeByWeek, List<Spike> spikes, List<TicketAgeing.Row> dealers,
                               int tickets, double share48h) {

    /** One aspect x model cell: reviews naming the aspect, and those of them complaining about it. */
    public record Cell(int mentions, int complaints) {
        public double share() { return mentions == 0 ? Double.NaN : (double) complaints / mentions; }
    }

    /** A week in which a model's complaints about an aspect jumped against the weeks before. */
    public record Spike(String model, String aspect, String week, int count, double baseline) {}

    public static final int MAX_MODELS = 14;

    public static String key(String aspect, String model) { return aspect + '\u0000' + model; }

    public Cell cell(String aspect, String model) { return cells.getOrDefault(key(aspect, model), new Cell(0, 0)); }

    public static FeedbackOverview of(List<ReadReview> reviews, List<TicketFact> tickets, AspectLexicon lexicon, SpikeDetector detector) {
        return of(reviews, tickets, lexicon, detector, null, null);
    }

    /**
     * @param from first day of the weeks (null: the first review's), so the weeks before a spike count as
     *             quiet history rather than missing; @param to last day (null: the last review's)
     */
    public static FeedbackOverview of(List<ReadReview> reviews, List<TicketFact> tickets, AspectLexicon lexicon, SpikeDetector detector,
                                      LocalDate from, LocalDate to) {
        List<String> aspects = lexicon.aspects().stream().map(Aspect::id).toList();
        Map<String, Integer> perModel = new HashMap<>();
        Map<String, int[]> cellCounts = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        int negative = 0;
        for (ReadReview r : reviews) {
            String model = model(r);
            perModel.merge(model, 1, Integer::sum);
            for (String a : r.reading().aspects()) {
                int[] c = cellCounts.computeIfAbsent(key(a, model), k -> new int[2]);
                c[0]++;
                if (r.reading().complaints().contains(a)) c[1]++;
            }
            if (r.reading().negative()) negative++;
            LocalDate d = r.fact().at().toLocalDate();
            if (first == null || d.isBefore(first)) first = d;
            if (last == null || d.isAfter(last)) last = d;
        }
        List<String> models = perModel.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_MODELS).map(Map.Entry::getKey).toList();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (String a : aspects) {
            for (String m : models) {
                int[] c = cellCounts.get(key(a, m));
                if (c != null) cells.put(key(a, m), new Cell(c[0], c[1]));
            }
        }
        if (from != null) first = first == null || from.isBefore(first) ? from : first;
        if (to != null) last = last == null || to.isAfter(last) ? to : last;
        List<String> weeks = first == null || last == null ? List.of() : Grain.WEEK.keys(first, last);
        Map<String, Integer> weekIndex = new HashMap<>();
        for (int i = 0; i < weeks.size(); i++) weekIndex.put(weeks.get(i), i);
        int[] negativeByWeek = new int[weeks.size()];
        Map<String, int[]> complaintsByWeek = new LinkedHashMap<>();
        for (ReadReview r : reviews) {
            if (!r.reading().negative()) continue;
            int w = weekIndex.get(Grain.WEEK.key(r.fact().at().toLocalDate()));
            negativeByWeek[w]++;
            for (String a : r.reading().complaints()) complaintsByWeek.computeIfAbsent(key(a, model(r)), k -> new int[weeks.size()])[w]++;
        }
        List<Spike> spikes = new ArrayList<>();
        complaintsByWeek.forEach((k, series) -> {
            int cut = k.indexOf('\u0000');
            for (int i : detector.spikes(series)) {
                spikes.add(new Spike(k.substring(cut + 1), k.substring(0, cut), weeks.get(i), series[i], detector.baseline(series, i)));
            }
        });
        spikes.sort(Comparator.comparing(Spike::week).reversed().thenComparing(Spike::count, Comparator.reverseOrder())
                .thenComparing(Spike::model).thenComparing(Spike::aspect));
        LocalDateTime now = TicketAgeing.asOf(tickets);
        List<TicketAgeing.Row> dealers = new ArrayList<>(TicketAgeing.byDealer(tickets, now));
        dealers.sort(Comparator.comparingDouble((TicketAgeing.Row r) -> Double.isNaN(r.share48h()) ? 2 : r.share48h())
                .thenComparing(TicketAgeing.Row::key));
        int within = 0;
        int judged = 0;
        for (TicketAgeing.Row d : dealers) {
            within += d.within48h();
            judged += d.resolved() + d.openPast48h();
        }
        return new FeedbackOverview(reviews.size(), negative, aspects, models, cells, weeks, negativeByWeek, List.copyOf(spikes),
                List.copyOf(dealers), tickets.size(), judged == 0 ? Double.NaN : (double) within / judged);
    }

    /** The reviews of one cell, complaints first, newest first within each. */
    public static List<ReadReview> sentences(List<ReadReview> reviews, String aspect, String model) {
        return reviews.stream().filter(r -> model(r).equals(model) && r.reading().aspects().contains(aspect))
                .sorted(Comparator.comparing((ReadReview r) -> !r.reading().complaints().contains(aspect))
                        .thenComparing((ReadReview r) -> r.fact().at(), Comparator.reverseOrder()))
                .toList();
    }

    private static String model(ReadReview r) { return r.fact().model() == null ? "" : r.fact().model(); }
}
