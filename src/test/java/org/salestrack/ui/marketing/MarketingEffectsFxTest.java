package org.salestrack.ui.marketing;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The synthetic control, the halo and the dip on the Marketing screen (issue 16 item 1), on a planted shop in 广东:
 * 天猫 sells b(d) units a day (40 a weekday, 56 a weekend day, + 4 x (d mod 3)), the stores exactly half of it. STORE
 * runs 14 days on the stores only, selling half as much again there; the 7 days after it the stores sell 5 a day less
 * (sales pulled forward). The untouched 天猫 is the synthetic control's one donor (weight 1), so the counterfactual is the
 * stores' planted base exactly: increment = sum of b/4 over the window at ¥100. 天猫 got no halo: zero lies in its interval.
 */
@ExtendWith(ApplicationExtension.class)
class MarketingEffectsFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);
    private static final int DAYS = 126, WINDOW_FROM = 84, WINDOW_TO = 97;

    @TempDir
    Path dir;
    long plantedUnits;
    long storeBaseFirstDay;

    private static int base(int d) {
        int dow = FIRST.plusDays(d).getDayOfWeek().getValue();
        return (dow >= 6 ? 56 : 40) + 4 * (d % 3);
    }

    @Start
    void start(Stage stage) throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, false);
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        int n = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            int tmall = base(d);
            int store = tmall / 2;
            if (d >= WINDOW_FROM && d <= WINDOW_TO) {
                plantedUnits += store / 2;
                store = store * 3 / 2;
            } else if (d > WINDOW_TO && d <= WINDOW_TO + 7) {
                store -= 5;
            }
            if (d == WINDOW_FROM) storeBaseFirstDay = tmall / 2;
            b.append(String.format("T%05d,%s 10:00:00,天猫,online,,广东,,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,%d,%d.00%n", n++, day, tmall,
                    tmall * 100));
            b.append(String.format("S%05d,%s 10:00:00,直营店,offline,,广东,,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,%d,%d.00%n", n++, day, store,
                    store * 100));
        }
        Path sales = dir.resolve("sales.csv");
        Files.writeString(sales, b.toString(), StandardCharsets.UTF_8);
        Path campaigns = dir.resolve("campaigns.csv");
        Files.writeString(campaigns, "campaign_code,name,tag,starts,ends,channels,region,promo_type,budget\n"
                + "STORE,Store weeks,stores," + FIRST.plusDays(WINDOW_FROM) + "," + FIRST.plusDays(WINDOW_TO) + ",直营店,全国,直降,\"¥2,000.00\"\n",
                StandardCharsets.UTF_8);
        t.pipeline.importFiles(List.of(sales, campaigns), null, (d, total, msg) -> { }, Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(t.workspace, "test",
                org.salestrack.validate.ValidationService.of(t.workspace));
        new Workbench(new OpenedWorkspace("test", t.explore, t.pipeline, t.explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs())
                .show(stage);
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    @Test
    void theMarketerReadsTheSyntheticControlTheHaloAndTheDip(FxRobot robot) throws Exception {
        robot.clickOn("#nav-marketing");
        TableView<CampaignImpact> table = robot.lookup("#marketing-campaigns").queryTableView();
        FxWait.until(60, () -> table.getItems().size() == 1);
        Node first = robot.lookup("#marketing-campaigns .table-row-cell").match((Node x) -> x instanceof TableRow<?> r && r.getIndex() == 0
                && r.getItem() != null).query();
        robot.clickOn(first);
        FxWait.until(10, () -> text(robot, "#marketing-detail").startsWith("STORE"));
        CampaignImpact c = table.getItems().get(0);

        // the synthetic control: 天猫 alone, weight 1, the stores' planted base exactly
        CampaignImpact.Synthetic s = c.synthetic();
        assertThat(s).isNotNull();
        assertThat(s.donors()).containsExactly("天猫");
        assertThat(s.weights()[0]).isCloseTo(1.0, within(1e-9));
        assertThat(s.units().incremental()).isCloseTo(plantedUnits, within(1e-6));
        assertThat(s.revenue().incremental()).isCloseTo(plantedUnits * 100.0, within(1e-4));
        String effects = text(robot, "#marketing-effects");
        assertThat(effects).contains("Synthetic control: baseline " + MarketingTables.yuan(s.revenue().baseline(), Locale.ENGLISH)
                + ", incremental revenue " + MarketingTables.yuan(plantedUnits * 100.0, Locale.ENGLISH)).contains("weights 天猫 1.00");

        // the halo on 天猫: none planted, zero inside its interval, its figure on screen
        CampaignImpact.Effect halo = c.halo();
        assertThat(halo).isNotNull();
        assertThat(0.0).isBetween(halo.revenue().incrementalLow(), halo.revenue().incrementalHigh());
        assertThat(effects).contains("Halo on the channels it did not touch: " + MarketingTables.yuan(halo.revenue().incremental(), Locale.ENGLISH));

        // the dip: 7 days of 5 units less (-¥3,500) then 7 normal days, inside the 14 days' interval
        CampaignImpact.Effect dip = c.dip();
        assertThat(dip.days()).isEqualTo(14);
        assertThat(-3500.0).isBetween(dip.revenue().incrementalLow(), dip.revenue().incrementalHigh());
        assertThat(dip.revenue().incremental()).isCloseTo(-3500, within(1500.0));
        assertThat(effects).contains("Dip after, 14 days: " + MarketingTables.yuan(dip.revenue().incremental(), Locale.ENGLISH));

        // the chart: the synthetic control's line over the window and the days after, the first day the stores' base at ¥100
        org.jfree.chart.plot.XYPlot plot = robot.lookup("#marketing-chart").queryAs(org.jfree.chart.fx.ChartViewer.class).getChart().getXYPlot();
        TimeSeriesCollection lines = (TimeSeriesCollection) plot.getDataset(0);
        assertThat(lines.getSeries(2).getKey()).isEqualTo("Synthetic control");
        assertThat(lines.getSeries(2).getItemCount()).isEqualTo(28);
        LocalDate opens = FIRST.plusDays(WINDOW_FROM);
        assertThat(lines.getSeries(2).getValue(new Day(opens.getDayOfMonth(), opens.getMonthValue(), opens.getYear())).doubleValue())
                .isCloseTo(storeBaseFirstDay * 100.0, within(1e-4));
        // and the table's columns beside the forecast's
        assertThat(robot.lookup("#marketing-campaigns .table-cell").match((Node x) -> x instanceof javafx.scene.control.TableCell<?, ?> cell
                && MarketingTables.yuan(s.revenue().incremental(), Locale.ENGLISH).equals(cell.getText())).tryQuery()).isPresent();
    }
}
