package org.salestrack.analytics.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.EventWindows;
import org.salestrack.model.market.PanelRow;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.market.SliceShare;
import org.salestrack.store.Workspace;
import org.salestrack.store.market.MarketData;

/**
 * Market share and competitors over a workspace: loads the panel, our counted sell-out on its grid, the
 * competitor events and the policies, and runs the pure engines. Every method runs SQL: call it from a
 * background task.
 */
public final class MarketService {
    public static final double LEVEL = 0.95;

    private final MarketData data;

    public MarketService(Workspace workspace) { this.data = new MarketData(workspace); }

    /** Everything the screens and commands read, loaded once. */
    public record Market(ShareCube cube, List<PanelRow> panel, List<CompetitorEvent> events,
                         List<org.salestrack.model.market.PolicyMeasure> policies) {
        public SliceShare share(Slice slice) { return cube.share(slice); }

        public List<EventEffect> eventEffects() {
            return ShareErosion.estimate(cube, events, EventWindows.DEFAULT_MONTHS, LEVEL);
        }

        /** Each competitor's moves taken together (from {@link #eventEffects()}). */
        public List<org.salestrack.model.market.CompetitorErosion> competitorEffects(List<EventEffect> effects) {
            return ShareErosion.byCompetitor(cube, effects, LEVEL);
        }

        public List<PolicyEffect> policyEffects() {
            return SubsidyEffect.estimate(panel, cube.ownBrand(), policies, events, LEVEL);
        }
    }

    public Market load() {
        List<PanelRow> panel = data.panel();
        return new Market(ShareCube.of(panel, data.ownSales()), panel, data.events(), data.policies());
    }

    /** Shares grouped by {@link ShareCube#DIMENSIONS} over the whole months between the two days (null: open). */
    public List<ShareRow> shares(List<String> by, LocalDate from, LocalDate to) {
        YearMonth[] months = ShareCube.wholeMonths(from, to);
        return ShareCube.of(data.panel(), data.ownSales()).by(by, months[0], months[1]);
    }

    /** Our share over a slice and in each of its provinces, from one read of the panel (the dashboard's tile and map). */
    public record SliceShares(SliceShare total, java.util.Map<String, SliceShare> provinces) {}

    public SliceShares shares(Slice slice) {
        ShareCube cube = cube(slice.pure());
        return new SliceShares(cube.share(slice), cube.byProvince(slice));
    }

    /** The panel and our sell-out on its grid, read once for many shares (the explorer's cells). */
    public ShareCube cube() { return ShareCube.of(data.panel(), data.ownSales()); }

    /** The same with "pure" sales: the sales {@code pure} leaves out come off our side and the market's (ShareCube.of). */
    public ShareCube cube(org.salestrack.model.cube.PureSales pure) {
        return pure == null || !pure.on() ? cube() : ShareCube.of(data.panel(), data.ownSales(), data.ownSalesCovered(pure));
    }
}
