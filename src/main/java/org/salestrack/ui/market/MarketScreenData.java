package org.salestrack.ui.market;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.salestrack.analytics.market.MarketService;
import org.salestrack.analytics.market.ShareCube;
import org.salestrack.model.Provinces;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.market.BrandShare;
import org.salestrack.model.market.CompetitorErosion;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.model.market.SliceShare;

/**
 * What the Market screen shows for one slice: our share (as the dashboard's tile), the monthly share of our
 * brand and the top competitors, each province's brand ranking, and the events and policies with their effects.
 *
 * @param trend       month -> brand -> unit share, over the slice's whole months (all the panel's months when none)
 * @param competitors the brands drawn beside ours, largest first
 * @param erosion     each competitor's measured moves taken together
 */
public record MarketScreenData(SliceShare share, String ownBrand, Map<String, Map<String, Double>> trend, List<String> competitors,
                               List<RankingRow> ranking, List<EventEffect> events, List<CompetitorErosion> erosion,
                               List<PolicyEffect> policies, boolean filtersCovered) {
    public static final int COMPETITORS = 3;

    /** A province's brand ranking: our unit share and rank, and the leading brand. */
    public record RankingRow(String province, String name, double ownShare, int ownRank, String leader, double leaderShare, int brands) {}

    /** Everything for a slice, from a loaded market (no SQL: the market was loaded off the FX thread). */
    public static MarketScreenData of(MarketService.Market market, List<EventEffect> events, List<CompetitorErosion> erosion,
                                      List<PolicyEffect> policies, Slice slice) {
        ShareCube cube = market.cube();
        SliceShare share = cube.share(slice);
        boolean covered = share.why() != SliceShare.Uncovered.DIMENSION;
        Predicate<ShareCube.Cell> members = ShareCube.members(slice);
        Predicate<ShareCube.Cell> months = share.covered() ? ShareCube.months(share.from(), share.to()) : c -> true;
        Predicate<ShareCube.Cell> keep = members.and(months);
        Map<String, Map<String, Double>> trend = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        if (covered) {
            for (BrandShare b : cube.brands("month", keep)) {
                trend.computeIfAbsent(b.key(), k -> new LinkedHashMap<>()).put(b.brand(), b.share());
                if (!b.own()) totals.merge(b.brand(), b.units(), Long::sum);
            }
        }
        List<String> competitors = totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(COMPETITORS).map(Map.Entry::getKey).toList();
        List<RankingRow> ranking = new ArrayList<>();
        if (covered) {
            Map<String, List<BrandShare>> byProvince = new LinkedHashMap<>();
            for (BrandShare b : cube.brands("province", keep)) byProvince.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b);
            byProvince.forEach((name, brands) -> {
                int rank = 0;
                double own = 0;
                for (int i = 0; i < brands.size(); i++) {
                    if (brands.get(i).own()) {
                        rank = i + 1;
                        own = brands.get(i).share();
                    }
                }
                String code = Provinces.get().normalise(name).orElse(name);
                ranking.add(new RankingRow(code, name, own, rank, brands.get(0).brand(), brands.get(0).share(), brands.size()));
            });
            ranking.sort(java.util.Comparator.comparingDouble(RankingRow::ownShare).reversed());
        }
        return new MarketScreenData(share, cube.ownBrand(), trend, competitors, ranking, events, erosion, policies, covered);
    }

    /** The months of the trend, in order. */
    public List<YearMonth> months() { return trend.keySet().stream().map(YearMonth::parse).toList(); }
}
