package org.salestrack.model.market;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Our market share over a filtered slice, as the dashboard's tile shows it, or why there is none.
 *
 * @param share     units and value over the months the panel covers whole inside the slice; empty when not covered
 * @param previous  the same over as many months just before, for the change; empty when not covered
 * @param coverage  the share of our counted units of those months that fall in cells the panel covers (1.0: all)
 * @param why       why there is no share (null when there is one)
 */
public record SliceShare(Optional<ShareRow> share, Optional<ShareRow> previous, YearMonth from, YearMonth to, double coverage,
                         Uncovered why) {
    /** Why a slice has no share. */
    public enum Uncovered {
        /** the workspace holds no market panel */
        NO_PANEL,
        /** the slice filters something the panel does not break out (a channel, a city, a series...) */
        DIMENSION,
        /** the slice's provinces, categories or months are not in the panel */
        NOT_IN_PANEL,
        /** the slice does not span a whole month */
        NO_WHOLE_MONTH
    }

    public static SliceShare uncovered(Uncovered why) {
        return new SliceShare(Optional.empty(), Optional.empty(), null, null, 0, why);
    }

    public boolean covered() { return share.isPresent(); }

    /** The change in unit share against the previous months, in percentage points, or NaN. */
    public double changePp() {
        if (share.isEmpty() || previous.isEmpty()) return Double.NaN;
        return 100 * (share.get().shareUnits() - previous.get().shareUnits());
    }
}
