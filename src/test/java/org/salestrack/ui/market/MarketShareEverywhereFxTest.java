package org.salestrack.ui.market;

import org.salestrack.analytics.explore.ExplorerRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.ui.Format;
import org.salestrack.ui.MarketFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Our market share as a measure beyond the share tile (issue 20 item 2): picked in the explorer's measure box, every
 * region, province and month shows our units over the panel's, equal to the hand sum over the fixture's cells, and
 * the explorer says why a week has none; picked in the tile map's mode box, each province's tile carries its share
 * and a province the panel does not cover stays without one; a filter the panel does not break out leaves the map
 * empty with the reason, not a wrong number.
 */
@ExtendWith(ApplicationExtension.class)
class MarketShareEverywhereFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final YearMonth FROM = MarketFixture.SHOWN_FROM;
    private static final YearMonth TO = MarketFixture.SHOWN_TO;
    private static final List<Integer> ALL = MarketFixture.ALL;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception { MarketFixture.showWorkbench(dir, stage); }

    private static String percent(double v) { return Format.percent(OptionalDouble.of(v), Locale.ENGLISH); }

    /** The fixture's provinces (by index) in one sales region. */
    private static List<Integer> region(String name) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < MarketFixture.CODES.size(); p++) {
            if (Provinces.get().byCode(MarketFixture.CODES.get(p)).map(Province::salesRegion).orElseThrow().equals(name)) out.add(p);
        }
        return out;
    }

    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item)).queryAs(Node.class));
    }

    @SuppressWarnings("unchecked")
    private static TreeTableRow<ExplorerRow> row(FxRobot robot, String key) {
        return (TreeTableRow<ExplorerRow>) robot.lookup(".tree-table-row-cell").match((Node n) -> n instanceof TreeTableRow<?> r
                && r.getItem() instanceof ExplorerRow e && (key == null ? e.grandTotal() : !e.grandTotal() && key.equals(e.key()))
                && r.isVisible()).tryQuery().orElse(null);
    }

    /** The text of a row's cell in a column picked by id or by period, or null while the row is not shown. */
    private static String cell(FxRobot robot, String key, String columnId, String period) {
        TreeTableRow<ExplorerRow> r = row(robot, key);
        if (r == null) return null;
        for (Node n : r.getChildrenUnmodifiable()) {
            if (n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null) {
                TreeTableColumn<?, ?> col = c.getTableColumn();
                if (columnId != null && columnId.equals(col.getId()) || period != null && period.equals(col.getProperties().get("period"))) {
                    return c.getText();
                }
            }
        }
        return null;
    }

    /** Waits for a condition read on the FX thread (a lookup from the test thread races with the table's own layout). */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExplorerShowsOurShareByRegionProvinceAndMonth(FxRobot robot) throws Exception {
        robot.clickOn("#nav-explore");
        waitFor(() -> row(robot, null) != null);
        choose(robot, "#explorer-measure", "Market share (units)");

        String all = percent(MarketFixture.share(ALL, FROM, TO));
        waitFor(() -> all.equals(cell(robot, null, "explorer-col-total", null)));
        List<Integer> south = region("华南");
        assertThat(south).containsExactly(0, 1);
        assertThat(cell(robot, "华南", "explorer-col-total", null)).isEqualTo(percent(MarketFixture.share(south, FROM, TO)));
        // the share's change against the months before that the panel holds (it starts 2024-01), in points
        double change = MarketFixture.share(south, FROM, TO) - MarketFixture.share(south, MarketFixture.FIRST, FROM.minusMonths(1));
        assertThat(cell(robot, "华南", "explorer-col-growth", null)).isEqualTo(Format.signedPoints(change, Locale.ENGLISH));
        // a month: the price cut's first month
        YearMonth april = YearMonth.of(2025, 4);
        assertThat(cell(robot, "华南", null, "2025-04")).isEqualTo(percent(MarketFixture.share(south, april, april)));
        // a share of the market is not a part of the level: no "share of level" there
        assertThat(cell(robot, "华南", "explorer-col-share", null)).isEqualTo("–");
        assertThat(robot.lookup("#explorer-market-note").queryAs(Labeled.class).isVisible()).isFalse();

        // weeks: the panel is monthly, so the weeks have none and the screen says why; the range keeps its share
        choose(robot, "#explorer-grain", "Week");
        waitFor(() -> robot.lookup("#explorer-market-note").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#explorer-market-note").queryAs(Labeled.class).getText()).contains("the market panel is monthly");
        waitFor(() -> all.equals(cell(robot, null, "explorer-col-total", null)));
        TreeTableView<ExplorerRow> table = robot.lookup("#explorer-table").query();
        String firstWeek = (String) table.getColumns().get(1).getProperties().get("period");
        assertThat(cell(robot, null, null, firstWeek)).isEqualTo("–");
        choose(robot, "#explorer-grain", "Month");

        // double-click 华南: its provinces, each our units over its own market
        waitFor(() -> row(robot, "华南") != null && cell(robot, "华南", null, "2025-04") != null && !cell(robot, "华南", null, "2025-04").equals("–"));
        robot.doubleClickOn(row(robot, "华南"));
        String gd = percent(MarketFixture.share(List.of(0), FROM, TO));
        waitFor(() -> gd.equals(cell(robot, "44", "explorer-col-total", null)));
        assertThat(cell(robot, "45", "explorer-col-total", null)).isEqualTo(percent(MarketFixture.share(List.of(1), FROM, TO)));
        String southTotal = percent(MarketFixture.share(south, FROM, TO));
        waitFor(() -> southTotal.equals(cell(robot, null, "explorer-col-total", null)));
    }

    @Test
    void theShareTileGivesTheShareOfValueBesideTheShareOfUnits(FxRobot robot) throws Exception {
        long ours = 0;
        long market = 0;
        for (int p : ALL) {
            for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
                ours += MarketFixture.ownUnits(p, m) * 2999;
                market += MarketFixture.ownUnits(p, m) * 2999 + MarketFixture.hengshan(p, m) * 2500 + MarketFixture.qingniao() * 6500;
            }
        }
        Labeled value = robot.lookup("#kpi-share-value").queryAs(Labeled.class);
        String share = percent(MarketFixture.share(ALL, FROM, TO));
        waitFor(() -> share.equals(value.getText()));
        String expected = "Share of value " + percent((double) ours / market) + " ("
                + Format.moneyShort(ours * 10_000, Locale.ENGLISH) + " of " + Format.moneyShort(market * 10_000, Locale.ENGLISH) + ")";
        // the reader hovers the figure
        robot.moveTo(value);
        waitFor(() -> value.getTooltip() != null && value.getTooltip().isShowing());
        assertThat(value.getTooltip().getText()).contains("\n" + expected + "\n");
    }

    @Test
    void theTileMapColoursEachProvinceByOurShareAndSaysWhenThereIsNone(FxRobot robot) throws Exception {
        Node mode = robot.lookup("#map-mode").query();
        org.salestrack.ui.Reveal.onDashboard(robot, mode);
        choose(robot, "#map-mode", "Market share (units)");

        long ours = 0;
        long market = 0;
        for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
            ours += MarketFixture.ownUnits(0, m);
            market += MarketFixture.ownUnits(0, m) + MarketFixture.hengshan(0, m) + MarketFixture.qingniao();
        }
        double change = 100 * (MarketFixture.share(List.of(0), FROM, TO) - MarketFixture.share(List.of(0), MarketFixture.FIRST, FROM.minusMonths(1)));
        String expected = "Guangdong 广东\nMarket share " + percent((double) ours / market) + "\n"
                + String.format(Locale.ENGLISH, "%,d of %,d units in the market", ours, market) + "\n"
                + String.format(Locale.ENGLISH, "%+.1f pts vs previous months", change);
        Node guangdong = robot.lookup("#tile-44").query();
        waitFor(() -> expected.equals(tip(guangdong)));
        // Beijing sells nothing and the panel has no cell there: no share, not 0%
        assertThat(tip(robot.lookup("#tile-11").query())).isEqualTo("Beijing 北京\n–");
        assertThat(robot.lookup("#map-note").queryAs(Labeled.class).isVisible()).isFalse();

        // a SKU picked: the panel does not break SKUs out, so the map has no share and says why
        robot.moveTo("#kpi-share");
        Node sku = robot.lookup("#top-skus .table-row-cell").match((Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getIndex() == 0 && r.getItem() != null).query();
        org.salestrack.ui.Reveal.onDashboard(robot, sku);
        robot.clickOn(sku);
        waitFor(() -> robot.lookup("#map-note").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#map-note").queryAs(Labeled.class).getText())
                .isEqualTo("The market panel breaks out provinces, months and categories only: no share for a channel, city, series, model, SKU, store or dealer filter.");
        assertThat(tip(guangdong)).isEqualTo("Guangdong 广东\n–");
    }

    /** The text the tile shows on hover (its installed tooltip). */
    private static String tip(Node tile) {
        Tooltip t = (Tooltip) tile.getProperties().get("javafx.scene.control.Tooltip");
        return t == null ? null : t.getText();
    }
}
