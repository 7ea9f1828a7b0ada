package org.salestrack.analytics.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.feedback.ReviewFact;
import org.salestrack.model.feedback.TicketFact;
import org.salestrack.store.Workspace;
import org.salestrack.store.feedback.FeedbackFacts;
import org.salestrack.task.Cancellation;

/**
 * Customer feedback over a workspace: loads reviews and tickets, reads each review with the language engine
 * and hands them to the pure aggregations. The aspect lexicon is the workspace's own
 * (feedback-aspects.tsv beside it) when the analyst saved one, else the shipped one. Runs SQL: call it off
 * the FX thread.
 */
public final class FeedbackService {
    public static final String LEXICON_FILE = "feedback-aspects.tsv";
    private static final int CHUNK = 2_000;

    private final FeedbackFacts facts;
    private final Path workspaceFile;
    private volatile SentimentModel model;
    private volatile AspectLexicon lexicon;

    /** Cheap: the model and lexicon are read on the first use, off the thread that opens the workspace. */
    public FeedbackService(Workspace workspace) {
        this.facts = new FeedbackFacts(workspace);
        this.workspaceFile = workspace.file();
    }

    private SentimentModel model() {
        if (model == null) model = SentimentModel.standard();
        return model;
    }

    /** The lexicon saved beside a workspace file, or the shipped one. */
    public static AspectLexicon lexiconFor(Path workspaceFile) {
        Path dir = workspaceFile.toAbsolutePath().getParent();
        Path own = dir == null ? null : dir.resolve(LEXICON_FILE);
        if (own == null || !Files.isRegularFile(own)) return AspectLexicon.standard();
        try (var in = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
            return AspectLexicon.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the aspect lexicon " + own, e);
        }
    }

    public AspectLexicon lexicon() {
        if (lexicon == null) lexicon = lexiconFor(workspaceFile);
        return lexicon;
    }

    /**
     * The reviews from {@code from} to {@code to} (null: open) within the filter's product and channel members,
     * read. Large sets are read in chunks on the common pool, each chunk with its own reader (a segmenter is
     * not thread-safe); the order stays the store's.
     */
    public List<ReadReview> reviews(LocalDate from, LocalDate to, Slice filter, Cancellation cancel) {
        return window(from, to, filter, cancel).reviews();
    }

    /**
     * The reviews within a slice, read, and how many of the reviews its filters other than the geography keep have no
     * province (the sales do not hold their order): with a region, province or city filter those are left out.
     */
    public record Window(List<ReadReview> reviews, int withoutProvince, boolean placeFiltered) {}

    public Window window(LocalDate from, LocalDate to, Slice filter, Cancellation cancel) {
        List<ReviewFact> outside = facts.reviews(from, to).stream().filter(f -> FeedbackFilter.keepsOutsidePlace(filter, f)).toList();
        int unplaced = (int) outside.stream().filter(f -> f.province() == null).count();
        List<ReviewFact> kept = outside.stream().filter(f -> FeedbackFilter.keeps(filter, f)).toList();
        return new Window(read(kept, model(), lexicon(), cancel), unplaced, FeedbackFilter.filtersPlace(filter));
    }

    /** Reads reviews with the language engine, in chunks across the cores. */
    public static List<ReadReview> read(List<ReviewFact> kept, SentimentModel model, AspectLexicon lexicon, Cancellation cancel) {
        int chunks = (kept.size() + CHUNK - 1) / CHUNK;
        List<List<ReadReview>> parts = java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(c -> {
            cancel.check();
            ReviewReader reader = new ReviewReader(model, lexicon);
            List<ReadReview> part = new ArrayList<>(CHUNK);
            for (ReviewFact f : kept.subList(c * CHUNK, Math.min(kept.size(), (c + 1) * CHUNK))) part.add(new ReadReview(f, reader.read(f.text())));
            return part;
        }).toList();
        List<ReadReview> out = new ArrayList<>(kept.size());
        parts.forEach(out::addAll);
        return out;
    }

    public List<TicketFact> tickets(LocalDate from, LocalDate to, Slice filter) {
        return facts.tickets(from, to).stream().filter(t -> FeedbackFilter.keeps(filter, t)).toList();
    }

    /**
     * The workbook's feedback sheet for the reviews written and tickets opened from {@code from} to {@code to};
     * open tickets are aged to the newest time of all the tickets, as the dealer scorecard ages them.
     */
    public org.salestrack.model.report.FeedbackLines workbook(LocalDate from, LocalDate to, boolean chinese, Cancellation cancel) {
        List<ReadReview> reviews = reviews(from, to, null, cancel);
        List<TicketFact> all = facts.tickets(null, null);
        List<TicketFact> opened = all.stream().filter(t -> !t.openedAt().toLocalDate().isBefore(from) && !t.openedAt().toLocalDate().isAfter(to))
                .toList();
        return FeedbackWorkbook.lines(from, to, reviews, opened, TicketAgeing.asOf(all), lexicon(), chinese,
                complaintRefundsByModel(reviews, from, to));
    }

    /** A model's weekly sell-out and refunds from {@code from} to {@code to}. */
    public List<org.salestrack.model.feedback.ModelWeek> modelWeeks(String model, LocalDate from, LocalDate to) {
        return facts.modelWeeks(model, from, to);
    }

    /**
     * The refund status of the complaining reviewers' own orders against the model's orders sold from {@code from}
     * to {@code to}; runs SQL.
     */
    public ComplaintRefunds complaintRefunds(String model, List<ReadReview> complaints, LocalDate from, LocalDate to) {
        List<org.salestrack.model.feedback.ReviewOrder> orders = complaints.isEmpty() ? List.of()
                : facts.reviewOrders(complaints.stream().map(r -> r.fact().reviewId()).toList());
        return ComplaintRefunds.of(model, complaints, orders, facts.modelOrders(model, from, to));
    }

    /**
     * Per model, in the order of most complaints first, its negative reviews among {@code reviews} against its orders
     * sold from {@code from} to {@code to} (null: the whole history).
     */
    public List<ComplaintRefunds> complaintRefundsByModel(List<ReadReview> reviews, LocalDate from, LocalDate to) {
        java.util.Map<String, List<ReadReview>> byModel = new java.util.TreeMap<>();
        for (ReadReview r : reviews) {
            if (r.reading().negative() && r.fact().model() != null) byModel.computeIfAbsent(r.fact().model(), k -> new ArrayList<>()).add(r);
        }
        List<org.salestrack.model.feedback.ReviewOrder> orders = facts.reviewOrders(byModel.values().stream().flatMap(List::stream)
                .map(r -> r.fact().reviewId()).toList());
        LocalDate a = from == null ? LocalDate.of(1, 1, 1) : from;
        LocalDate b = to == null ? LocalDate.of(9999, 12, 31) : to;
        List<ComplaintRefunds> out = new ArrayList<>();
        byModel.forEach((m, list) -> out.add(ComplaintRefunds.of(m, list, orders, facts.modelOrders(m, a, b))));
        out.sort(java.util.Comparator.comparingInt(ComplaintRefunds::complaints).reversed());
        return out;
    }

    public List<FeedbackRow> rows(List<ReadReview> reviews, List<FeedbackDim> by) {
        return FeedbackRows.of(reviews, by, lexicon());
    }

    /** The Feedback screen's figures for the reviews and tickets within a slice (its dates and members). */
    public FeedbackOverview overview(List<ReadReview> reviews, List<TicketFact> tickets, LocalDate from, LocalDate to) {
        return FeedbackOverview.of(reviews, tickets, lexicon(), SpikeDetector.standard(), from, to);
    }
}
