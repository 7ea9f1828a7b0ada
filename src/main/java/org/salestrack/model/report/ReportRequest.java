package org.salestrack.model.report;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to put in a sales workbook.
 *
 * @param period the report month, or null for the latest month with counted sales
 * @param sections the sheets wanted
 * @param trendMonths how many months the trend and the month tables show, ending at the period; 13 lets
 *                    a reader compare the period with the same month a year before inside one table
 */
public record ReportRequest(YearMonth period, Set<ReportSection> sections, int trendMonths) {
    public static final int DEFAULT_TREND_MONTHS = 13;

    public ReportRequest {
        sections = sections == null || sections.isEmpty() ? ReportSection.all() : Set.copyOf(EnumSet.copyOf(sections));
        if (trendMonths < 1) throw new IllegalArgumentException("trendMonths must be at least 1");
    }

    public ReportRequest(YearMonth period, Set<ReportSection> sections) {
        this(period, sections, DEFAULT_TREND_MONTHS);
    }

    public boolean wants(ReportSection s) { return sections.contains(s); }
}
