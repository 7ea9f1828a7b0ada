package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salestrack.analytics.market.ShareCube;
import org.salestrack.analytics.market.ShareErosion;
import org.salestrack.analytics.market.SubsidyEffect;
import org.salestrack.model.market.CompetitorEvent;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.EventKind;
import org.salestrack.model.market.OwnSales;
import org.salestrack.model.market.PanelRow;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.model.market.PolicyMeasure;
import org.salestrack.model.market.ProvinceList;

/**
 * The market files agree with the sales files, and the engines recover what the generator planted: the
 * competitor price cut's effect on our share and the subsidy's uplift, each within its 95% interval, while
 * the events without a planted effect have intervals that include zero. The panel, events and policy are
 * read back from the written files, our sell-out from the sales files (SampleLines), not from the
 * generator's memory.
 */
class MarketSamplePlantsTest {
    static List<PanelRow> panel;
    static List<OwnSales> own;
    static List<CompetitorEvent> events;
    static List<PolicyMeasure> policies;
    static MarketPlants plants;

    @BeforeAll
    static void readTheWrittenFiles() throws IOException {
        Path dir = SampleFixture.dir();
        plants = SampleFixture.set().market();
        panel = readPanel(dir.resolve(MarketFiles.PANEL));
        own = ownSales(SampleFixture.lines());
        events = readEvents(dir.resolve(MarketFiles.EVENTS));
        policies = readPolicies(dir.resolve(MarketFiles.POLICIES));
    }

    @Test
    void ourRowsInThePanelAreThePaidSellOutOfTheSalesFilesCellByCell() {
        Map<String, Long> panelOwn = new TreeMap<>();
        for (PanelRow r : panel) {
            if (r.brand().equals(plants.ownBrand())) panelOwn.merge(r.period() + " " + r.province() + " " + r.category(), r.units(), Long::sum);
        }
        Map<String, Long> sales = new TreeMap<>();
        Set<String> covered = new HashSet<>(plants.provinces());
        for (OwnSales s : own) {
            if (covered.contains(s.province()) && plants.categories().contains(s.category()) && s.period().compareTo("2024-01") >= 0) {
                sales.merge(s.period() + " " + s.province() + " " + s.category(), s.units(), Long::sum);
            }
        }
        assertThat(panelOwn).isEqualTo(sales);
        assertThat(panelOwn.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(plants.ownUnitsInPanel());
    }

    @Test
    void thePlantedPriceCutIsRecoveredWithinItsIntervalAndTheOtherEventsIncludeZero() {
        ShareCube cube = ShareCube.of(panel, own);
        assertThat(cube.ownBrand()).isEqualTo("星河");
        List<EventEffect> effects = ShareErosion.estimate(cube, events, 3, 0.95);
        EventEffect cut = effects.stream().filter(e -> e.event().brand().equals(plants.cutBrand())).findFirst().orElseThrow();
        assertThat(plants.cutShareEffectPp()).isBetween(-3.0, -1.5);
        assertThat(cut.effectPp().contains(plants.cutShareEffectPp()))
                .as("%s contains %s", cut.effectPp(), plants.cutShareEffectPp()).isTrue();
        assertThat(cut.effectPp().high()).isNegative();
        assertThat(cut.treated()).containsExactlyInAnyOrder("44", "45", "35", "46");
        assertThat(cut.controls()).doesNotContain("51", "50").hasSize(25);
        for (EventEffect e : effects) {
            if (e == cut) continue;
            if (e.event().nationwide()) {
                assertThat(e.effectPp()).isNull();
                assertThat(e.why()).isEqualTo(ShareErosion.NATIONWIDE);
            } else {
                assertThat(e.effectPp().contains(0)).as(e.event().brand() + " " + e.effectPp()).isTrue();
            }
        }
    }

    @Test
    void thePlantedSubsidyIsRecoveredWithinItsIntervalAndOurUnitsShowNone() {
        ShareCube cube = ShareCube.of(panel, own);
        PolicyEffect effect = SubsidyEffect.estimate(panel, cube.ownBrand(), policies, events, 0.95).get(0);
        assertThat(effect.eligibleBands()).containsExactlyInAnyOrder("0-2999", "3000-5999");
        assertThat(effect.ineligibleBands()).containsExactly("6000+");
        assertThat(effect.windows().after()).hasSize(11);
        assertThat(effect.windows().before().get(0).toString()).isEqualTo("2024-02");
        assertThat(effect.otherBrands().contains(plants.subsidyUplift())).as("%s", effect.otherBrands()).isTrue();
        assertThat(effect.ownBrand().contains(0)).as("%s", effect.ownBrand()).isTrue();
        // the provinces where a competitor moved in the windows are left out: 22 of 31
        assertThat(effect.provinces()).hasSize(22).doesNotContain("44", "33", "51");
    }

    private static List<PanelRow> readPanel(Path file) throws IOException {
        List<PanelRow> out = new ArrayList<>();
        try (XSSFWorkbook wb = SampleLines.workbook(file)) {
            Sheet sheet = wb.getSheet(MarketFiles.PANEL_SHEET);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("月份");
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                out.add(new PanelRow(r.getCell(0).getStringCellValue(), SampleLines.province(r.getCell(1).getStringCellValue()),
                        r.getCell(2).getStringCellValue(), r.getCell(3).getStringCellValue(), r.getCell(4).getStringCellValue(),
                        (long) r.getCell(5).getNumericCellValue(), Math.round(r.getCell(6).getNumericCellValue() * 10000)));
            }
        }
        return out;
    }

    private static List<OwnSales> ownSales(SampleLines lines) {
        Catalogue catalogue = Catalogue.standard();
        Map<String, long[]> cells = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (SampleLines.Line l : lines.lines()) {
            if (!l.status().equals("paid")) continue;
            if (l.key() != null && !seen.add(l.key())) continue;
            String key = l.soldAt().toLocalDate().toString().substring(0, 7) + "|" + l.province() + "|"
                    + catalogue.sku(l.sku()).category();
            long[] c = cells.computeIfAbsent(key, k -> new long[2]);
            c[0] += l.qty();
            c[1] += l.amountE4();
        }
        List<OwnSales> out = new ArrayList<>();
        cells.forEach((k, v) -> {
            String[] p = k.split("\\|");
            out.add(new OwnSales(p[0], p[1], p[2], v[0], v[1]));
        });
        return out;
    }

    private static List<CompetitorEvent> readEvents(Path file) throws IOException {
        List<CompetitorEvent> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            out.add(new CompetitorEvent(i, c[0], c[1], LocalDate.parse(c[2]), EventKind.parse(c[3]), ProvinceList.parse(c[4]), c[5],
                    c[6].isEmpty() ? null : Long.parseLong(c[6]) * 10000, Long.parseLong(c[7]) * 10000));
        }
        return out;
    }

    private static List<PolicyMeasure> readPolicies(Path file) throws IOException {
        String[] c = Files.readAllLines(file).get(1).split(",", -1);
        return List.of(new PolicyMeasure(1, c[0], ProvinceList.parse(c[1]), LocalDate.parse(c[2]), LocalDate.parse(c[3]), c[4],
                Double.parseDouble(c[5].replace("%", "")) / 100, SampleLines.e4(c[6]), SampleLines.e4(c[7])));
    }
}
