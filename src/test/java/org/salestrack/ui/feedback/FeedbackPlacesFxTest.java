package org.salestrack.ui.feedback;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.feedback.FeedbackRow;
import org.salestrack.forecast.ForecastTrackingService;
import org.salestrack.forecast.tracking.AlertPolicy;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22 item 4, feedback by province and over the product life cycle. Six Tmall reviews: three written on orders
 * shipped to 广东 (G1, G2 complain of heat after an update, G3 praises the camera), one on a 江苏 order (B1, battery),
 * two whose orders the sales do not hold (N1 praise, N2 heat). Two tickets: T1 at Beijing store S001, T2 of dealer D010
 * (registered in 江苏, 华东) with no store. The 星河 X7 launched 2025-09-24 and the 青春 Y50 2025-05-15 (product master).
 * The analyst reads the counts, picks Jiangsu and then South China in the filter bar, and reads them again in Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class FeedbackPlacesFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final String HEAT = "系统更新后手机一直发烫，差评";
    private static final String CAMERA = "拍照效果很棒，夜景也很清晰，五星好评。";
    private static final String BATTERY = "续航太差了，一天要充两次电，很失望，差评！";

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        List<String> tmall = new ArrayList<>(List.of("订单编号,付款时间,宝贝标题,商家编码,购买数量,商品价格,实付金额,收货人姓名,联系手机,收货地址,收货省份,收货城市,订单状态"));
        for (String g : List.of("G1", "G2", "G3")) {
            tmall.add(g + ",2025-10-10 10:00:00,星河 X7 256GB,XH-X7-256,1,5299.00,5299.00,张三,13800000000,深圳南山路1号,广东省,深圳市,交易成功");
        }
        tmall.add("B1,2025-10-12 10:00:00,青春 Y50 128GB,QC-Y50-128,1,2199.00,2199.00,李四,13900000000,南京中山路1号,江苏,南京市,交易成功");
        // a Beijing order without a review
        tmall.add("J1,2025-10-14 10:00:00,青春 Y50 128GB,QC-Y50-128,1,2199.00,2199.00,王五,13700000000,北京长安街1号,北京,北京市,交易成功");
        // sales through the whole year, so the window the workbench opens on holds every review
        List<String> year = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        for (int d = 1; d <= 31; d++) year.add("A" + d + ",2025-12-" + String.format("%02d", d) + ",1,100.00");
        for (int m = 1; m <= 11; m++) year.add("B" + m + ",2025-" + String.format("%02d", m) + "-15,1,100.00");
        Path sales = dir.resolve("orders.csv");
        Files.write(sales, year);
        Path orders = dir.resolve("tmall-orders.csv");
        Files.write(orders, tmall, Charset.forName("GBK"));
        Path reviews = dir.resolve("reviews.csv");
        Files.write(reviews, List.of("评价ID,订单编号,宝贝标题,商家编码,评价时间,评分,评价内容",
                "G1,G1,星河 X7 256GB,XH-X7-256,2025-11-03 10:00:00,1," + HEAT,
                "G2,G2,星河 X7 256GB,XH-X7-256,2025-11-04 10:00:00,1," + HEAT,
                "G3,G3,星河 X7 256GB,XH-X7-256,2025-10-20 10:00:00,5," + CAMERA,
                "B1,B1,青春 Y50 128GB,QC-Y50-128,2025-11-10 10:00:00,1," + BATTERY,
                "N1,X1,星河 X7 256GB,XH-X7-256,2025-11-05 10:00:00,5," + CAMERA,
                "N2,X2,星河 X7 256GB,XH-X7-256,2025-12-01 10:00:00,1," + HEAT), StandardCharsets.UTF_8);
        Path tickets = dir.resolve("tickets.csv");
        Files.write(tickets, List.of("工单号,创建时间,完结时间,受理渠道,门店编码,经销商编码,商品编码,问题类型,工单状态,问题描述",
                "T1,2025-11-01 09:00:00,2025-11-01 19:00:00,授权店,S001,D032,XH-X7-256,维修,已完结,顾客反映发热严重",
                "T2,2025-11-02 09:00:00,2025-11-06 09:00:00,经销商,,D010,QC-Y50-128,维修,已完结,顾客反映续航差"), StandardCharsets.UTF_8);
        for (Path f : List.of(Path.of("samples/master/products.csv"), Path.of("samples/master/dealers.csv"), Path.of("samples/master/stores.csv"),
                sales, orders, reviews, tickets)) {
            imports.importFile(f, null, ProgressListener.NONE, Cancellation.none());
        }
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, new ForecastTrackingService(ws, AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs()).show(stage);
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    private static List<String> rows(TableView<FeedbackRow> t) {
        return t.getItems().stream().map(r -> r.keys().get(0) + " " + r.reviews() + "/" + r.negative()).toList();
    }

    private static void pick(FxRobot robot, String picker, String member) throws Exception {
        robot.clickOn(picker);
        java.util.function.Supplier<Boolean> shown = () -> robot.lookup(".list-cell")
                .match(n -> n instanceof ListCell<?> c && c.isVisible() && member.equals(c.getText())).tryQuery().isPresent();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, shown::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(member + " not among " + robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .map(c -> c.getText() + (c.isVisible() ? "" : "(hidden)")).toList(), e);
        }
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.isVisible() && member.equals(c.getText()))
                .queryAs(Node.class));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private static void reveal(FxRobot robot, String id) {
        javafx.scene.control.ScrollPane page = robot.lookup("#feedback-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            Node n = robot.lookup(id).query();
            double y = page.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
            double free = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, (y - 10) / free)));
        });
    }

    @Test
    void reviewsFollowTheProvinceOfTheirOrderAndTheLifeCycleTableCountsMonthsSinceLaunch(FxRobot robot) throws Exception {
        // the window opens on the last months of the data: the six reviews fall in it
        robot.clickOn("#nav-feedback");
        org.salestrack.ui.FxWait.until(60, () -> "6".equals(text(robot, "#feedback-tile-reviews")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#feedback-places")).isEqualTo("2 of 6 reviews have no province: the sales do not hold their order "
                + "(a review's province is the ship-to province of its order; a region or province filter leaves them out).");
        TableView<FeedbackRow> provinces = robot.lookup("#feedback-provinces").queryTableView();
        TableView<FeedbackRow> life = robot.lookup("#feedback-lifecycle").queryTableView();
        // most reviews first, the reviews without a province last; Guangdong 44, Jiangsu 32
        assertThat(rows(provinces)).containsExactly("44 3/2", "32 1/1", " 2/1");
        // X7 from 2025-09: G3 in October is month 1; G1, G2, N1 in November month 2; N2 in December month 3; Y50 from May: B1 month 6
        assertThat(rows(life)).containsExactly("1 1/0", "2 3/2", "3 1/1", "6 1/1");
        reveal(robot, "#feedback-provinces");
        assertThat(provinces.getColumns().stream().map(c -> String.valueOf(c.getCellData(0))).toList())
                .containsExactly("Guangdong", "3", "66.7%", "Overheating, System & lag");
        assertThat(provinces.getColumns().get(0).getCellData(2)).isEqualTo("No province");
        assertThat(text(robot, "#feedback-tile-resolved")).isEqualTo("50.0%");

        // the filter bar's province: Jiangsu keeps the review of its order (B1) and D010's ticket (its registered province),
        // and says what it left out
        pick(robot, "#filter-province", "Jiangsu");
        org.salestrack.ui.FxWait.until(60, () -> "1".equals(text(robot, "#feedback-tile-reviews")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#feedback-places")).isEqualTo("A review's province is the ship-to province of its order. The region, "
                + "province and city filters leave out the 2 reviews without one (the sales do not hold their order).");
        assertThat(rows(provinces)).containsExactly("32 1/1");
        assertThat(rows(life)).containsExactly("6 1/1");
        assertThat(robot.lookup("#feedback-tile-resolved").queryLabeled().getParent().lookupAll(".kpi-note").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()).containsExactly("of 1 tickets");
        assertThat(text(robot, "#feedback-tile-resolved")).isEqualTo("0.0%");

        // Jiangsu off, South China on: the three Guangdong reviews; both tickets are elsewhere (Beijing, Jiangsu)
        pick(robot, "#filter-province", "Jiangsu");
        org.salestrack.ui.FxWait.until(60, () -> "6".equals(text(robot, "#feedback-tile-reviews")));
        pick(robot, "#filter-region", "South China");
        org.salestrack.ui.FxWait.until(60, () -> "3".equals(text(robot, "#feedback-tile-reviews")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(provinces)).containsExactly("44 3/2");
        assertThat(rows(life)).containsExactly("1 1/0", "2 2/2");
        assertThat(text(robot, "#feedback-tile-resolved")).isEqualTo("–");

        robot.clickOn("#lang-zh");
        org.salestrack.ui.FxWait.until(10, () -> text(robot, "#feedback-places").startsWith("评价的省份即其订单的收货省份"));
        assertThat(text(robot, "#feedback-places")).isEqualTo("评价的省份即其订单的收货省份。地区、省份和城市筛选排除了 2 条没有省份的评价（销售数据中没有其订单）。");
        assertThat(provinces.getColumns().get(0).getText()).isEqualTo("省份");
        assertThat(life.getColumns().get(0).getText()).isEqualTo("上市后月数");
        robot.clickOn("#lang-en");
    }
}
