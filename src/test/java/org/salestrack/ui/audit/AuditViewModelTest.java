package org.salestrack.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.model.AuditEntry;
import org.salestrack.store.Workspace;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.I18n;
import org.salestrack.ui.RequestScheduler;
import org.salestrack.ui.ScriptedDialogs;

/**
 * Issue 12 #4: the Audit screen's export asks its file through the {@link org.salestrack.ui.DialogService} the view
 * model is given, so the whole export (file choice, CSV written, export recorded) is tested without a window.
 */
class AuditViewModelTest {
    @TempDir
    Path dir;

    private final RequestScheduler requests = new RequestScheduler();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void stop() { requests.close(); }

    private AuditViewModel model(AuditService service) {
        return new AuditViewModel(service, requests, TaskExecutor.SAME_THREAD, TaskExecutor.SAME_THREAD, dialogs, new I18n(Locale.ENGLISH));
    }

    @Test
    void theChosenFileGetsTheShownEntriesAndTheExportIsRecorded() throws Exception {
        AuditService service = new AuditService(Workspace.open(dir.resolve("ws.db")));
        Path earlier = dir.resolve("customers.xlsx");
        service.exported(earlier, "table Customers, 120 rows");
        AuditViewModel vm = model(service);
        vm.actionProperty().set("export");
        assertThat(vm.entries()).hasSize(1);
        AuditEntry planted = vm.entries().get(0);

        Path out = dir.resolve("audit-log.csv");
        dialogs.saveTo = out;
        vm.export();

        List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("\uFEFF#,When,User,Version,Action,Subject,Detail,Hash");
        assertThat(lines.get(1)).startsWith(planted.id() + ",")
                .contains(",export," + earlier.toAbsolutePath() + ",\"table Customers, 120 rows\",")
                .endsWith("," + planted.hash());
        // the export is itself recorded, and the list (still filtered to exports) shows it first
        assertThat(vm.entries()).hasSize(2);
        AuditEntry recorded = vm.entries().get(0);
        assertThat(recorded.action()).isEqualTo("export");
        assertThat(recorded.subject()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(recorded.detail()).isEqualTo("audit log, 1 entries, filtered action=export");
        assertThat(dialogs.infos).containsExactly("The shown entries were written to " + out + ".");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancelledChoiceWritesAndRecordsNothing() throws Exception {
        AuditService service = new AuditService(Workspace.open(dir.resolve("ws.db")));
        service.exported(dir.resolve("customers.xlsx"), "table Customers, 120 rows");
        AuditViewModel vm = model(service);
        vm.reload();
        int before = vm.entries().size();
        dialogs.saveTo = null;
        vm.export();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).toList()).isEmpty();
        }
        vm.reload();
        assertThat(vm.entries()).hasSize(before);
        assertThat(dialogs.infos).isEmpty();
    }
}
