package org.salestrack.analytics.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salestrack.model.Dimension;
import org.salestrack.model.Message;
import org.salestrack.model.alert.AlertFinding;
import org.salestrack.model.alert.AlertLink;
import org.salestrack.model.alert.AlertRuleSetting;

/**
 * Sales up or down beyond a threshold against a reference period (the month before, or the same month a
 * year earlier), member by member of one level. A member needs a reference to change from, and at least the
 * minimum volume in one of the two periods: ten units becoming fourteen is noise, not news.
 */
public final class ChangeDetector {
    private ChangeDetector() {}

    /** One member's units in the period and in the reference period. */
    public record Figure(String key, String label, double value, double reference) {}

    /**
     * @param period the month judged (2025-11); @param referencePeriod the month it is compared with
     * @param from first day of {@code period}, @param to its last, for the link to the explorer
     */
    public static List<AlertFinding> detect(AlertRuleSetting setting, Dimension level, String period, String referencePeriod,
                                            String from, String to, List<Figure> figures) {
        List<AlertFinding> out = new ArrayList<>();
        if (!setting.enabled()) return out;
        for (Figure f : figures) {
            // the lines without a store or a dealer (online orders) are no subject anybody can act on
            if (f.key() == null || f.key().isEmpty()) continue;
            if (f.reference() <= 0 || Math.max(f.value(), f.reference()) < setting.minVolume()) continue;
            double change = f.value() / f.reference() - 1;
            // a hair's tolerance, so a change of exactly the threshold (1.15 / 1.0) does not fire on rounding
            if (Math.abs(change) <= setting.threshold() + 1e-9) continue;
            Message why = Message.of("alerts.why.change", Figures.level(level), f.label(), Figures.units(f.value()), period,
                    Figures.units(f.reference()), referencePeriod, Figures.percent(change));
            out.add(new AlertFinding(setting.rule(), setting.severity(), level.id() + ":" + f.key(), level.id() + " " + f.label(), period,
                    f.value(), f.reference(), change, why, new AlertLink("explore", from, to, Map.of(level.id(), f.key()))));
        }
        return out;
    }
}
