package org.salestrack.analytics.feedback;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.salestrack.model.cube.Grain;

/**
 * What feedback is cut by (the CLI's --by): product levels, channel, the place of the review's order (region,
 * province code, city; empty when the sales do not hold the order), aspect, periods and the months since the
 * model's launch (0 in the launch month; empty when the launch is not known). Grouping by aspect counts a review
 * once under each aspect it mentions; a review that names none falls under "none".
 */
public enum FeedbackDim {
    CATEGORY, SERIES, MODEL, SKU, CHANNEL, CHANNEL_TYPE, REGION, PROVINCE, CITY, ASPECT, YEAR, QUARTER, MONTH, WEEK, DAY,
    MONTHS_SINCE_LAUNCH;

    public static final String NO_ASPECT = "none";

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static FeedbackDim of(String id) {
        String wanted = id.trim().toUpperCase(Locale.ROOT);
        for (FeedbackDim d : values()) if (d.name().equals(wanted)) return d;
        throw new IllegalArgumentException("feedback is not cut by '" + id + "'; use one of "
                + Arrays.stream(values()).map(FeedbackDim::id).collect(Collectors.joining(" ")));
    }

    /** The keys of a review on this dimension: one, except for aspects. */
    List<String> keys(ReadReview r) {
        var f = r.fact();
        return switch (this) {
            case CATEGORY -> List.of(orEmpty(f.category()));
            case SERIES -> List.of(orEmpty(f.series()));
            case MODEL -> List.of(orEmpty(f.model()));
            case SKU -> List.of(orEmpty(f.sku()));
            case CHANNEL -> List.of(orEmpty(f.channel()));
            case CHANNEL_TYPE -> List.of(orEmpty(f.channelType()));
            case REGION -> List.of(orEmpty(f.region()));
            case PROVINCE -> List.of(orEmpty(f.province()));
            case CITY -> List.of(orEmpty(f.city()));
            case ASPECT -> r.reading().aspects().isEmpty() ? List.of(NO_ASPECT) : r.reading().aspects();
            case YEAR -> List.of(Grain.YEAR.key(f.at().toLocalDate()));
            case QUARTER -> List.of(Grain.QUARTER.key(f.at().toLocalDate()));
            case MONTH -> List.of(Grain.MONTH.key(f.at().toLocalDate()));
            case WEEK -> List.of(Grain.WEEK.key(f.at().toLocalDate()));
            case DAY -> List.of(f.at().toLocalDate().toString());
            case MONTHS_SINCE_LAUNCH -> List.of(f.launch() == null ? ""
                    : Long.toString(ChronoUnit.MONTHS.between(f.launch().withDayOfMonth(1), f.at().toLocalDate().withDayOfMonth(1))));
        };
    }

    private static String orEmpty(String s) { return s == null ? "" : s; }
}
