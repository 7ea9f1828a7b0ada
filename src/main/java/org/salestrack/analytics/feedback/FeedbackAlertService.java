package org.salestrack.analytics.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.salestrack.model.cube.Grain;
import org.salestrack.store.Alerts;
import org.salestrack.store.Workspace;
import org.salestrack.store.feedback.FeedbackFacts;
import org.salestrack.task.Cancellation;

/**
 * Raises a negative spike as an alert when reviews arrive (a step of the import pipeline): for the weeks the
 * new batches' reviews cover, every model and aspect whose complaints spike against its own recent weeks
 * becomes one alert, with up to three of the complaints as samples. An alert is raised once per model,
 * aspect and week, so importing an overlapping export again raises nothing new.
 */
public final class FeedbackAlertService {
    public static final String KIND = "feedback";
    private static final int SAMPLES = 3;

    private final FeedbackFacts facts;
    private final FeedbackService feedback;
    private final Alerts alerts;

    public FeedbackAlertService(Workspace workspace) {
        this.facts = new FeedbackFacts(workspace);
        this.feedback = new FeedbackService(workspace);
        this.alerts = new Alerts(workspace);
    }

    /** The spikes in the weeks the reviews of {@code batches} cover, raised; returns how many alerts are new. */
    public int afterImport(Collection<Long> batches) {
        Optional<LocalDate[]> span = facts.reviewSpan(batches);
        if (span.isEmpty()) return 0;
        LocalDate first = span.get()[0];
        LocalDate last = span.get()[1];
        SpikeDetector detector = SpikeDetector.standard();
        // the weeks before the first new one, so its spikes have a history to stand out from
        LocalDate from = Grain.WEEK.first(Grain.WEEK.key(first)).minusWeeks(SpikeDetector.STANDARD_LOOKBACK);
        List<ReadReview> read = feedback.reviews(from, last, null, Cancellation.none());
        FeedbackOverview o = FeedbackOverview.of(read, List.of(), feedback.lexicon(), detector, from, last);
        Set<String> covered = Set.copyOf(Grain.WEEK.keys(first, last));
        int raised = 0;
        for (FeedbackOverview.Spike s : o.spikes()) {
            if (!covered.contains(s.week())) continue;
            String subject = KIND + ":" + s.model() + ":" + s.aspect() + ":" + s.week();
            if (alerts.raise(KIND, "warning", subject, message(s, read))) raised++;
        }
        return raised;
    }

    private String message(FeedbackOverview.Spike s, List<ReadReview> read) {
        String samples = FeedbackOverview.sentences(read, s.aspect(), s.model()).stream()
                .filter(r -> Grain.WEEK.key(r.fact().at().toLocalDate()).equals(s.week()) && r.reading().complaints().contains(s.aspect()))
                .limit(SAMPLES).map(r -> "「" + r.fact().text() + "」").collect(Collectors.joining(" "));
        String aspect = feedback.lexicon().aspects().stream().filter(a -> a.id().equals(s.aspect())).findFirst()
                .map(a -> a.nameZh() + " / " + a.nameEn()).orElse(s.aspect());
        return String.format(Locale.ROOT, "%s · %s: %d complaints in %s against %.1f a week in the four weeks before. %s", s.model(), aspect,
                s.count(), s.week(), s.baseline(), samples);
    }
}
