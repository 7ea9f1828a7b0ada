package org.salestrack.ui.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.market.EventEffect;
import org.salestrack.ui.Format;
import org.salestrack.ui.MarketFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A manager reads our market share: the dashboard's tile shows the share over the filters (summed by hand from
 * the fixture's panel), says "no panel for this slice" once a SKU is picked; the Market screen ranks the
 * provinces, marks the competitor's price cut with its estimated effect, and a double-click on a province
 * narrows every view to it.
 */
@ExtendWith(ApplicationExtension.class)
class MarketScreenFxTest {
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

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Labeled.class).getText(); }

    private static String percent(double v) { return Format.percent(OptionalDouble.of(v), Locale.ENGLISH); }

    private static double weightedChange(List<Integer> provinces) {
        YearMonth b0 = YearMonth.of(2024, 12);
        YearMonth b1 = YearMonth.of(2025, 2);
        double sum = 0;
        double weights = 0;
        for (int p : provinces) {
            long market = 0;
            for (YearMonth m = b0; !m.isAfter(b1); m = m.plusMonths(1)) {
                market += MarketFixture.ownUnits(p, m) + MarketFixture.hengshan(p, m) + MarketFixture.qingniao();
            }
            sum += market * (MarketFixture.share(List.of(p), YearMonth.of(2025, 4), YearMonth.of(2025, 6)) - MarketFixture.share(List.of(p), b0, b1));
            weights += market;
        }
        return sum / weights;
    }

    private static Node row(FxRobot robot, String tableId, int index) {
        return robot.lookup(tableId + " .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null)
                .tryQuery().orElse(null);
    }

    @Test
    void theShareTileFollowsTheFiltersAndSaysWhenThePanelDoesNotCoverThem(FxRobot robot) throws Exception {
        String expected = percent(MarketFixture.share(ALL, FROM, TO));
        org.salestrack.ui.FxWait.until(30, () -> expected.equals(text(robot, "#kpi-share-value")));
        // against the months before that the panel holds (it starts 2024-01)
        double change = 100 * (MarketFixture.share(ALL, FROM, TO) - MarketFixture.share(ALL, MarketFixture.FIRST, FROM.minusMonths(1)));
        String note = String.format(Locale.ENGLISH, "%+.1f pts vs previous months", change);
        // read once the tile has both lines (the figure is set a moment before its note)
        org.salestrack.ui.FxWait.until(10, () -> note.equals(text(robot, "#kpi-share-note")));

        // picking the SKU in the top-SKU table filters every view to a product level the panel does not break out
        org.salestrack.ui.FxWait.until(10, () -> row(robot, "#top-skus", 0) != null);
        // the rankings are below the fold: the manager scrolls down to them
        robot.moveTo("#kpi-share").scroll(5, javafx.geometry.VerticalDirection.DOWN);
        org.salestrack.ui.Reveal.onDashboard(robot, row(robot, "#top-skus", 0));
        robot.clickOn(row(robot, "#top-skus", 0));
        org.salestrack.ui.FxWait.until(30, () -> "–".equals(text(robot, "#kpi-share-value")));
        assertThat(text(robot, "#kpi-share-note")).isEqualTo("no panel for this slice");
    }

    @Test
    void theMarketScreenRanksProvincesMarksTheCutAndDrillsIntoAProvince(FxRobot robot) throws Exception {
        robot.clickOn("#nav-market");
        String all = percent(MarketFixture.share(ALL, FROM, TO));
        org.salestrack.ui.FxWait.until(30, () -> all.equals(text(robot, "#market-share")));
        // the note's parts in Chinese are joined by the full-width semicolon, not "; " (screenshot review)
        robot.clickOn("#lang-zh");
        org.salestrack.ui.FxWait.until(10, () -> text(robot, "#market-share-note").contains("；"));
        assertThat(text(robot, "#market-share-note")).doesNotContain("; ");
        robot.clickOn("#lang-en");
        org.salestrack.ui.FxWait.until(10, () -> text(robot, "#market-share-note").contains("; "));

        TableView<MarketScreenData.RankingRow> ranking = robot.lookup("#market-ranking").queryTableView();
        org.salestrack.ui.FxWait.until(10, () -> ranking.getItems().size() == 6);
        // ranked by our share, highest first, each equal to the hand sum over the province's cells
        double best = -1;
        int bestProvince = -1;
        for (int p = 0; p < 6; p++) {
            double s = MarketFixture.share(List.of(p), FROM, TO);
            if (s > best) {
                best = s;
                bestProvince = p;
            }
        }
        assertThat(ranking.getItems().get(0).name()).isEqualTo(MarketFixture.PROVINCES.get(bestProvince));
        assertThat(ranking.getItems().get(0).ownShare()).isEqualTo(best, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ranking.getItems()).allSatisfy(r -> assertThat(r.leader()).isEqualTo("衡山"));

        TableView<EventEffect> events = robot.lookup("#market-events").queryTableView();
        assertThat(events.getItems()).hasSize(1);
        EventEffect cut = events.getItems().get(0);
        assertThat(cut.treated()).containsExactly("44", "45");
        // 2024-12..2025-02 against 2025-04..2025-06: 广东 and 广西 against the four others, weighted by their market before
        double expected = 100 * (weightedChange(List.of(0, 1)) - weightedChange(MarketFixture.controls()));
        assertThat(cut.effectPp().estimate()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9)).isLessThan(-1.0);
        String shown = String.format(Locale.ENGLISH, "%+.2f pts [%+.2f, %+.2f]", cut.effectPp().estimate(), cut.effectPp().low(),
                cut.effectPp().high());
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup(shown).tryQuery().isPresent());
        // per competitor: 衡山's one measured move taken alone is that move's own estimate
        TableView<org.salestrack.model.market.CompetitorErosion> erosion = robot.lookup("#market-erosion").queryTableView();
        org.salestrack.ui.FxWait.until(10, () -> erosion.getItems().size() == 1);
        assertThat(erosion.getItems().get(0).brand()).isEqualTo("衡山");
        assertThat(erosion.getItems().get(0).effectPp().estimate()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(org.salestrack.ui.Truncation.cutTexts(erosion)).isEmpty();
        // the cut cost us units: said as units lost, not as a signed number to turn round
        long lost = Math.round(erosion.getItems().get(0).unitsLost());
        assertThat(lost).isPositive();
        String lostText = String.format(Locale.ENGLISH, "%,d lost", lost);
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup(lostText).tryQuery().isPresent());
        // the event's provinces in the reader's language, as the ranking and the tile map name them (they read 广东 广西)
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("Guangdong Guangxi").tryQuery().isPresent());
        assertThat(robot.lookup("广东 广西").tryQuery()).isEmpty();
        // and no column cuts its header or its texts ("Leader's sh…", "Comparable pro…" before ColumnFit)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.salestrack.ui.Truncation.cutTexts(events)).isEmpty();
        assertThat(org.salestrack.ui.Truncation.cutTexts(ranking)).isEmpty();

        // the analyst double-clicks 四川 in the ranking: the whole workbench narrows to it
        int sichuan = ranking.getItems().stream().map(MarketScreenData.RankingRow::name).toList().indexOf("四川");
        robot.doubleClickOn(row(robot, "#market-ranking", sichuan));
        String sc = percent(MarketFixture.share(List.of(2), FROM, TO));
        org.salestrack.ui.FxWait.until(30, () -> sc.equals(text(robot, "#market-share")));
        org.salestrack.ui.FxWait.until(10, () -> ranking.getItems().size() == 1);
        robot.clickOn("#nav-dashboard");
        org.salestrack.ui.FxWait.until(30, () -> sc.equals(text(robot, "#kpi-share-value")));
    }
}
