package org.salestrack.ui.market;

import org.salestrack.model.market.SliceShare;
import org.salestrack.ui.I18n;

/** Why a slice has no market share, in the reader's language: the share tile, the tile map, the explorer and the market screen say it alike. */
public final class UncoveredText {
    private UncoveredText() {}

    /** The reason a share is missing; a null share (no market service at all) reads as no panel loaded. */
    public static String why(I18n i18n, SliceShare s) {
        if (s == null || s.covered()) return i18n.get("market.kpi.none");
        return i18n.get(switch (s.why()) {
            case NO_PANEL -> "market.kpi.uncovered.no_panel";
            case DIMENSION -> "market.kpi.uncovered.dimension";
            case NOT_IN_PANEL -> "market.kpi.uncovered.not_in_panel";
            case NO_WHOLE_MONTH -> "market.kpi.uncovered.no_whole_month";
        });
    }
}
