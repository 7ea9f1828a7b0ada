package org.salestrack.ui.start;

import org.salestrack.ui.ScreenServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.postgres.NationalServers;
import org.salestrack.store.postgres.NationalStore;
import org.salestrack.store.postgres.Publisher;
import org.salestrack.store.postgres.ServerAddress;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.Format;
import org.salestrack.ui.FxWait;
import org.salestrack.ui.I18n;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.TestWorkspace;
import org.salestrack.ui.UiTaskExecutor;
import org.salestrack.ui.Workbench;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The workbench on the national store, as a head-office user opens it: the login page (a wrong password said and
 * asked again, the right one kept in the keyring when she ticks it), then the dashboard, whose units and revenue are
 * those of the SQLite workspace that was published to the store, the explorer and Data quality on the store's data,
 * and the screens that need a workspace file saying so.
 */
@ExtendWith(ApplicationExtension.class)
class NationalStoreFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    @TempDir
    Path dir;
    Stage stage;
    final UiTaskExecutor tasks = new UiTaskExecutor("test-connect", 1, false);

    /** A keyring in memory: what the page keeps and finds. */
    static final class MemoryVault implements PasswordVault {
        final Map<String, String> kept = new HashMap<>();

        @Override public boolean available() { return true; }

        @Override public Optional<String> find(String server, String user) { return Optional.ofNullable(kept.get(user + "@" + server)); }

        @Override public void save(String server, String user, String password) { kept.put(user + "@" + server, password); }

        @Override public void forget(String server, String user) { kept.remove(user + "@" + server); }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("…"), 1280, 720));
        stage.show();
    }

    private static String text(FxRobot robot, String query) { return robot.lookup(query).queryAs(Labeled.class).getText(); }

    private static long count(ServerAddress at, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = NationalStore.open(at).connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void headOfficeLogsInAndTheDashboardShowsTheWorkspacesNumbers(FxRobot robot) throws Exception {
        TestWorkspace local = TestWorkspace.create(dir, true);
        ValidationService.of(local.workspace).run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
        // two open findings (warnings, holding nothing) planted on lines, one already accepted: the header counts two
        try (java.sql.Connection c = local.workspace.connect(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO validation_issue (batch_id, fact, row_id, src_row, rule, severity, why, status, at) SELECT batch_id, "
                    + "'sale', id, src_row, 'planted', 'warning', 'planted ' || src_row, CASE WHEN src_row = 4 THEN 'accepted' ELSE 'open' END, "
                    + "'2026-01-01T00:00' FROM sale WHERE src_row IN (2, 3, 4)");
        }
        local.explore.refresh(Cancellation.none());
        ServerAddress owner = NationalServers.newDatabase();
        new Publisher(local.workspace, NationalStore.open(owner)).publish();
        NationalServers.person(owner, "wang_hq_fx");
        NationalServers.requirePasswords();
        String url = "postgresql://localhost:" + owner.port() + "/" + owner.database();

        MemoryVault vault = new MemoryVault();
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        ConnectViewModel vm = new ConnectViewModel(null, WorkspaceServices::openNational, vault, tasks, ready::set, () -> { });
        robot.interact(() -> stage.setScene(new Scene(new ConnectView(vm, new I18n(I18n.ENGLISH)).root(), 1280, 720)));
        FxWait.until(20, () -> vm.keyringProperty().get());

        robot.clickOn("#connect-url").write(url);
        robot.clickOn("#connect-user").write("wang_hq_fx");
        robot.clickOn("#connect-open");
        FxWait.until(20, () -> !text(robot, "#connect-problem").isEmpty());
        assertThat(text(robot, "#connect-problem")).isEqualTo("Type your password: the keyring holds none for this address and role.");

        assertThat((Object) robot.lookup("#connect-password").query()).isInstanceOf(PasswordField.class);
        robot.clickOn("#connect-password").write("not it");
        robot.clickOn("#connect-open");
        FxWait.until(60, () -> vm.refusals() == 1 && !vm.busyProperty().get());
        assertThat(text(robot, "#connect-problem")).isEqualTo("The server refused the login: check the role and the password and try again.");
        assertThat(robot.lookup("#connect-password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(vault.kept).isEmpty();
        assertThat(ready.get()).isNull();

        robot.clickOn("#connect-remember");
        robot.clickOn("#connect-password").write("pw").type(KeyCode.ENTER);
        FxWait.until(60, () -> ready.get() != null);
        assertThat(vault.kept).containsEntry("wang_hq_fx@" + url, "pw");
        OpenedWorkspace ws = ready.get();
        assertThat(ws.name()).isEqualTo("postgresql://wang_hq_fx@localhost:" + owner.port() + "/" + owner.database());
        assertThat(ws.span()).isEqualTo(local.explore.span().orElseThrow());

        ScriptedDialogs dialogs = new ScriptedDialogs();
        AtomicReference<Workbench> bench = new AtomicReference<>();
        robot.interact(() -> {
            bench.set(new Workbench(ws, Locale.ENGLISH, dialogs));
            bench.get().show(stage);
        });
        Slice span = ws.span();
        robot.interact(() -> bench.get().state().setRange(span.from(), span.to()));
        Measures expected = local.explore.totals(bench.get().state().slice());
        assertThat(expected.qty()).isPositive();
        String units = Format.units(expected.qty(), Locale.ENGLISH);
        String revenue = Format.moneyHeadline(expected.amountE4(), Locale.ENGLISH);
        String exactRevenue = Format.money(expected.amountE4(), Locale.ENGLISH);
        FxWait.until(60, () -> text(robot, "#kpi-units-value").equals(units) && text(robot, "#kpi-revenue-value").equals(revenue));
        Label value = robot.lookup("#kpi-revenue-value").queryAs(Label.class);
        FxWait.until(10, () -> value.getTooltip() != null && value.getTooltip().getText().startsWith(exactRevenue));
        // the share is worked out in a workspace: the tile says so rather than that no panel is loaded
        assertThat(text(robot, "#kpi-share-note")).isEqualTo(new I18n(I18n.ENGLISH).get("market.kpi.store"));

        // the header's open findings are the workspace's, read from the store
        long open = ValidationService.of(local.workspace).count(IssueFilter.all().withStatus(IssueStatus.OPEN));
        assertThat(open).isEqualTo(2);
        FxWait.until(30, () -> text(robot, "#open-issues-link").equals(new I18n(I18n.ENGLISH).get("quality.open.link", open)));

        // the explorer and Data quality open on the store; the import screen says where to work instead
        // no saved views nor workspace backup on the store, nor another login from it
        assertThat(robot.lookup("#views-menu").tryQuery()).isEmpty();
        robot.interact(() -> bench.get().window().offerNationalStore(() -> { }));
        assertThat(robot.lookup("#open-national").tryQuery()).isEmpty();
        robot.clickOn("#nav-explore");
        javafx.scene.control.TreeTableView<?> explorer = robot.lookup("#explorer-table").queryAs(javafx.scene.control.TreeTableView.class);
        FxWait.until(30, () -> explorer.getRoot() != null && !explorer.getRoot().getChildren().isEmpty());
        robot.clickOn("#nav-quality");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.salestrack.model.ValidationIssue> issues = robot.lookup("#quality-issues").queryAs(javafx.scene.control.TableView.class);
        FxWait.until(30, () -> issues.getItems().stream().map(i -> i.why()).toList().containsAll(java.util.List.of("planted 2", "planted 3")));
        // the rules run in workspaces, and the screen says so beside the disabled button; a finding is accepted here
        assertThat(robot.lookup("#quality-run").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#quality-run-store")).startsWith("The rules run in workspaces");
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() instanceof org.salestrack.model.ValidationIssue i && i.why().equals("planted 2")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#quality-comment").write("checked at head office");
        robot.clickOn("#quality-accept");
        FxWait.until(30, () -> text(robot, "#open-issues-link").equals(new I18n(I18n.ENGLISH).get("quality.open.link", 1)));
        assertThat(count(owner, "SELECT COUNT(*) FROM validation_issue WHERE why = 'planted 2' AND status = 'accepted' "
                + "AND who = 'wang_hq_fx' AND comment = 'checked at head office'")).isEqualTo(1);
        assertThat(count(owner, "SELECT COUNT(*) FROM audit_log WHERE action = 'review' AND who = 'wang_hq_fx'")).isEqualTo(1);
        robot.clickOn("#nav-import");
        FxWait.until(20, () -> robot.lookup("#screen-unavailable").tryQuery().isPresent());
        assertThat(text(robot, "#screen-unavailable")).startsWith("This screen works on a workspace file.");
        Thread.sleep(1500);
        assertThat(dialogs.errors).isEmpty();
        robot.interact(() -> bench.get().close());
    }

    @Test
    void aWorkspacesHeaderOffersTheNationalStore(FxRobot robot) throws Exception {
        TestWorkspace local = TestWorkspace.create(dir, true);
        java.util.concurrent.atomic.AtomicBoolean asked = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicReference<Workbench> bench = new AtomicReference<>();
        robot.interact(() -> {
            bench.set(new Workbench(new OpenedWorkspace("ws", local.explore, local.pipeline, local.explore.span().orElseThrow(), ScreenServices.NONE), Locale.ENGLISH, new ScriptedDialogs()));
            bench.get().window().offerNationalStore(() -> asked.set(true));
            bench.get().show(stage);
        });
        assertThat(text(robot, "#open-national")).isEqualTo("Open the national store…");
        robot.clickOn("#open-national");
        FxWait.until(10, asked::get);
        robot.interact(() -> bench.get().close());
    }
}
