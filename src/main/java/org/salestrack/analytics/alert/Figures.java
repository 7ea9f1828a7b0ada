package org.salestrack.analytics.alert;

import java.util.Locale;
import org.salestrack.model.Dimension;
import org.salestrack.model.Message;

/** Numbers as the alerts' explanations carry them: the same text in every language. */
final class Figures {
    private Figures() {}

    static String units(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    static String percent(double share) { return String.format(Locale.ROOT, "%+.1f%%", share * 100); }

    static String plainPercent(double share) { return String.format(Locale.ROOT, "%.1f%%", share * 100); }

    static String decimal(double v) { return String.format(Locale.ROOT, "%,.2f", v); }

    /** The level's name in the reader's language (the dimension keys the explorer already has). */
    static Message level(Dimension d) { return Message.of("dim." + d.id()); }
}
