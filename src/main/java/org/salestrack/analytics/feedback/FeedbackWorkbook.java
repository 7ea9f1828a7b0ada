package org.salestrack.analytics.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.salestrack.model.Provinces;
import org.salestrack.model.feedback.TicketFact;
import org.salestrack.model.report.FeedbackLines;

/**
 * What the workbook's feedback sheet holds, from the same figures as the Feedback screen: its aspect x model
 * grid, the complaints made most often with the newest sentences behind them, and the dealers' ticket ageing
 * (open tickets aged to {@code asOf}, as the dealer scorecard ages them). Pure.
 */
public final class FeedbackWorkbook {
    public static final int TOP_COMPLAINTS = 10;
    public static final int SAMPLES = 2;

    private FeedbackWorkbook() {}

    /**
     * @param reviews the reviews written in the window, read
     * @param tickets the tickets opened in the window
     * @param asOf the newest time the workspace's tickets know
     * @param chinese aspect names in Chinese, else English
     * @param refunds per model, its complaining reviewers' orders against all its orders in the window
     */
    public static FeedbackLines lines(LocalDate from, LocalDate to, List<ReadReview> reviews, List<TicketFact> tickets, LocalDateTime asOf,
                                      AspectLexicon lexicon, boolean chinese, List<ComplaintRefunds> refunds) {
        FeedbackOverview o = FeedbackOverview.of(reviews, List.of(), lexicon, SpikeDetector.standard(), from, to);
        Map<String, String> names = lexicon.aspects().stream().collect(Collectors.toMap(Aspect::id, a -> chinese ? a.nameZh() : a.nameEn()));
        Map<String, List<ReadReview>> byModel = reviews.stream().collect(Collectors.groupingBy(FeedbackWorkbook::model));
        List<FeedbackLines.ModelRow> models = new ArrayList<>();
        List<FeedbackLines.Complaint> complaints = new ArrayList<>();
        for (String m : o.models()) {
            List<ReadReview> own = byModel.get(m);
            List<FeedbackLines.Cell> cells = new ArrayList<>();
            for (String a : o.aspects()) {
                FeedbackOverview.Cell c = o.cell(a, m);
                cells.add(new FeedbackLines.Cell(c.mentions(), c.complaints()));
                if (c.complaints() > 0) {
                    List<String> samples = FeedbackOverview.sentences(own, a, m).stream().filter(r -> r.reading().complaints().contains(a))
                            .limit(SAMPLES).map(r -> r.fact().text()).toList();
                    complaints.add(new FeedbackLines.Complaint(m, names.get(a), c.complaints(), c.mentions(), samples));
                }
            }
            int negative = (int) own.stream().filter(r -> r.reading().negative()).count();
            models.add(new FeedbackLines.ModelRow(m, own.size(), negative, cells));
        }
        complaints.sort(Comparator.comparingInt(FeedbackLines.Complaint::complaints).reversed());
        List<FeedbackLines.DealerTickets> dealers = new ArrayList<>();
        List<TicketAgeing.Row> rows = new ArrayList<>(TicketAgeing.byDealer(tickets.stream().filter(t -> t.dealerCode() != null).toList(), asOf));
        rows.sort(Comparator.comparingDouble((TicketAgeing.Row r) -> Double.isNaN(r.share48h()) ? 2 : r.share48h()).thenComparing(TicketAgeing.Row::key));
        for (TicketAgeing.Row r : rows) {
            dealers.add(new FeedbackLines.DealerTickets(r.key(), r.name(), r.tickets(), r.open(), r.resolved(), r.resolved() + r.openPast48h(),
                    r.within48h(), r.medianHours()));
        }
        return new FeedbackLines(from, to, reviews.size(), o.negative(), o.aspects().stream().map(names::get).toList(), models,
                complaints.subList(0, Math.min(TOP_COMPLAINTS, complaints.size())), dealers, refunds.stream()
                .map(c -> new FeedbackLines.Refunds(c.model(), c.complaints(), c.complaining().orders(), c.complaining().refunded(),
                        c.overall().orders(), c.overall().refunded())).toList(), provinces(reviews, lexicon, names, chinese), lifeCycle(reviews, lexicon));
    }

    /** By the province of the reviews' orders, most reviews first; the reviews without a province last. */
    static List<FeedbackLines.ProvinceRow> provinces(List<ReadReview> reviews, AspectLexicon lexicon, Map<String, String> names, boolean chinese) {
        return FeedbackRows.byVolume(FeedbackRows.of(reviews, List.of(FeedbackDim.PROVINCE), lexicon)).stream().map(r -> {
            String code = r.keys().get(0);
            return new FeedbackLines.ProvinceRow(code.isEmpty() ? null : Provinces.get().name(code, chinese, code), r.reviews(), r.negative(),
                    r.topAspects().stream().map(names::get).toList());
        }).toList();
    }

    /** By months since the model's launch, in order; reviews of a model whose launch is not known are left out. */
    static List<FeedbackLines.LifeMonth> lifeCycle(List<ReadReview> reviews, AspectLexicon lexicon) {
        return FeedbackRows.of(reviews, List.of(FeedbackDim.MONTHS_SINCE_LAUNCH), lexicon).stream().filter(r -> !r.keys().get(0).isEmpty())
                .map(r -> new FeedbackLines.LifeMonth(Integer.parseInt(r.keys().get(0)), r.reviews(), r.negative())).toList();
    }

    private static String model(ReadReview r) { return r.fact().model() == null ? "" : r.fact().model(); }

}
