package org.salestrack.ui.dashboard;

import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.ui.ScreenServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.Dimension;
import org.salestrack.store.SummaryQuery;
import org.salestrack.ui.Format;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard driven as a user drives it, in a 1280x720 window (issue 11 #8, #9, #11, #14, #16; issue
 * 23): the wheel over a chart scrolls the page, a drag zooms and Reset or a new filter fits the axes
 * again, ctrl-click adds members and the right-click menu excludes one, the cards read in ¥ with 万/亿 in
 * Chinese and the exact value on hover, and the exports carry the filters and the as-of date. Every
 * figure is compared with the store's plain summary of the lines.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace ws;
    Workbench workbench;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ws = TestWorkspace.create(dir, true);
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), ScreenServices.NONE), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
        workbench.state().applyPreset(DatePreset.ALL);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(40, condition);
    }

    private static String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    private SummaryRow summary(String dim, String key) {
        var s = workbench.state().slice();
        return new SummaryQuery(ws.workspace).run(dim == null ? List.of() : List.of(dim), s.from().toString(), s.to().toString()).stream()
                .filter(r -> dim == null || r.keys().get(0).equals(key)).findFirst().orElseThrow();
    }

    private void loaded(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !text(robot, "#kpi-units-value").equals("–") && !robot.lookup("#dashboard-loading").query().isVisible());
    }

    private static JFreeChart chart(FxRobot robot, String id) { return robot.lookup("#" + id).queryAs(ChartViewer.class).getChart(); }

    private static Range range(JFreeChart c) { return c.getCategoryPlot().getRangeAxis().getRange(); }

    /** At 1280 and 1600 px every headline figure is shown whole: the tiles wrap into rows rather than cut one off. */
    @Test
    void noHeadlineFigureIsCutOff(FxRobot robot) throws Exception {
        // Monocle's screen may be narrower than 1600 when another test class started it first
        double widest = Math.min(1600, javafx.stage.Screen.getPrimary().getBounds().getWidth());
        for (double width : new double[] {1280, widest}) {
            robot.interact(() -> stage.setWidth(width));
            loaded(robot);
            WaitForAsyncUtils.waitForFxEvents();
            for (Node n : robot.lookup(".kpi-value").queryAll()) {
                javafx.scene.control.Label l = (javafx.scene.control.Label) n;
                if (!l.isVisible() || l.getText().equals("–")) continue;
                double[] widths = new double[2];
                robot.interact(() -> {
                    widths[0] = l.getWidth();
                    widths[1] = l.prefWidth(-1);
                });
                assertThat(widths[0]).as("%s at %s px: '%s'", l.getId(), width, l.getText()).isGreaterThanOrEqualTo(widths[1] - 0.5);
            }
        }
    }

    @Test
    void theWheelOverAChartScrollsThePageAndLeavesTheAxes(FxRobot robot) throws Exception {
        loaded(robot);
        ScrollPane sp = robot.lookup("#dashboard-scroll").queryAs(ScrollPane.class);
        Node viewer = robot.lookup("#dashboard-channels").query();
        org.salestrack.ui.Reveal.onDashboard(robot, viewer);
        JFreeChart channels = chart(robot, "dashboard-channels");
        Range before = range(channels);
        double start = sp.getVvalue();
        assertThat(start).isPositive();
        robot.moveTo(viewer);
        // the chart sits at the bottom of the page: whichever way the robot's wheel counts, one of the two moves the page
        robot.scroll(3, VerticalDirection.UP);
        robot.scroll(2, VerticalDirection.DOWN);
        waitUntil(() -> sp.getVvalue() != start);
        assertThat(range(channels)).isEqualTo(before);
        assertThat(channels.getCategoryPlot().getRangeAxis().isAutoRange()).isTrue();
    }

    @Test
    void aDragZoomsResetRestoresAndANewFilterFitsTheAxesAgain(FxRobot robot) throws Exception {
        loaded(robot);
        Node viewer = robot.lookup("#dashboard-channels").query();
        org.salestrack.ui.Reveal.onDashboard(robot, viewer);
        JFreeChart channels = chart(robot, "dashboard-channels");
        Range fitted = range(channels);
        Button reset = robot.lookup("#dashboard-channels-reset").queryButton();
        assertThat(reset.isVisible()).isFalse();
        dragAcross(robot, viewer);
        waitUntil(reset::isVisible);
        assertThat(range(channels).getLength()).isLessThan(fitted.getLength());
        robot.clickOn(reset);
        waitUntil(() -> !reset.isVisible());
        assertThat(range(channels)).isEqualTo(fitted);

        // zoomed in, then Guangdong is clicked: the bars of its channels must be in view, not off the zoomed axis
        dragAcross(robot, viewer);
        waitUntil(reset::isVisible);
        Node gd = robot.lookup("#tile-44").query();
        org.salestrack.ui.Reveal.onDashboard(robot, gd);
        robot.clickOn(gd);
        waitUntil(() -> workbench.state().slice().keys(Dimension.PROVINCE).equals(Set.of("44")) && !reset.isVisible());
        loaded(robot);
        assertThat(channels.getCategoryPlot().getRangeAxis().isAutoRange()).isTrue();
        double largest = summary("province", "广东").amount().doubleValue();
        assertThat(range(channels).getUpperBound()).isGreaterThan(0);
        assertThat(range(channels).getLowerBound()).isLessThanOrEqualTo(0);
        assertThat(range(channels).getUpperBound()).isLessThanOrEqualTo(largest * 1.2);
    }

    private static void dragAcross(FxRobot robot, Node viewer) {
        Bounds b = viewer.localToScreen(viewer.getBoundsInLocal());
        double y = b.getMinY() + b.getHeight() * 0.55;
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.35, y));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.55, y + 2));
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.75, y + 4));
        robot.release(MouseButton.PRIMARY);
    }

    @Test
    void ctrlClickAddsAProvinceAndTheMenuExcludesOne(FxRobot robot) throws Exception {
        loaded(robot);
        Node gd = robot.lookup("#tile-44").query();
        org.salestrack.ui.Reveal.onDashboard(robot, gd);
        robot.clickOn(gd);
        waitUntil(() -> workbench.state().slice().keys(Dimension.PROVINCE).equals(Set.of("44")));
        robot.press(KeyCode.CONTROL).clickOn("#tile-33").release(KeyCode.CONTROL);
        waitUntil(() -> workbench.state().slice().keys(Dimension.PROVINCE).equals(Set.of("44", "33")));
        long both = summary("province", "广东").qty() + summary("province", "浙江").qty();
        waitUntil(() -> text(robot, "#kpi-units-value").equals(Format.units(both, Locale.ENGLISH)));
        assertThat(text(robot, "#dashboard-filters")).contains("Province: Guangdong, Zhejiang");

        robot.clickOn("#tile-44", MouseButton.SECONDARY);
        robot.clickOn("#menu-exclude");
        waitUntil(() -> workbench.state().slice().excludedKeys(Dimension.PROVINCE).equals(Set.of("44")));
        assertThat(workbench.state().slice().keys(Dimension.PROVINCE)).containsExactly("33");
        long zj = summary("province", "浙江").qty();
        waitUntil(() -> text(robot, "#kpi-units-value").equals(Format.units(zj, Locale.ENGLISH)));
        assertThat(text(robot, "#dashboard-filters")).contains("Province: Zhejiang, not Guangdong");
        assertThat(robot.lookup(".crumb").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Province: Guangdong", "Province: plus Zhejiang", "Province: not Guangdong");

        // Back undoes one step at a time
        robot.clickOn("#crumb-back");
        waitUntil(() -> workbench.state().slice().excludedKeys(Dimension.PROVINCE).isEmpty());
        waitUntil(() -> text(robot, "#kpi-units-value").equals(Format.units(both, Locale.ENGLISH)));
    }

    /** The screen point of the bar of a channel in the channel-mix chart. */
    private static javafx.geometry.Point2D bar(FxRobot robot, String channel) {
        ChartViewer v = robot.lookup("#dashboard-channels").queryAs(ChartViewer.class);
        for (Object o : v.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
            if (o instanceof org.jfree.chart.entity.CategoryItemEntity e && e.getColumnKey().equals(channel)) {
                var r = e.getArea().getBounds2D();
                return v.getCanvas().localToScreen(r.getMinX() + Math.min(10, r.getWidth() / 2), r.getCenterY());
            }
        }
        throw new AssertionError("no bar for " + channel);
    }

    @Test
    void aClickOnAChannelBarDrillsAndItsMenuExcludesIt(FxRobot robot) throws Exception {
        loaded(robot);
        org.salestrack.ui.Reveal.onDashboard(robot, robot.lookup("#dashboard-channels").query());
        WaitForAsyncUtils.waitForFxEvents();
        String tmall = ws.explore.members(Dimension.CHANNEL).stream().filter(m -> m.label().equals("天猫")).findFirst().orElseThrow().key();
        robot.moveTo(bar(robot, "天猫")).clickOn(MouseButton.PRIMARY);
        waitUntil(() -> workbench.state().slice().keys(Dimension.CHANNEL).equals(Set.of(tmall)));
        loaded(robot);
        robot.interact(() -> workbench.state().back());
        loaded(robot);
        waitUntil(() -> workbench.state().slice().keys(Dimension.CHANNEL).isEmpty());
        org.salestrack.ui.Reveal.onDashboard(robot, robot.lookup("#dashboard-channels").query());
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(bar(robot, "天猫"));
        robot.clickOn(MouseButton.SECONDARY);
        waitUntil(() -> !robot.lookup(".context-menu .menu-item").queryAll().isEmpty());
        // one menu on the bar: its cross-filter items, its lines (the drill-through), then the chart's own
        assertThat(robot.lookup(".context-menu .menu-item .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Keep only 天猫", "Add 天猫 to the filter", "Exclude 天猫", "Show lines",
                        "Reset zoom", "Save as PNG…", "Save as SVG…", "Copy image");
        robot.clickOn("#menu-exclude");
        waitUntil(() -> workbench.state().slice().excludedKeys(Dimension.CHANNEL).equals(Set.of(tmall)));
        long rest = summary(null, null).qty() - summary("channel", "天猫").qty();
        waitUntil(() -> text(robot, "#kpi-units-value").equals(Format.units(rest, Locale.ENGLISH)));
        assertThat(text(robot, "#dashboard-filters")).contains("Channel: not 天猫");
    }

    @Test
    void showLinesInABarsMenuListsThatChannelsLinesAndLeavesTheFilter(FxRobot robot) throws Exception {
        loaded(robot);
        org.salestrack.ui.Reveal.onDashboard(robot, robot.lookup("#dashboard-channels").query());
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(bar(robot, "天猫"));
        robot.clickOn(MouseButton.SECONDARY);
        robot.clickOn("#chart-show-lines");
        long units = summary("channel", "天猫").qty();
        waitUntil(() -> robot.lookup("#lines-summary").tryQuery().isPresent()
                && text(robot, "#lines-summary").contains(String.format(Locale.ENGLISH, " · %,d units · ", units)));
        assertThat(workbench.state().slice().keys(Dimension.CHANNEL)).as("Show lines does not filter").isEmpty();
        assertThat(workbench.state().crumbs()).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void anExcludedRankingRowLeavesItsStoreOut(FxRobot robot) throws Exception {
        loaded(robot);
        Node row = robot.lookup("#top-stores .table-row-cell").query();
        org.salestrack.ui.Reveal.onDashboard(robot, row);
        String label = ((javafx.scene.control.TableRow<?>) row).getItem() instanceof org.salestrack.model.cube.Cell c ? c.label() : "";
        String code = label.split(" ")[0];
        robot.clickOn(row, MouseButton.SECONDARY);
        robot.clickOn("#menu-exclude");
        long rest = summary(null, null).qty() - summary("store", code).qty();
        waitUntil(() -> text(robot, "#kpi-units-value").equals(Format.units(rest, Locale.ENGLISH)));
        assertThat(text(robot, "#dashboard-filters")).contains("Store: not " + label);
    }

    @Test
    void eachRankingShowsItsRevenueInOneUnit(FxRobot robot) throws Exception {
        loaded(robot);
        for (String table : List.of("#top-skus", "#bottom-skus", "#top-stores", "#bottom-stores")) {
            List<String> money = robot.lookup(table + " .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                    .map(c -> c.getText()).filter(t -> t != null && t.startsWith("¥")).toList();
            if (money.isEmpty()) continue;
            // ¥9,878.00 beside ¥31.5K was the defect: one suffix (or none) for the column
            assertThat(money.stream().map(t -> t.replaceAll("[¥0-9.,-]", "")).distinct()).as(table + " " + money).hasSize(1);
        }
        List<String> topSkus = robot.lookup("#top-skus .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && t.startsWith("¥")).toList();
        assertThat(topSkus).isNotEmpty();
    }

    @Test
    void allDatesSayThereIsNoPreviousPeriodInsteadOfAGrowth(FxRobot robot) throws Exception {
        loaded(robot);
        assertThat(text(robot, "#kpi-revenue-note")).isEqualTo("no previous data");
        assertThat(text(robot, "#kpi-growth-value")).isEqualTo("n/a");
        assertThat(text(robot, "#kpi-units-note")).isEqualTo("no data for the same period last year");
        // a range whose previous period lies inside the data has a growth, worded with what it compares to
        var span = ws.explore.span().orElseThrow();
        robot.interact(() -> workbench.state().setRange(span.to().minusDays(59), span.to()));
        waitUntil(() -> text(robot, "#kpi-revenue-note").endsWith("vs previous period"));
        SummaryRow now = summary(null, null);
        SummaryRow before = new SummaryQuery(ws.workspace).run(List.of(), span.to().minusDays(119).toString(), span.to().minusDays(60).toString()).get(0);
        double g = now.amount().doubleValue() / before.amount().doubleValue() - 1;
        assertThat(text(robot, "#kpi-revenue-note")).isEqualTo(String.format(Locale.ENGLISH, "%+.1f%% vs previous period", g * 100));
    }

    @Test
    void inChineseTheRevenueCardIsIn10kUnitsAndHoveringShowsTheExactAmount(FxRobot robot) throws Exception {
        loaded(robot);
        long e4 = Money.toE4(summary(null, null).amount());
        String exact = Format.money(e4, Locale.ENGLISH);
        assertThat(text(robot, "#kpi-revenue-value")).isEqualTo(exact);
        robot.clickOn("#lang-zh");
        String short10k = Format.moneyShort(e4, Locale.SIMPLIFIED_CHINESE);
        assertThat(short10k).endsWith("万");
        waitUntil(() -> text(robot, "#kpi-revenue-value").equals(short10k));
        robot.moveTo("#kpi-revenue-value");
        Label value = robot.lookup("#kpi-revenue-value").queryAs(Label.class);
        waitUntil(() -> value.getTooltip().isShowing());
        assertThat(value.getTooltip().getText()).startsWith(exact);
        // the charts' axes say their unit, and their menu is in Chinese with PNG, SVG and copy
        assertThat(chart(robot, "dashboard-channels").getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("销售额（元）");
        assertThat(chart(robot, "dashboard-trend").getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("销售额（元）");
        robot.clickOn("#dashboard-trend", MouseButton.SECONDARY);
        waitUntil(() -> !robot.lookup(".context-menu .menu-item").queryAll().isEmpty());
        assertThat(robot.lookup(".context-menu .menu-item .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("查看明细行", "重置缩放", "另存为 PNG…", "另存为 SVG…", "复制图片");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theTrendShowsAtMostADozenDateLabels(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("#dashboard-grain-day");
        JFreeChart trend = chart(robot, "dashboard-trend");
        waitUntil(() -> trend.getCategoryPlot().getCategories().size() > 100);
        var axis = trend.getCategoryPlot().getDomainAxis();
        long shown = trend.getCategoryPlot().getCategories().stream()
                .filter(c -> ((Color) axis.getTickLabelPaint((Comparable<?>) c)).getAlpha() > 0).count();
        assertThat(shown).isBetween(6L, 12L);
    }

    @Test
    void nothingOnTheDashboardIsCutOffAt1280By720(FxRobot robot) throws Exception {
        loaded(robot);
        Node dash = robot.lookup("#dashboard").query();
        List<String> clipped = robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .filter(l -> isInside(l, dash) && l.isVisible() && !l.isWrapText() && l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.getWidth() + 0.5 < l.prefWidth(-1)).map(Labeled::getText).toList();
        assertThat(clipped).isEmpty();
        List<String> buttons = robot.lookup(".button").queryAllAs(Labeled.class).stream().filter(b -> isInside(b, dash) && b.isVisible())
                .filter(b -> b.getWidth() + 0.5 < b.prefWidth(-1)).map(Labeled::getText).toList();
        assertThat(buttons).isEmpty();
    }

    private static boolean isInside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) if (p == parent) return true;
        return false;
    }

    @Test
    void thePdfAndPngCarryTheFiltersAndTheAsOfDate(FxRobot robot) throws Exception {
        loaded(robot);
        Node gd = robot.lookup("#tile-44").query();
        org.salestrack.ui.Reveal.onDashboard(robot, gd);
        robot.clickOn(gd);
        waitUntil(() -> text(robot, "#dashboard-filters").contains("Province: Guangdong"));
        String asOf = ws.explore.span().orElseThrow().to().toString();
        dialogs.saveTo = dir.resolve("dashboard.pdf");
        org.salestrack.ui.Reveal.onDashboard(robot, robot.lookup("#dashboard-export-pdf").query());
        robot.clickOn("#dashboard-export-pdf");
        waitUntil(() -> !dialogs.errors.isEmpty() || Files.exists(dialogs.saveTo) && workbench.tasks().running().isEmpty() && sizeSettled(dialogs.saveTo));
        assertThat(dialogs.errors).isEmpty();
        String text;
        try (PDDocument doc = Loader.loadPDF(dialogs.saveTo.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("SalesTrack dashboard").contains("Data as of " + asOf).contains("Filters: ").contains("Province:");
        assertThat(text).contains("Province: Guangdong");

        dialogs.saveTo = dir.resolve("dashboard.png");
        robot.clickOn("#dashboard-export-png");
        waitUntil(() -> !dialogs.errors.isEmpty() || Files.exists(dialogs.saveTo) && workbench.tasks().running().isEmpty() && sizeSettled(dialogs.saveTo));
        String description = pngDescription(dialogs.saveTo);
        assertThat(description).contains("Province: Guangdong").contains("Data as of " + asOf);
        assertThat(ImageIO.read(dialogs.saveTo.toFile()).getHeight()).isGreaterThan(720);
        assertThat(dialogs.errors).isEmpty();
    }

    private static boolean hasCjkTrueTypeFont() { return Files.exists(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")); }

    private static boolean sizeSettled(Path p) {
        try {
            long a = Files.size(p);
            Thread.sleep(300);
            return a > 0 && Files.size(p) == a;
        } catch (Exception e) {
            return false;
        }
    }

    private static String pngDescription(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("png").next();
            r.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            var entries = root.getElementsByTagName("iTXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                if ("Description".equals(e.getAttribute("keyword"))) return e.getAttribute("text");
            }
            return "";
        }
    }
}
