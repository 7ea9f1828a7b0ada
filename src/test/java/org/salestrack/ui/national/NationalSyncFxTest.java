package org.salestrack.ui.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.national.NationalSyncService;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.national.SyncConflict;
import org.salestrack.store.postgres.Extractor;
import org.salestrack.store.postgres.NationalServers;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.NationalSyncTest;
import org.salestrack.store.postgres.SalesFiles;
import org.salestrack.store.postgres.ServerAddress;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.I18n;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.UiTaskExecutor;
import org.salestrack.ui.start.PasswordVault;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The National store screen of a workspace file, through the robot: an analyst's extracted workspace syncs (the
 * password asked for first), the line she and a colleague reviewed both ways is listed, not overwritten; a workspace
 * that was not extracted cannot sync but publishes, typed address and role, to the store.
 */
@ExtendWith(ApplicationExtension.class)
class NationalSyncFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Stage stage;
    final UiTaskExecutor tasks = new UiTaskExecutor("test-national", 1, false);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("…"), 1280, 720));
        stage.show();
    }

    private static boolean movingAChunk(ServerAddress at) {
        try {
            return count(at, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
                    + "AND query LIKE 'SELECT national_publish_lines%'") > 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    private static long count(ServerAddress at, String sql) throws Exception {
        try (Connection c = NationalStore.open(at).connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anExtractedWorkspaceSyncsFromItsScreenAndAWorkspaceOfItsOwnPublishes(FxRobot robot) throws Exception {
        ServerAddress owner = NationalServers.newDatabase();
        NationalStore.open(owner);
        ServerAddress liAt = NationalServers.person(owner, "li_south_fx", "华南");
        ServerAddress chenAt = NationalServers.person(owner, "chen_south_fx", "华南");
        NationalServers.person(owner, "wang_south_fx", "华南");
        TestWorkspace li = TestWorkspace.create(dir.resolve("li"), false);
        li.imports.importFile(SalesFiles.write(dir.resolve("s.csv"), "Y", 0, 100, SalesFiles.SOUTH, 41), null, ProgressListener.NONE,
                Cancellation.none());
        new Publisher(li.workspace, NationalStore.open(liAt)).publish();
        TestWorkspace chen = TestWorkspace.create(dir.resolve("chen"), false);
        new Extractor(NationalStore.open(chenAt), chen.workspace).extract(List.of(), null, null);
        // 李 rejects row 10 and publishes; 陈, offline, holds it for review
        NationalSyncTest.review(li.workspace, "s.csv", 10, IssueStatus.REJECTED);
        new Publisher(li.workspace, NationalStore.open(liAt)).publish();
        NationalSyncTest.review(chen.workspace, "s.csv", 10, IssueStatus.OPEN);
        NationalServers.requirePasswords();

        AtomicInteger changed = new AtomicInteger();
        NationalViewModel vm = new NationalViewModel(new NationalSyncService(chen.workspace), PasswordVault.NONE, tasks, changed::incrementAndGet);
        robot.interact(() -> stage.setScene(new Scene((javafx.scene.Parent) new NationalView(vm, new I18n(I18n.ENGLISH)).node(), 1280, 720)));
        String url = "postgresql://localhost:" + owner.port() + "/" + owner.database();
        FxWait.until(20, () -> !vm.busyProperty().get() && vm.linkedProperty().get());
        assertThat(robot.lookup("#national-url").queryAs(TextField.class).getText()).isEqualTo(url);
        assertThat(robot.lookup("#national-user").queryAs(TextField.class).getText()).isEqualTo("chen_south_fx");
        assertThat(text(robot, "#national-link")).isEqualTo("Extracted from " + url + " as chen_south_fx: Sync brings this workspace and the store level.");

        robot.clickOn("#national-sync");
        FxWait.until(30, () -> text(robot, "#national-outcome").equals("Type your password: the keyring holds none for this address and role."));
        assertThat(changed.get()).isZero();

        robot.clickOn("#national-password").write("pw");
        robot.clickOn("#national-sync");
        FxWait.until(60, () -> text(robot, "#national-outcome").startsWith("Synced."));
        assertThat(text(robot, "#national-outcome")).isEqualTo("Synced. Down: batches 0 (0 lines), review changes 0, batches others undid 0; "
                + "conflicting reviews: 1. Up: Published. New batches: 0 (0 lines, of which 0 held as duplicates of lines already there); "
                + "already there: 1 (review changes: 0); undone: 0 (lines removed: 0).");
        @SuppressWarnings("unchecked")
        TableView<SyncConflict> conflicts = robot.lookup("#national-conflicts").queryAs(TableView.class);
        assertThat(conflicts.getItems()).extracting(SyncConflict::file, SyncConflict::row, SyncConflict::localHold, SyncConflict::nationalHold,
                SyncConflict::nationalBy).containsExactly(org.assertj.core.groups.Tuple.tuple("s.csv", 10, 2, 3, "li_south_fx"));
        // the row as shown: here held, on the store rejected, by 李
        assertThat(robot.lookup(".table-row-cell").queryAll().stream().filter(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() != null).findFirst().orElseThrow().lookupAll(".table-cell").stream().map(c -> ((Labeled) c).getText()).toList())
                .startsWith("s.csv", "10", "Held for review", "Rejected", "li_south_fx");
        assertThat(changed.get()).isEqualTo(1);
        // neither side was overwritten
        assertThat(count(owner, "SELECT hold FROM sale WHERE src_row = 10")).isEqualTo(3);
        assertThat(robot.lookup("#national-password").queryAs(TextField.class).getText()).isEmpty();

        // a workspace of her own, not extracted: no sync; a publish with the address and role typed
        TestWorkspace wang = TestWorkspace.create(dir.resolve("wang"), false);
        wang.imports.importFile(SalesFiles.write(dir.resolve("w.csv"), "W", 0, 40, SalesFiles.SOUTH, 43), null, ProgressListener.NONE,
                Cancellation.none());
        NationalViewModel own = new NationalViewModel(new NationalSyncService(wang.workspace), PasswordVault.NONE, tasks, changed::incrementAndGet);
        robot.interact(() -> stage.setScene(new Scene((javafx.scene.Parent) new NationalView(own, new I18n(I18n.ENGLISH)).node(), 1280, 720)));
        FxWait.until(20, () -> !own.busyProperty().get());
        assertThat(robot.lookup("#national-sync").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#national-link")).startsWith("This workspace was not extracted from a national store");
        robot.clickOn("#national-url").write(url);
        robot.clickOn("#national-user").write("wang_south_fx");
        robot.clickOn("#national-password").write("pw");
        robot.clickOn("#national-publish");
        FxWait.until(60, () -> text(robot, "#national-outcome").startsWith("Published."));
        assertThat(text(robot, "#national-outcome")).isEqualTo("Published. New batches: 1 (40 lines, of which 0 held as duplicates of lines "
                + "already there); already there: 0 (review changes: 0); undone: 0 (lines removed: 0).");
        assertThat(count(owner, "SELECT COUNT(*) FROM sale s JOIN import_batch b ON b.id = s.batch_id WHERE b.file_name = 'w.csv' "
                + "AND b.published_by = 'wang_south_fx'")).isEqualTo(40);
    }

    @Test
    void cancelInTheStatusBarStopsAPublishAndTheStoreIsAsItWas(FxRobot robot) throws Exception {
        ServerAddress owner = NationalServers.newDatabase();
        NationalStore.open(owner);
        NationalServers.person(owner, "zhao_south_fx", "华南");
        // 150,000 lines: staged beside the publish, a chunk moving when Cancel is clicked
        TestWorkspace zhao = TestWorkspace.create(dir.resolve("zhao"), false);
        zhao.imports.importFile(SalesFiles.write(dir.resolve("z.csv"), "Z", 0, 150_000, SalesFiles.SOUTH, 44), null, ProgressListener.NONE,
                Cancellation.none());
        // tasks the status bar shows, as the workbench's are
        UiTaskExecutor shown = new UiTaskExecutor("test-national-shown", 1, true);
        NationalViewModel vm = new NationalViewModel(new NationalSyncService(zhao.workspace), PasswordVault.NONE, shown, () -> { });
        I18n i18n = new I18n(I18n.ENGLISH);
        robot.interact(() -> {
            javafx.scene.layout.BorderPane shell = new javafx.scene.layout.BorderPane((javafx.scene.Parent) new NationalView(vm, i18n).node());
            shell.setBottom(new org.salestrack.ui.StatusBar(shown, i18n, "zhao.db"));
            stage.setScene(new Scene(shell, 1280, 720));
        });
        FxWait.until(20, () -> !vm.busyProperty().get());
        robot.clickOn("#national-url").write("postgresql://localhost:" + owner.port() + "/" + owner.database());
        robot.clickOn("#national-user").write("zhao_south_fx");
        robot.clickOn("#national-password").write("pw");
        robot.clickOn("#national-publish");
        FxWait.until(60, () -> movingAChunk(owner));
        // the status bar follows it: the batch's file and a bar part way
        FxWait.until(10, () -> robot.lookup("#status-task").queryAs(Labeled.class).getText().equals("Publishing to the national store · z.csv"));
        double part = robot.lookup(".status-bar .progress-bar").queryAs(javafx.scene.control.ProgressBar.class).getProgress();
        assertThat(part).isGreaterThan(0).isLessThan(1);
        robot.clickOn("#status-cancel");
        FxWait.until(30, () -> !vm.busyProperty().get());
        assertThat(text(robot, "#national-outcome")).isEqualTo("Publish cancelled: the national store is as it was.");
        assertThat(count(owner, "SELECT COUNT(*) FROM sale")).isZero();
        assertThat(count(owner, "SELECT COUNT(*) FROM import_batch")).isZero();
        assertThat(count(owner, "SELECT (SELECT COUNT(*) FROM publish_beside) + (SELECT COUNT(*) FROM publish_stage)")).isZero();

        // published again, it all goes up
        robot.clickOn("#national-password").write("pw");
        robot.clickOn("#national-publish");
        FxWait.until(60, () -> text(robot, "#national-outcome").startsWith("Published."));
        assertThat(count(owner, "SELECT COUNT(*) FROM sale")).isEqualTo(150_000);
    }
}
