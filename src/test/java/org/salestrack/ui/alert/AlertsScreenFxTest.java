package org.salestrack.ui.alert;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.analytics.alert.PlantedAlerts;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.Alert;
import org.salestrack.model.Dimension;
import org.salestrack.model.alert.AlertEvent;
import org.salestrack.model.alert.AlertStatus;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Alerts;
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
 * A manager works the alert centre on the planted workspace (广东 +20% on October, +50% on a year before):
 * the header badge counts the open alerts; filters narrow the inbox; the 广东 alert is assigned to 王芳 by
 * name, commented and resolved (the history shows each step and the badge counts one fewer); "open the
 * view" shows the explorer on November 2025 and 广东; a new alert arriving brings a desktop notification.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Workspace ws;
    Workbench bench;
    ScreenServices services;

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        ExploreService explore = new ExploreService(ws);
        services = org.salestrack.app.WorkspaceServices.screens(ws, "test", ValidationService.of(ws));
        ImportPipeline pipeline = new ImportPipeline(imports, services.quality(), explore, null, 1);
        pipeline.importFiles(List.of(PlantedAlerts.plant(dir)), IngestFixture.profile("pos-profile.json"), ProgressListener.NONE, Cancellation.none());
        bench = new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, new ScriptedDialogs());
        bench.show(stage);
    }

    private AlertService service() { return new AlertService(ws); }

    private long openCount() { return service().list("open").size(); }

    private static Node row(FxRobot robot, String text) {
        return robot.lookup("#alerts-table .table-row-cell").match((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof Alert a
                && a.shownSubject().equals(text)).tryQuery().orElse(null);
    }

    /** Opens a combo box and clicks the item of its popup showing {@code text} (the table shows the same words). */
    private static void pick(FxRobot robot, String combo, String text) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && text.equals(c.getText())).query();
        robot.clickOn(item);
    }

    private static String label(FxRobot robot, String id) { return robot.lookup(id).queryLabeled().getText(); }

    /**
     * Switching to Chinese on the alert centre re-fills the filter combos; their converter was asked to name the
     * empty value meanwhile and threw on the FX thread (seen by the screenshot walk): the switch must be quiet and
     * the filters must read in Chinese.
     */
    @Test
    void switchingToChineseOnTheAlertCentreThrowsNothingAndTranslatesTheFilters(FxRobot robot) throws Exception {
        robot.clickOn("#nav-alerts");
        WaitForAsyncUtils.waitForFxEvents();
        List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        });
        try {
            robot.clickOn("#lang-zh");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#lang-en");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#lang-zh");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(thrown).isEmpty();
            javafx.scene.control.ComboBox<?> rule = robot.lookup("#alerts-filter-rule").queryAs(javafx.scene.control.ComboBox.class);
            String any = bench.i18n().get("alerts.filter.any");
            assertThat(any).doesNotMatch(".*[A-Za-z].*");
            org.salestrack.ui.FxWait.until(5, () -> any.equals(rule.getConverter() == null ? null
                    : ((javafx.util.StringConverter<Object>) rule.getConverter()).toString(rule.getValue())));
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
    }

    @Test
    void theManagerFiltersAssignsCommentsResolvesAndOpensTheView(FxRobot robot) throws Exception {
        long open = openCount();
        long previous = service().list(null).stream().filter(a -> a.kind().equals("change-previous")).count();
        assertThat(open).isGreaterThan(4);
        org.salestrack.ui.FxWait.until(20, () -> (open + " open alerts").equals(label(robot, "#alerts-badge")));

        robot.clickOn("#alerts-badge");
        TableView<Alert> table = robot.lookup("#alerts-table").queryTableView();
        org.salestrack.ui.FxWait.until(20, () -> table.getItems().size() == open);

        // filter by rule: the changes against the month before
        pick(robot, "#alerts-filter-rule", "Change vs previous month");
        org.salestrack.ui.FxWait.until(5, () -> table.getItems().size() == previous);
        assertThat(label(robot, "#alerts-count")).isEqualTo(previous + " alerts");
        assertThat(table.getItems()).extracting(Alert::shownSubject).contains("province 广东").doesNotContain("province 浙江", "province 海南");
        // and by severity: none of them is an error
        pick(robot, "#alerts-filter-severity", "Error");
        org.salestrack.ui.FxWait.until(5, () -> table.getItems().isEmpty());
        pick(robot, "#alerts-filter-severity", "Any");
        org.salestrack.ui.FxWait.until(5, () -> table.getItems().size() == previous);

        robot.clickOn(row(robot, "province 广东"));
        org.salestrack.ui.FxWait.until(5, () -> label(robot, "#alerts-why").startsWith("Province 广东"));
        assertThat(label(robot, "#alerts-why")).isEqualTo("Province 广东: 120 units in 2025-11 against 100 in 2025-10 (+20.0%)");
        assertThat(label(robot, "#alerts-figures")).isEqualTo("Period 2025-11 · value 120 · reference 100 · change +20.0% · New");
        long id = table.getSelectionModel().getSelectedItem().id();

        // assign to a person by name
        robot.clickOn("#alerts-owner").write("王芳");
        assertThat(robot.lookup("#alerts-owner").queryTextInputControl().getText()).isEqualTo("王芳");
        robot.clickOn("#alerts-assign");
        org.salestrack.ui.FxWait.until(10, () -> "王芳".equals(service().find(id).orElseThrow().owner()));
        ListView<AlertEvent> history = robot.lookup("#alerts-history").queryListView();
        org.salestrack.ui.FxWait.until(10, () -> history.getItems().size() == 2);
        // the owner filter now offers 王芳
        pick(robot, "#alerts-filter-owner", "王芳");
        org.salestrack.ui.FxWait.until(5, () -> table.getItems().size() == 1);

        // acknowledge, comment, resolve
        robot.clickOn(row(robot, "province 广东"));
        robot.clickOn("#alerts-ack");
        org.salestrack.ui.FxWait.until(10, () -> service().find(id).orElseThrow().state() == AlertStatus.ACKNOWLEDGED);
        robot.clickOn("#alerts-comment").write("Store promotion in Shenzhen, checked with the store");
        robot.clickOn("#alerts-add-comment");
        org.salestrack.ui.FxWait.until(10, () -> history.getItems().size() == 4);
        robot.clickOn("#alerts-resolve");
        org.salestrack.ui.FxWait.until(10, () -> service().find(id).orElseThrow().state() == AlertStatus.RESOLVED);
        assertThat(service().history(id)).extracting(e -> e.action() + ":" + e.detail())
                .containsExactly("raised:null", "assigned:王芳", "status:acknowledged", "comment:Store promotion in Shenzhen, checked with the store",
                        "status:resolved");
        // resolved: out of the open inbox, and the badge counts one fewer
        org.salestrack.ui.FxWait.until(10, () -> table.getItems().isEmpty());
        org.salestrack.ui.FxWait.until(10, () -> ((open - 1) + " open alerts").equals(label(robot, "#alerts-badge")));
        pick(robot, "#alerts-filter-status", "All");
        org.salestrack.ui.FxWait.until(5, () -> table.getItems().size() == 1);
        robot.clickOn(row(robot, "province 广东"));
        org.salestrack.ui.FxWait.until(10, () -> history.getItems().size() == 5);
        assertThat(history.getItems().get(4).detail()).isEqualTo("resolved");
        try (var c = ws.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log WHERE subject = 'alert:" + id + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(4);
        }

        // the view that shows it: the explorer on November 2025 and 广东
        robot.clickOn("#alerts-open-view");
        org.salestrack.ui.FxWait.until(5, () -> robot.lookup("#nav-explore").queryAs(ToggleButton.class).isSelected());
        assertThat(bench.state().slice().keys(Dimension.PROVINCE)).isEqualTo(Set.of("44"));
        assertThat(bench.state().slice().from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(bench.state().slice().to()).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void aNewAlertWhileTheWorkbenchIsOpenBringsANotificationAndCountsOnTheBadge(FxRobot robot) throws Exception {
        long open = openCount();
        AlertBadge badge = bench.window().alertBadge();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> badge.openProperty().get() == open);
        assertThat(badge.notifiedProperty().get()).isZero();

        new Alerts(ws).raise("forecast", "warning", "forecast:province:北京:2025-11", "province 北京 2025-11: sold 40 against a forecast of 100");
        robot.interact(badge::refresh);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> badge.notifiedProperty().get() == 1);
        assertThat(badge.lastNoticeProperty().get()).isEqualTo("province 北京 2025-11: sold 40 against a forecast of 100");
        org.salestrack.ui.FxWait.until(10, () -> ((open + 1) + " open alerts").equals(label(robot, "#alerts-badge")));
        // counted once: a recount without news shows nothing new
        robot.interact(badge::refresh);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge.notifiedProperty().get()).isEqualTo(1);
    }

    @Test
    void theExplorerMarksRedTheCellsAnOpenAlertCovers(FxRobot robot) throws Exception {
        robot.clickOn("#nav-explore");
        javafx.css.PseudoClass alert = javafx.css.PseudoClass.getPseudoClass("alert");
        // rows by region, a column a month: 华南 went from 150 to 200 units in 2025-11 (+33%), 华东 by 15% only
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !robot.lookup(".tree-table-cell")
                .match((Node n) -> n.getPseudoClassStates().contains(alert)).queryAll().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> marked = robot.lookup(".tree-table-cell").match((Node n) -> n.getPseudoClassStates().contains(alert)).queryAll().stream()
                .map(n -> (javafx.scene.control.TreeTableCell<?, ?>) n)
                .map(c -> ((org.salestrack.analytics.explore.ExplorerRow) c.getTableRow().getItem()).label() + "@" + c.getTableColumn().getProperties().get("period"))
                .distinct().toList();
        assertThat(marked).containsExactly("华南@2025-11");
        // resolving the two alerts on it (vs October, vs a year before) in the alert centre's service takes the mark away
        AlertService s = services.alerts();
        List<Alert> south = s.list("open").stream().filter(a -> a.shownSubject().equals("region 华南")).toList();
        assertThat(south).extracting(Alert::kind).containsExactlyInAnyOrder("change-previous", "change-year");
        s.setStatus(south.get(0).id(), AlertStatus.RESOLVED);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tree-table-cell").match((Node n) -> n.getPseudoClassStates().contains(alert))
                .queryAll().isEmpty()).get()).isFalse();
        s.setStatus(south.get(1).id(), AlertStatus.RESOLVED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tree-table-cell")
                .match((Node n) -> n.getPseudoClassStates().contains(alert)).queryAll().isEmpty()).get());
    }

    /** Issue 18 #5: the dashboard's province tiles an open alert covers are marked red, say why, and lose the mark once resolved. */
    @Test
    void theDashboardMarksRedTheProvinceTilesAnOpenAlertCovers(FxRobot robot) throws Exception {
        robot.clickOn("#nav-dashboard");
        robot.interact(() -> bench.state().applyPreset(org.salestrack.analytics.explore.DatePreset.ALL));
        Node guangdong = robot.lookup("#tile-44").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> guangdong.getStyleClass().contains("alert")).get());
        List<String> marked = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tile").match((Node n) -> n.getStyleClass().contains("alert")).queryAll()
                .stream().map(Node::getId).sorted().toList()).get();
        List<String> expected = services.alerts().list("open").stream().map(Alert::subject).filter(sub -> sub.startsWith("province:"))
                .map(sub -> "tile-" + sub.substring("province:".length())).distinct().sorted().toList();
        assertThat(marked).isEqualTo(expected).contains("tile-44");
        assertThat(label(robot, "#map-alert-note")).startsWith("Red dashed ring: an open alert on the province in this period (" + expected.size() + " provinces");
        // the tooltip says what the alert says
        robot.moveTo(guangdong);
        javafx.scene.control.Tooltip tip = WaitForAsyncUtils.asyncFx(() -> (javafx.scene.control.Tooltip) guangdong.getProperties().get("javafx.scene.control.Tooltip")).get();
        long onGuangdong = services.alerts().list("open").stream().filter(a -> a.subject().equals("province:44")).count();
        assertThat(tip.getText()).contains(onGuangdong == 1 ? "Open alert: " : onGuangdong + " open alerts, the latest: ");
        // a range without the alerts' month leaves the tiles unmarked
        robot.interact(() -> bench.state().setRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !guangdong.getStyleClass().contains("alert")).get());
        robot.interact(() -> bench.state().applyPreset(org.salestrack.analytics.explore.DatePreset.ALL));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> guangdong.getStyleClass().contains("alert")).get());
        // resolved in the alert centre: the mark goes
        AlertService s = services.alerts();
        for (Alert a : s.list("open")) if (a.subject().equals("province:44")) s.setStatus(a.id(), AlertStatus.RESOLVED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !guangdong.getStyleClass().contains("alert")).get());
    }

    /** The cell of {@code rule}'s row in column {@code col} of the settings' rules table. */
    private static javafx.scene.control.TableCell<?, ?> ruleCell(FxRobot robot, org.salestrack.model.alert.AlertRule rule, int col) {
        return robot.lookup("#alert-rules .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof org.salestrack.model.alert.AlertRuleSetting r && r.rule() == rule
                && c.getTableView().getColumns().indexOf(c.getTableColumn()) == col).queryAs(javafx.scene.control.TableCell.class);
    }

    /** Issue 18 #4 and #6 on the screen: the rules' parameters edited in their cells, a robot added and removed, each saved and audited. */
    @Test
    void theRulesAndRobotsAreEditedOnTheScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-alerts");
        robot.clickOn("#alerts-settings");
        org.salestrack.ui.FxWait.until(10, () -> robot.lookup("#alert-rules").tryQuery().isPresent());
        TableView<?> rules = robot.lookup("#alert-rules").queryAs(TableView.class);
        org.salestrack.ui.FxWait.until(10, () -> rules.getItems().size() == org.salestrack.model.alert.AlertRule.values().length);
        var change = org.salestrack.model.alert.AlertRule.CHANGE_PREVIOUS;
        assertThat(ruleCell(robot, change, 2).getText()).isEqualTo("15.0%");

        // the threshold typed into its cell: 20% from now on
        robot.doubleClickOn(ruleCell(robot, change, 2));
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("20").press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        org.salestrack.ui.FxWait.until(10, () -> Math.abs(services.alerts().rules().get(change).threshold() - 0.20) < 1e-9);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> "20.0%".equals(ruleCell(robot, change, 2).getText())).get());
        assertThat(label(robot, "#alert-settings-status")).isEqualTo("Saved: Change vs previous month.");
        // the forecast rule switched off with its check box
        var forecast = org.salestrack.model.alert.AlertRule.FORECAST;
        robot.clickOn(robot.from(ruleCell(robot, forecast, 1)).lookup(".check-box").queryAs(Node.class));
        org.salestrack.ui.FxWait.until(10, () -> !services.alerts().rules().get(forecast).enabled());
        try (var c = ws.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log WHERE subject LIKE 'alert-rule:%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
        }

        // a DingTalk robot for the change rule, then removed
        robot.clickOn("#webhook-name").write("change-previous");
        robot.clickOn("#webhook-format");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "DingTalk (钉钉)".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#webhook-url").write("http://127.0.0.1:9/robot/send?access_token=t");
        robot.clickOn("#webhook-add");
        org.salestrack.ui.FxWait.until(10, () -> services.alerts().webhooks().size() == 1);
        assertThat(services.alerts().webhooks().get(0)).satisfies(w -> {
            assertThat(w.scope()).isEqualTo("rule");
            assertThat(w.name()).isEqualTo("change-previous");
            assertThat(w.format()).isEqualTo(org.salestrack.model.alert.WebhookFormat.DINGTALK);
            assertThat(w.url()).isEqualTo("http://127.0.0.1:9/robot/send?access_token=t");
        });
        TableView<?> hooks = robot.lookup("#alert-webhooks").queryAs(TableView.class);
        org.salestrack.ui.FxWait.until(10, () -> hooks.getItems().size() == 1);
        robot.clickOn(robot.lookup("#alert-webhooks .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Rule Change vs previous month".equals(c.getText())).queryAs(Node.class));
        robot.clickOn("#webhook-remove");
        org.salestrack.ui.FxWait.until(10, () -> services.alerts().webhooks().isEmpty() && hooks.getItems().isEmpty());
    }

    /** A data-quality alert's change is the share of its batch's lines in error, not a signed sales change. */
    @Test
    void aDataQualityAlertSaysItsShareOfLinesInError(FxRobot robot) throws Exception {
        new Alerts(ws).raise(new org.salestrack.model.alert.AlertFinding(org.salestrack.model.alert.AlertRule.DATA_QUALITY, "error", "batch:9",
                "pos-1204.csv", "2025-12-04", 90.0, 6760.0, 90.0 / 6760, null, null), "90 errors in 6,760 lines", null);
        robot.clickOn("#nav-alerts");
        robot.interact(() -> { });
        TableView<Alert> table = robot.lookup("#alerts-table").queryTableView();
        org.salestrack.ui.FxWait.until(10, () -> table.getItems().stream().anyMatch(a -> "batch:9".equals(a.subject())));
        Node cell = robot.lookup("#alerts-table .table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableRow() != null && c.getTableRow().getItem() instanceof Alert a && "batch:9".equals(a.subject())
                && c.getTableColumn().getText().equals("Change")).queryAs(Node.class);
        assertThat(((javafx.scene.control.Labeled) cell).getText()).isEqualTo("1.3% of lines in error");
    }
}
