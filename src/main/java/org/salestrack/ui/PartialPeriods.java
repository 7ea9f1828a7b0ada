package org.salestrack.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.salestrack.model.DataAsOf;

/** How a month the data reaches only part of is shown: "2026-01 (to 9 Jan)", "2026-01（至1月9日）". */
public final class PartialPeriods {
    private PartialPeriods() {}

    /** The month as {@code yyyy-MM}, marked when {@code asOf} (may be null) cuts it short. */
    public static String month(I18n i18n, YearMonth month, DataAsOf asOf) {
        if (month == null) return "";
        if (asOf == null || !asOf.isPartial(month)) return month.toString();
        String day = asOf.date().format(DateTimeFormatter.ofPattern(i18n.get("period.partial.day"), i18n.locale()));
        return i18n.get("period.partial", month.toString(), day);
    }
}
