package org.salestrack.ui.audit;

import org.salestrack.ui.Failures;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.WorkbenchContext;

/**
 * The header's "Workspace" menu: back up the open workspace (consistent even while an import runs), encrypt or
 * decrypt it and change its passphrase.
 */
public final class WorkspaceMenu {
    private WorkspaceMenu() {}

    public static Node node(WorkbenchContext ctx) {
        if (ctx.screens().audit() == null) return new Region();
        AuditService audit = ctx.screens().audit();
        var i18n = ctx.i18n();
        MenuItem backup = new MenuItem();
        backup.setId("workspace-backup");
        backup.textProperty().bind(i18n.bind("workspace.backup"));
        backup.setOnAction(e -> ctx.dialogs().chooseSaveFile(i18n.get("workspace.backup.title"), "salestrack-backup-" + LocalDate.now() + ".db")
                .ifPresent(out -> ctx.tasks().execute(new BackgroundTask<Long>(i18n.get("workspace.backup.task", out.getFileName())) {
                    @Override
                    public Long call() { return audit.backup(out); }
                }, bytes -> ctx.dialogs().showInfo(i18n.get("workspace.backup.done.title"), i18n.get("workspace.backup.done", out, bytes)),
                        x -> ctx.dialogs().showError(i18n.get("workspace.backup.failed.title"),
                                i18n.get("workspace.backup.failed", out, Failures.text(i18n, x))))));
        MenuButton menu = new MenuButton();
        menu.setId("workspace-menu");
        menu.textProperty().bind(i18n.bind("workspace.menu"));
        menu.getItems().add(backup);
        menu.getItems().addAll(WorkspaceEncryption.items(ctx, audit));
        return menu;
    }

}
