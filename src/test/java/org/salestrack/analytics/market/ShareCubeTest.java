package org.salestrack.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.market.BrandShare;
import org.salestrack.model.market.OwnSales;
import org.salestrack.model.market.PanelRow;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.market.SliceShare;

/** Shares against independent sums over a seeded random panel, and the slices the panel does not cover. */
class ShareCubeTest {
    private static final List<String> PROVINCES = List.of("44", "51", "11", "31");
    private static final List<String> BRANDS = List.of("我们", "甲", "乙");

    private final List<PanelRow> panel = new ArrayList<>();
    private final List<OwnSales> own = new ArrayList<>();

    ShareCubeTest() {
        Random random = new Random(7);
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2025, 6)); m = m.plusMonths(1)) {
            for (String p : PROVINCES) {
                for (String c : List.of("手机", "平板")) {
                    long ours = 50 + random.nextInt(100);
                    own.add(new OwnSales(m.toString(), p, c, ours, ours * 300_000));
                    panel.add(new PanelRow(m.toString(), p, c, "我们", "0-2999", ours, ours * 300_000));
                    panel.add(new PanelRow(m.toString(), p, c, "甲", "0-2999", 200 + random.nextInt(200), 50_000_000));
                    panel.add(new PanelRow(m.toString(), p, c, "乙", "6000+", 100 + random.nextInt(300), 70_000_000));
                }
                // wearables and Hong Kong sell but the panel has neither
                own.add(new OwnSales(m.toString(), p, "穿戴", 40, 4_000_000));
            }
            own.add(new OwnSales(m.toString(), "81", "手机", 30, 9_000_000));
        }
    }

    @Test
    void sharesByProvinceAreOurUnitsOverTheSumOfThePanelsRows() {
        ShareCube cube = ShareCube.of(panel, own);
        Map<String, long[]> expected = new TreeMap<>();
        for (PanelRow r : panel) {
            long[] e = expected.computeIfAbsent(name(r.province()), k -> new long[4]);
            e[1] += r.units();
            e[3] += r.valueE4();
            if (r.brand().equals("我们")) {
                e[0] += r.units();
                e[2] += r.valueE4();
            }
        }
        List<ShareRow> rows = cube.by(List.of("province"), null, null);
        assertThat(rows).hasSize(4);
        for (ShareRow r : rows) {
            long[] e = expected.get(r.keys().get(0));
            assertThat(new long[] {r.units(), r.marketUnits(), r.valueE4(), r.marketValueE4()}).isEqualTo(e);
            assertThat(r.shareUnits()).isCloseTo((double) e[0] / e[1], within(1e-12));
        }
        assertThat(cube.ownBrand()).isEqualTo("我们");
    }

    @Test
    void monthsOutsideTheRangeAndUncoveredSalesAreLeftOut() {
        ShareCube cube = ShareCube.of(panel, own);
        List<ShareRow> q = cube.by(List.of("quarter", "category"), YearMonth.of(2025, 1), YearMonth.of(2025, 3));
        assertThat(q).extracting(r -> r.keys()).containsExactly(List.of("2025-Q1", "平板"), List.of("2025-Q1", "手机"));
        long units = own.stream().filter(s -> s.period().startsWith("2025-0") && s.period().compareTo("2025-04") < 0
                && s.category().equals("手机") && !s.province().equals("81")).mapToLong(OwnSales::units).sum();
        assertThat(q.get(1).units()).isEqualTo(units);
    }

    @Test
    void theDashboardsSliceHasAShareOnlyWhereThePanelCoversIt() {
        ShareCube cube = ShareCube.of(panel, own);
        Slice year = Slice.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        SliceShare phones = cube.share(year.with(Dimension.CATEGORY, "手机").with(Dimension.PROVINCE, "44"));
        assertThat(phones.covered()).isTrue();
        assertThat(phones.coverage()).isEqualTo(1.0);
        ShareRow expected = cube.sum(List.of(), c -> c.province().equals("44") && c.category().equals("手机") && c.month().getYear() == 2025);
        assertThat(phones.share().orElseThrow().shareUnits()).isEqualTo(expected.shareUnits());
        ShareRow before = cube.sum(List.of(), c -> c.province().equals("44") && c.category().equals("手机")
                && !c.month().isBefore(YearMonth.of(2024, 7)) && c.month().getYear() == 2024);
        assertThat(phones.changePp()).isCloseTo(100 * (expected.shareUnits() - before.shareUnits()), within(1e-9));

        assertThat(cube.share(year.with(Dimension.CHANNEL, "1")).why()).isEqualTo(SliceShare.Uncovered.DIMENSION);
        assertThat(cube.share(year.with(Dimension.CATEGORY, "穿戴")).why()).isEqualTo(SliceShare.Uncovered.NOT_IN_PANEL);
        assertThat(cube.share(year.with(Dimension.PROVINCE, "81")).why()).isEqualTo(SliceShare.Uncovered.NOT_IN_PANEL);
        assertThat(cube.share(Slice.of(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 30))).why())
                .isEqualTo(SliceShare.Uncovered.NO_WHOLE_MONTH);
        assertThat(ShareCube.of(List.of(), own).share(year).why()).isEqualTo(SliceShare.Uncovered.NO_PANEL);

        // everything: the share of the covered cells, and the part of our units they hold
        SliceShare all = cube.share(year);
        long covered = own.stream().filter(s -> s.period().startsWith("2025") && !s.category().equals("穿戴") && !s.province().equals("81"))
                .mapToLong(OwnSales::units).sum();
        long total = own.stream().filter(s -> s.period().startsWith("2025")).mapToLong(OwnSales::units).sum();
        assertThat(all.coverage()).isCloseTo((double) covered / total, within(1e-12));
    }

    @Test
    void theTileMapHasEachKeptProvincesShareAndNoneWhereThePanelIsSilent() {
        ShareCube cube = ShareCube.of(panel, own);
        Slice year = Slice.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).with(Dimension.CATEGORY, "手机");
        Map<String, SliceShare> byProvince = cube.byProvince(year);
        // Hong Kong sells but the panel has no cell there: no entry, not 0%
        assertThat(byProvince.keySet()).containsExactlyInAnyOrderElementsOf(PROVINCES);
        for (String p : PROVINCES) {
            long ours = 0;
            long market = 0;
            for (PanelRow r : panel) {
                if (!r.province().equals(p) || !r.category().equals("手机") || !r.period().startsWith("2025-0") || r.period().compareTo("2025-07") >= 0) continue;
                market += r.units();
                if (r.brand().equals("我们")) ours += r.units();
            }
            ShareRow s = byProvince.get(p).share().orElseThrow();
            assertThat(new long[] {s.units(), s.marketUnits()}).as(p).isEqualTo(new long[] {ours, market});
        }
        // a province left out by the filters has no tile value, nor one the filters do not keep
        assertThat(cube.byProvince(year.without(Dimension.PROVINCE, java.util.Set.of("44"))).keySet()).containsExactlyInAnyOrder("51", "11", "31");
        assertThat(cube.byProvince(year.with(Dimension.PROVINCE, java.util.Set.of("51", "11"))).keySet()).containsExactlyInAnyOrder("51", "11");
        assertThat(cube.byProvince(year.with(Dimension.CHANNEL, "1"))).isEmpty();
    }

    @Test
    void brandsAreRankedByUnitsWithinEachProvince() {
        ShareCube cube = ShareCube.of(panel, own);
        List<BrandShare> gd = cube.brands("province", c -> c.province().equals("44")).stream().toList();
        assertThat(gd).extracting(BrandShare::brand).containsExactlyInAnyOrder(BRANDS.toArray(String[]::new));
        assertThat(gd.get(0).units()).isGreaterThanOrEqualTo(gd.get(1).units());
        assertThat(gd.stream().mapToDouble(BrandShare::share).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(gd.stream().filter(BrandShare::own).findFirst().orElseThrow().brand()).isEqualTo("我们");
    }

    private static String name(String code) {
        return org.salestrack.model.Provinces.get().byCode(code).orElseThrow().nameZh();
    }

    /**
     * "Pure" sales: 20 of our units in 广东's phones of 2025-03 left out come off both sides of that cell, and a left-out
     * cell the panel lacks (Hong Kong) changes nothing; the 2025-03 share by hand.
     */
    @Test
    void salesLeftOutComeOffOurSideAndTheMarketsSide() {
        ShareCube whole = ShareCube.of(panel, own);
        ShareCube pure = ShareCube.of(panel, own, List.of(new OwnSales("2025-03", "44", "手机", 20, 6_000_000),
                new OwnSales("2025-03", "81", "手机", 30, 9_000_000)));
        YearMonth march = YearMonth.of(2025, 3);
        ShareRow before = whole.sum(List.of(), c -> c.month().equals(march));
        ShareRow after = pure.sum(List.of(), c -> c.month().equals(march));
        assertThat(after.units()).isEqualTo(before.units() - 20);
        assertThat(after.marketUnits()).isEqualTo(before.marketUnits() - 20);
        assertThat(after.valueE4()).isEqualTo(before.valueE4() - 6_000_000);
        assertThat(after.marketValueE4()).isEqualTo(before.marketValueE4() - 6_000_000);
        ShareRow april = pure.sum(List.of(), c -> c.month().equals(march.plusMonths(1)));
        assertThat(april).isEqualTo(whole.sum(List.of(), c -> c.month().equals(march.plusMonths(1))));
    }
}
