package org.salestrack.model.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The workbook's feedback sheet: the reviews written and the service tickets opened from {@code from} to
 * {@code to}; negative share by model and aspect, the complaints most made with sentences of their reviews,
 * ticket ageing by dealer, the refunds of the complaining reviewers' own orders by model, negative share by the province
 * of the reviews' orders and by months since the model's launch. Aspect and province names are in the workbook's language.
 */
public record FeedbackLines(LocalDate from, LocalDate to, int reviews, int negative, List<String> aspects, List<ModelRow> models,
                            List<Complaint> complaints, List<DealerTickets> dealers, List<Refunds> refunds, List<ProvinceRow> provinces,
                            List<LifeMonth> lifeCycle) {
    public static final FeedbackLines NONE = new FeedbackLines(null, null, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public FeedbackLines {
        aspects = List.copyOf(aspects);
        models = List.copyOf(models);
        complaints = List.copyOf(complaints);
        dealers = List.copyOf(dealers);
        refunds = List.copyOf(refunds);
        provinces = List.copyOf(provinces);
        lifeCycle = List.copyOf(lifeCycle);
    }

    /**
     * The reviews whose orders were shipped to a province ({@code province} its name; null for the reviews whose order the
     * sales do not hold), with the aspects their negative reviews complain about most (names).
     */
    public record ProvinceRow(String province, int reviews, int negative, List<String> topAspects) {
        public ProvinceRow {
            topAspects = List.copyOf(topAspects);
        }
    }

    /** The reviews written {@code months} calendar months after their model's launch month (0: in it). */
    public record LifeMonth(int months, int reviews, int negative) {}

    /**
     * A model's negative reviews, the orders they were written on found in the sales and how many of those were
     * refunded, against all the model's orders sold in the months and how many of them were refunded.
     */
    public record Refunds(String model, int negative, long orders, long refunded, long modelOrders, long modelRefunded) {}

    /** One aspect of one model: reviews naming it, and those of them complaining about it. */
    public record Cell(int mentions, int complaints) {}

    /** A model's reviews; {@code cells} in the order of {@code aspects}. */
    public record ModelRow(String model, int reviews, int negative, List<Cell> cells) {
        public ModelRow {
            cells = List.copyOf(cells);
        }
    }

    /** A model's complaints about an aspect, with the newest of them. */
    public record Complaint(String model, String aspect, int complaints, int mentions, List<String> samples) {
        public Complaint {
            samples = List.copyOf(samples);
        }
    }

    /**
     * A dealer's tickets: {@code judged} are those resolved or open past 48 hours, {@code within48h} those
     * resolved within 48 hours of opening; {@code medianHours} NaN when none is resolved.
     */
    public record DealerTickets(String dealer, String name, int tickets, int open, int resolved, int judged, int within48h,
                                double medianHours) {}
}
