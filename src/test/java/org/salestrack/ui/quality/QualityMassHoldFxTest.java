package org.salestrack.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.ScreenServices;
import org.salestrack.ui.ScriptedDialogs;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;
import org.salestrack.validate.ValidationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Run validation" on a workspace where one rule flags every line, more findings than a run passes to the store at
 * a time (50,000): the question comes while the rule is still running, with its count so far, and No keeps every line
 * counting. 60,000 lines of ¥100 whose IMEIs are too short.
 */
@ExtendWith(ApplicationExtension.class)
class QualityMassHoldFxTest {
    static {
        System.setProperty("headless.geometry", "1600x1200-32");
    }

    private static final int LINES = 60_000;

    @TempDir
    Path dir;
    Workspace ws;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(dir.resolve("w.db"));
        ImportService imports = new ImportService(ws, ProfileLibrary.load(dir.resolve("profiles")), ImportPolicy.DEFAULT);
        Path profile = dir.resolve("qa-profile.json");
        try (InputStream in = getClass().getResourceAsStream("/validate/qa-profile.json")) {
            Files.copy(in, profile, StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder b = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,imei\n");
        for (int i = 0; i < LINES; i++) {
            b.append(String.format(Locale.ROOT, "R%d,1,2025-03-%02d 10:00:00,S%02d,P10,1,100.00,广东省,1234%d%n", i, 1 + i % 28, i % 40, i));
        }
        imports.importFile(Files.writeString(dir.resolve("a.csv"), b), ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
        ExploreService explore = new ExploreService(ws);
        explore.refresh(Cancellation.none());
        ValidationService service = ValidationService.of(ws);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(ws, "test", service);
        org.salestrack.pipeline.ImportPipeline pipeline = new org.salestrack.pipeline.ImportPipeline(imports, service, explore,
                new org.salestrack.forecast.ForecastTrackingService(ws, org.salestrack.forecast.tracking.AlertPolicy.DEFAULT), 1);
        new Workbench(new OpenedWorkspace("test", explore, pipeline, explore.span().orElseThrow(), services), Locale.ENGLISH, dialogs).show(stage);
    }

    /** The numbers of the first row {@code sql} gives. */
    private long[] numbers(String sql) throws Exception {
        try (var c = ws.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            long[] out = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) out[i] = rs.getLong(i + 1);
            return out;
        }
    }

    @Test
    void theQuestionComesWhileTheRuleRunsAndNoKeepsEveryLineCounting(FxRobot robot) throws Exception {
        dialogs.confirmAnswer = false;
        robot.clickOn("#nav-quality");
        robot.clickOn("#quality-run");
        java.util.function.Supplier<java.util.Optional<String>> finished = () -> robot.lookup(".label").queryAll().stream()
                .filter(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("Validation finished"))
                .map(n -> ((Label) n).getText()).findFirst();
        org.salestrack.ui.FxWait.until(120, () -> finished.get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the count grouped, the rules by their names (store-spike's 120 findings, on store-days, hold more than 5% of the lines too)
        assertThat(finished.get().orElseThrow()).isEqualTo("Validation finished: 60,120 new open issues. Not held, as they fire on too many "
                + "lines: Invalid IMEI, Store sales spike.");

        List<String> imei = dialogs.confirmations.stream().filter(q -> q.contains("\"Invalid IMEI\"")).toList();
        assertThat(imei).singleElement().asString().startsWith("The rule \"Invalid IMEI\" has already flagged 50,000 of 60,000 lines "
                + "(83.3%) to hold, more than 5%, and is still running.");
        assertThat(numbers("SELECT COUNT(*) FROM sale WHERE hold <> 0")).as("lines held").containsExactly(0);
        assertThat(new SummaryQuery(ws).run(List.of(), null, null).get(0).amount().toPlainString()).isEqualTo("6000000.00");
        assertThat(numbers("SELECT COUNT(*), SUM(hold) FROM validation_issue WHERE rule = 'imei-invalid' AND status = 'open'"))
                .as("every line listed, none holding").containsExactly(LINES, 0);
        assertThat(dialogs.errors).isEmpty();

        // every finding of the rule rejected in one action: the message groups its count as the run's did
        dialogs.confirmAnswer = true;
        robot.clickOn("#quality-rule");
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> imeiCell = () -> robot.lookup(".list-cell")
                .match((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c && "Invalid IMEI".equals(c.getText())).tryQuery();
        org.salestrack.ui.FxWait.until(10, () -> imeiCell.get().isPresent());
        robot.clickOn(imeiCell.get().orElseThrow());
        org.salestrack.ui.FxWait.until(30, () -> robot.lookup("#quality-open-count").queryLabeled().getText().equals("60,000 open issues"));
        robot.clickOn("#quality-reject-all");
        org.salestrack.ui.FxWait.until(120, () -> "Rejected 60,000 issues; their lines stay out of every total."
                .equals(robot.lookup("#quality-message").queryLabeled().getText()));
        assertThat(numbers("SELECT COUNT(*) FROM sale WHERE hold = 3")).as("lines rejected").containsExactly(LINES);
        // the summary that read 6,000,000.00 before has no counted line left to total
        assertThat(new SummaryQuery(ws).run(List.of(), null, null)).as("nothing counts").isEmpty();
    }
}
