package org.salestrack.ui.market;

import org.salestrack.ui.start.OpenedWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.Format;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.MarketFixture;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.salestrack.analytics.explore.ExplorerRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The dashboard's share tile follows the pure-sales filter (issue 16): the market fixture sells one line a month per
 * province on the 10th in its stores; a campaign on the stores from 2025-03-08 to 03-12 covers every province's March
 * line. Leaving every campaign window out takes those units from our side and from the market's (which holds them):
 * the tile reads (ours - March) / (market - March), the hand sum, and back to the whole share when counted again.
 */
@ExtendWith(ApplicationExtension.class)
class MarketSharePureFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, false);
        MarketFixture.importInto(t, dir);
        Path campaigns = dir.resolve("campaigns.csv");
        Files.writeString(campaigns, "campaign_code,name,tag,starts,ends,channels,region,promo_type,budget\n"
                + "MAR10,Store day,stores,2025-03-08,2025-03-12,直营店,全国,直降,\"¥500.00\"\n", StandardCharsets.UTF_8);
        t.pipeline.importFiles(List.of(campaigns), null, (d, total, msg) -> { }, Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(t.workspace, "test",
                org.salestrack.validate.ValidationService.of(t.workspace));
        new Workbench(new OpenedWorkspace("test", t.explore, t.pipeline, t.explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs())
                .show(stage);
    }

    private static String percent(double v) { return Format.percent(OptionalDouble.of(v), Locale.ENGLISH); }

    @Test
    void theShareTileLeavesTheCampaignsSalesOutOfBothSides(FxRobot robot) throws Exception {
        long ours = 0, market = 0, march = 0;
        for (int p : MarketFixture.ALL) {
            for (YearMonth m = MarketFixture.SHOWN_FROM; !m.isAfter(MarketFixture.SHOWN_TO); m = m.plusMonths(1)) {
                ours += MarketFixture.ownUnits(p, m);
                market += MarketFixture.ownUnits(p, m) + MarketFixture.hengshan(p, m) + MarketFixture.qingniao();
            }
            march += MarketFixture.ownUnits(p, MARCH);
        }
        Labeled value = robot.lookup("#kpi-share-value").queryAs(Labeled.class);
        String whole = percent((double) ours / market);
        FxWait.until(30, () -> whole.equals(value.getText()));

        robot.clickOn("#filter-pure");
        robot.clickOn("Leave out every campaign window (pure sales)");
        String pure = percent((double) (ours - march) / (market - march));
        FxWait.until(30, () -> pure.equals(value.getText()));
        // the units tile lost the same March lines: the share and the totals read the same base
        String units = Format.units(ours - march, Locale.ENGLISH);
        FxWait.until(30, () -> units.equals(robot.lookup("#kpi-units-value").queryAs(Labeled.class).getText()));

        robot.clickOn("#filter-pure");
        robot.clickOn("Leave out every campaign window (pure sales)");
        FxWait.until(30, () -> whole.equals(value.getText()));
    }

    /** Explore's share measure reads the same base: its grand total is the tile's pure share. */
    @Test
    void theExplorersShareFollowsTheFilterToo(FxRobot robot) throws Exception {
        long ours = 0, market = 0, march = 0;
        for (int p : MarketFixture.ALL) {
            for (YearMonth m = MarketFixture.SHOWN_FROM; !m.isAfter(MarketFixture.SHOWN_TO); m = m.plusMonths(1)) {
                ours += MarketFixture.ownUnits(p, m);
                market += MarketFixture.ownUnits(p, m) + MarketFixture.hengshan(p, m) + MarketFixture.qingniao();
            }
            march += MarketFixture.ownUnits(p, MARCH);
        }
        robot.clickOn("#nav-explore");
        robot.clickOn("#explorer-measure");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Market share (units)")).queryAs(Node.class));
        String whole = percent((double) ours / market);
        FxWait.until(30, () -> whole.equals(total(robot)));
        robot.clickOn("#filter-pure");
        robot.clickOn("Leave out every campaign window (pure sales)");
        String pure = percent((double) (ours - march) / (market - march));
        FxWait.until(30, () -> pure.equals(total(robot)));
    }

    /** The grand total row's total cell, or null while it is not shown. */
    private static String total(FxRobot robot) {
        for (Node n : robot.lookup(".tree-table-row-cell").queryAll()) {
            if (n instanceof TreeTableRow<?> r && r.getItem() instanceof ExplorerRow e && e.grandTotal() && r.isVisible()) {
                for (Node c : r.getChildrenUnmodifiable()) {
                    if (c instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() != null
                            && "explorer-col-total".equals(cell.getTableColumn().getId())) {
                        return cell.getText();
                    }
                }
            }
        }
        return null;
    }
}
