package org.salestrack.ui.watch;

import org.salestrack.ui.start.OpenedWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Money;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.pipeline.watch.WatchFixture;
import org.salestrack.store.watch.WatchFolders;
import org.salestrack.ui.Format;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: the Watched folders screen as a user drives it, and files dropped into a watched folder while
 * the workbench is open: the dashboard's figures follow each good file, a bad file goes to failed/ and
 * changes nothing, and a file still being written is imported only once it is complete.
 */
@ExtendWith(ApplicationExtension.class)
class WatchScreenFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    TestWorkspace ws;
    ScreenServices services;
    Workbench workbench;
    final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        ws = TestWorkspace.create(dir, true);
        services = org.salestrack.app.WorkspaceServices.screens(ws.workspace, "test", ValidationService.of(ws.workspace));
        workbench = new Workbench(new OpenedWorkspace("test", ws.explore, ws.pipeline, ws.explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs);
        workbench.show(stage);
        workbench.state().applyPreset(DatePreset.ALL);
        stage.setOnHidden(e -> workbench.close());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        org.salestrack.ui.FxWait.until(Integer.getInteger("wait", 60), condition);
    }

    private static String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    private String units() { return Format.units(WatchFixture.totals(ws.workspace).qty(), Locale.ENGLISH); }

    private String revenue() { return Format.money(Money.toE4(WatchFixture.totals(ws.workspace).amount()), Locale.ENGLISH); }

    private boolean dashboardShows(FxRobot robot, String units, String revenue) {
        return text(robot, "#kpi-units-value").equals(units) && text(robot, "#kpi-revenue-value").equals(revenue);
    }

    @Test
    void aFolderIsAddedPausedResumedAndRemovedOnTheScreen(FxRobot robot) throws Exception {
        Path drop = Files.createDirectories(dir.resolve("exports"));
        Path other = Files.createDirectories(dir.resolve("dealer drop"));
        robot.clickOn("#nav-watch");
        TableView<FolderRow> folders = robot.lookup("#watch-folders").query();
        ComboBox<String> profile = robot.lookup("#watch-profile").query();
        waitUntil(() -> profile.getItems().contains("ui-test-sales"));
        // a typed path, a chosen profile, 5 s, scans only
        robot.clickOn("#watch-path").write(drop.toString());
        pick(robot, "#watch-profile", "ui-test-sales");
        Spinner<Integer> interval = robot.lookup("#watch-interval").query();
        robot.doubleClickOn(interval.getEditor()).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("5").press(KeyCode.ENTER).release(KeyCode.ENTER);
        pick(robot, "#watch-mode", "Scans only (network drive)");
        robot.clickOn("#watch-save");
        waitUntil(() -> folders.getItems().size() == 1);
        WatchedFolder saved = folders.getItems().get(0).folder();
        assertThat(saved).isEqualTo(new WatchedFolder(saved.id(), drop.toString(), "ui-test-sales", 5, WatchMode.POLL, true));
        assertThat(new WatchFolders(ws.workspace).list()).containsExactly(saved);
        assertThat(text(robot, "#watch-status")).isEqualTo("Watching " + drop + ": new files are imported once they are complete.");
        assertThat(robot.lookup("#watch-path").queryAs(TextField.class).getText()).isEmpty();
        // the background watcher reports how it watches the folder
        waitUntil(() -> { robot.interact(() -> { }); return services.watch().states().containsKey(saved.id()); });

        // a folder picked with Browse, profile left on auto
        dialogs.folderToChoose = other;
        robot.clickOn("#watch-browse");
        assertThat(robot.lookup("#watch-path").queryAs(TextField.class).getText()).isEqualTo(other.toString());
        pick(robot, "#watch-profile", "Auto (by header)");
        robot.clickOn("#watch-save");
        waitUntil(() -> folders.getItems().size() == 2);
        assertThat(folders.getItems().get(1).folder().profile()).isNull();

        // pause and resume the first, then stop watching it
        robot.clickOn(cell(robot, drop.toString()));
        assertThat(robot.lookup("#watch-path").queryAs(TextField.class).getText()).isEqualTo(drop.toString());
        assertThat(text(robot, "#watch-pause")).isEqualTo("Pause");
        robot.clickOn("#watch-pause");
        waitUntil(() -> !new WatchFolders(ws.workspace).list().get(0).enabled());
        waitUntil(() -> folders.getItems().get(0).state() == org.salestrack.model.watch.WatchState.PAUSED);
        robot.clickOn(cell(robot, drop.toString()));
        assertThat(text(robot, "#watch-pause")).isEqualTo("Resume");
        robot.clickOn("#watch-pause");
        waitUntil(() -> new WatchFolders(ws.workspace).list().get(0).enabled());
        robot.clickOn(cell(robot, drop.toString()));
        robot.clickOn("#watch-remove");
        assertThat(dialogs.confirmations).containsExactly("Stop watching " + drop + "? Files already imported stay in the workspace.");
        waitUntil(() -> folders.getItems().size() == 1);
        assertThat(new WatchFolders(ws.workspace).list()).extracting(WatchedFolder::path).containsExactly(other.toString());
        // a folder that does not exist is refused
        robot.clickOn("#watch-path").write(dir.resolve("nowhere").toString());
        robot.clickOn("#watch-save");
        waitUntil(() -> text(robot, "#watch-status").equals("There is no folder " + dir.resolve("nowhere") + "."));
        // and the screen speaks Chinese
        robot.clickOn("#lang-zh");
        waitUntil(() -> text(robot, "#watch-save").equals("监视此文件夹"));
        assertThat(folders.getColumns().get(3).getText()).isEqualTo("方式");
        // the choices shown in the form follow the language too
        assertThat(robot.lookup("#watch-mode .list-cell").queryAs(Labeled.class).getText()).isEqualTo("事件加定时扫描");
        assertThat(robot.lookup("#watch-profile .list-cell").queryAs(Labeled.class).getText()).isEqualTo("自动（按表头识别）");
    }

    /** Issue 18 #2 on the screen: an API source added with the form is polled by the running watcher, then paused and removed. */
    @Test
    void anApiSourceAddedOnTheScreenIsPolledPausedAndRemoved(FxRobot robot) throws Exception {
        org.salestrack.ingest.api.ApiServer.writeProfile(org.salestrack.ingest.ImportService.profilesDir(ws.workspace));
        Path token = Files.writeString(dir.resolve("mall.token"), "tok-7\n");
        Files.setPosixFilePermissions(token, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        long linesBefore = WatchFixture.totals(ws.workspace).rows();
        try (org.salestrack.ingest.api.ApiServer api = new org.salestrack.ingest.api.ApiServer(q -> org.salestrack.ingest.api.ApiServer.Answer.ok(
                "{\"data\":" + (q.get("page").equals("1") ? org.salestrack.ingest.api.ApiServer.orders(0, 3) : "[]") + "}"))) {
            robot.clickOn("#nav-watch");
            TableView<org.salestrack.model.watch.ApiSource> sources = robot.lookup("#api-sources").query();
            ComboBox<String> profile = robot.lookup("#api-profile").query();
            waitUntil(() -> profile.getItems().contains("api-orders"));
            assertThat(profile.getItems()).doesNotContain(WatchViewModel.AUTO);
            robot.clickOn("#api-name").write("mall");
            robot.clickOn("#api-url").write(api.url());
            pick(robot, "#api-profile", "api-orders");
            // a token file that is not there is named as such, not as an unexpected failure
            Path missing = dir.resolve("gone.token");
            robot.clickOn("#api-token").write(missing.toString());
            robot.clickOn("#api-save");
            waitUntil(() -> text(robot, "#api-status").equals("There is no token file " + missing + "."));
            robot.interact(() -> robot.lookup("#api-token").queryAs(TextField.class).clear());
            dialogs.filesToChoose = java.util.List.of(token);
            robot.clickOn("#api-token-browse");
            assertThat(robot.lookup("#api-token").queryAs(TextField.class).getText()).isEqualTo(token.toString());
            pick(robot, "#api-paging", "Page numbers");
            robot.clickOn("#api-save");
            waitUntil(() -> sources.getItems().size() == 1);
            assertThat(text(robot, "#api-status")).isEqualTo("Polling mall: the first poll runs now, then on its schedule.");

            // the running watcher polls it at once: three orders stored, the journal says so, the watermark shows
            TableView<WatchEvent> journal = robot.lookup("#watch-journal").query();
            waitUntil(() -> journal.getItems().stream().anyMatch(e -> e.source().equals("api:mall") && e.outcome() == WatchOutcome.STORED));
            assertThat(WatchFixture.totals(ws.workspace).rows()).isEqualTo(linesBefore + 3);
            assertThat(api.requests).extracting(r -> r.authorization()).containsOnly("Bearer tok-7");
            waitUntil(() -> "2025-04-01T10:02:00+08:00".equals(sources.getItems().get(0).watermark()));
            assertThat(robot.lookup("#api-sources .table-cell").match((javafx.scene.Node n) -> n instanceof Labeled l
                    && "2025-04-01T10:02:00+08:00".equals(l.getText())).tryQuery()).isPresent();

            // pause it, then stop polling it
            robot.clickOn(robot.lookup("#api-sources .table-cell").match((javafx.scene.Node n) -> n instanceof Labeled l && "mall".equals(l.getText()))
                    .queryAs(javafx.scene.Node.class));
            assertThat(robot.lookup("#api-url").queryAs(TextField.class).getText()).isEqualTo(api.url());
            robot.clickOn("#api-pause");
            waitUntil(() -> !new org.salestrack.store.watch.ApiSources(ws.workspace).find("mall").orElseThrow().enabled());
            waitUntil(() -> !sources.getItems().get(0).enabled());
            robot.clickOn(robot.lookup("#api-sources .table-cell").match((javafx.scene.Node n) -> n instanceof Labeled l && "mall".equals(l.getText()))
                    .queryAs(javafx.scene.Node.class));
            robot.clickOn("#api-remove");
            assertThat(dialogs.confirmations).contains("Stop polling mall? What it brought stays in the workspace.");
            waitUntil(() -> sources.getItems().isEmpty());
            assertThat(new org.salestrack.store.watch.ApiSources(ws.workspace).list()).isEmpty();
            assertThat(WatchFixture.totals(ws.workspace).rows()).isEqualTo(linesBefore + 3);

            robot.clickOn("#lang-zh");
            waitUntil(() -> text(robot, "#api-save").equals("拉取此接口"));
            assertThat(robot.lookup("#api-paging .list-cell").queryAs(Labeled.class).getText()).isEqualTo("页码");
        }
    }

    /** The issue's test: files dropped into a watched folder while the workbench is open. */
    @Test
    void filesDroppedWhileTheWorkbenchIsOpenReachTheDashboard(FxRobot robot) throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop"));
        new WatchFolders(ws.workspace).save(drop.toString(), null, 1, WatchMode.AUTO, true);
        services.watch().stop(java.time.Duration.ZERO);
        services.watch().start(ws.pipeline); // picks the new folder up at once rather than at the next settings check
        waitUntil(() -> !text(robot, "#kpi-units-value").equals("–"));
        String unitsBefore = units();
        String revenueBefore = revenue();
        waitUntil(() -> dashboardShows(robot, unitsBefore, revenueBefore));

        // 1. a good file: the dashboard's figures become the workspace's new totals
        WatchFixture.Export first = WatchFixture.export("W1-", "2024-06-15", 120, 21);
        drop(drop, "tmall-0615.csv", first.text());
        waitUntil(() -> Files.exists(drop.resolve("processed/tmall-0615.csv")));
        SummaryRow afterFirst = WatchFixture.totals(ws.workspace);
        assertThat(afterFirst.qty()).isEqualTo(Long.parseLong(unitsBefore.replace(",", "")) + first.qty());
        String units1 = units();
        String revenue1 = revenue();
        waitUntil(() -> dashboardShows(robot, units1, revenue1));

        // 2. a bad file: failed/ with its reason, nothing stored, the figures stay
        drop(drop, "broken.csv", "this,is,not\nan,export,at all\n");
        waitUntil(() -> Files.exists(drop.resolve("failed/broken.csv.reason.txt")));
        assertThat(Files.readString(drop.resolve("failed/broken.csv.reason.txt"))).startsWith("failed: ");
        assertThat(ws.imports.batches()).hasSize(2);
        assertThat(units()).isEqualTo(units1);
        assertThat(revenue()).isEqualTo(revenue1);

        // 3. a file still being written: nothing while the writer appends, all of it once it is complete
        WatchFixture.Export slow = WatchFixture.export("W3-", "2024-07-01", 200, 23);
        String[] lines = slow.text().split("\n");
        Path growing = drop.resolve("dealer-slow.csv");
        Files.writeString(growing, lines[0] + "\n", StandardCharsets.UTF_8);
        for (int i = 1; i < lines.length; i += 20) {
            StringBuilder more = new StringBuilder();
            for (int j = i; j < Math.min(lines.length, i + 20); j++) more.append(lines[j]).append('\n');
            Thread.sleep(300);
            Files.writeString(growing, more, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            assertThat(ws.imports.batches()).as("imported while still being written").hasSize(2);
        }
        waitUntil(() -> Files.exists(drop.resolve("processed/dealer-slow.csv")));
        assertThat(ws.imports.batches()).hasSize(3);
        assertThat(ws.imports.batches().get(2).stored()).isEqualTo(200);
        SummaryRow afterSlow = WatchFixture.totals(ws.workspace);
        assertThat(afterSlow.qty()).isEqualTo(afterFirst.qty() + slow.qty());
        assertThat(afterSlow.amount()).isEqualByComparingTo(afterFirst.amount().add(slow.amount()));
        String units3 = units();
        String revenue3 = revenue();
        waitUntil(() -> dashboardShows(robot, units3, revenue3));

        // the journal on the Watched folders screen tells the three stories
        robot.clickOn("#nav-watch");
        TableView<WatchEvent> journal = robot.lookup("#watch-journal").query();
        waitUntil(() -> journal.getItems().size() == 3);
        assertThat(journal.getItems()).extracting(WatchEvent::file).containsExactly("dealer-slow.csv", "broken.csv", "tmall-0615.csv");
        assertThat(journal.getItems()).extracting(WatchEvent::outcome)
                .containsExactly(WatchOutcome.STORED, WatchOutcome.FAILED, WatchOutcome.STORED);
        // a file dropped while the screen is open joins its journal by itself
        drop(drop, "tmall-0615-again.csv", first.text());
        waitUntil(() -> journal.getItems().size() == 4);
        assertThat(journal.getItems().get(0).outcome()).isEqualTo(WatchOutcome.DUPLICATE);
        assertThat(robot.lookup(".table-row-cell").queryAll().stream().map(n -> n.lookupAll(".table-cell"))
                .flatMap(java.util.Set::stream).map(c -> ((Labeled) c).getText()))
                .contains("Already imported", "the same content is stored already as batch 2: nothing added");
        assertThat(ws.imports.batches()).hasSize(3);

        // 4. with the rules on: the check after the import holds a line that cannot be true (a paid line of -1 unit), so
        // it is stored but the dashboard counts only the file's ten good lines
        WatchFixture.Export good = WatchFixture.export("W4-", "2024-07-02", 10, 24);
        drop(drop, "tmall-0702.csv", good.text() + "W4-HELD,2024-07-02 12:00:00,天猫,online,,广东,深圳,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,-1,-2999.00\n");
        waitUntil(() -> Files.exists(drop.resolve("processed/tmall-0702.csv")));
        assertThat(ws.imports.batches()).hasSize(4);
        long held = ws.imports.batches().stream().mapToLong(b -> b.id()).max().orElseThrow();
        assertThat(ValidationService.of(ws.workspace).issues(IssueFilter.all().withRule("impossible").withBatch(held)))
                .singleElement().satisfies(i -> assertThat(i.hold()).isTrue());
        SummaryRow afterHeld = WatchFixture.totals(ws.workspace);
        assertThat(afterHeld.qty()).isEqualTo(afterSlow.qty() + good.qty());
        assertThat(afterHeld.amount()).isEqualByComparingTo(afterSlow.amount().add(good.amount()));
        robot.clickOn("#nav-dashboard");
        String units4 = units();
        String revenue4 = revenue();
        waitUntil(() -> dashboardShows(robot, units4, revenue4));
    }

    /**
     * Opens a combo box and picks the entry showing {@code label}: clicked when the open list shows it, else reached
     * with the arrow keys (a long list shows only its first entries) and taken with Enter.
     */
    private static void pick(FxRobot robot, String combo, String label) throws TimeoutException {
        ComboBox<?> box = robot.lookup(combo).queryAs(ComboBox.class);
        robot.clickOn(box);
        waitUntil(box::isShowing);
        java.util.function.Predicate<javafx.scene.Node> entry = n -> n instanceof javafx.scene.control.ListCell<?> c && c.isVisible()
                && label.equals(c.getText());
        var shown = robot.lookup(".list-cell").match(entry).tryQuery();
        if (shown.isPresent()) {
            robot.clickOn(shown.get());
        } else {
            robot.press(KeyCode.HOME).release(KeyCode.HOME);
            for (int i = 0; i < box.getItems().size() && !label.equals(box.getConverter().toString(cast(box.getValue()))); i++) {
                robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getConverter().toString(cast(box.getValue()))).isEqualTo(label);
    }

    /** The folders table's cell showing {@code text}. */
    private static javafx.scene.Node cell(FxRobot robot, String text) {
        return robot.lookup("#watch-folders .table-cell").match((javafx.scene.Node n) -> n instanceof Labeled l && text.equals(l.getText()))
                .queryAs(javafx.scene.Node.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) { return (T) o; }

    private static void drop(Path folder, String name, String text) throws Exception {
        Path tmp = folder.getParent().resolve(name + ".writing");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
