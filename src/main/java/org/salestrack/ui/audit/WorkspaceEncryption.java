package org.salestrack.ui.audit;

import org.salestrack.ui.Failures;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.MenuItem;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.WorkbenchContext;

/**
 * The workspace menu's encryption entries: encrypt the open workspace (a new passphrase, typed twice), change its
 * passphrase, decrypt it. The file is rewritten off the FX thread; the entries offered follow whether it is encrypted.
 */
final class WorkspaceEncryption {
    /** One entry's words: its menu text, dialog title, question, task and outcome. */
    private enum Change {
        ENCRYPT("workspace.encrypt", "workspace.encrypt.title", "workspace.encrypt.message", "workspace.encrypt.task", "workspace.encrypt.done", true),
        REKEY("workspace.passphrase", "workspace.passphrase.title", "workspace.passphrase.message", "workspace.passphrase.task",
                "workspace.passphrase.done", true),
        DECRYPT("workspace.decrypt", "workspace.decrypt.title", "workspace.decrypt.confirm", "workspace.decrypt.task", "workspace.decrypt.done", false);

        final String menu;
        final String title;
        final String message;
        final String task;
        final String done;
        /** whether the workspace is encrypted afterwards */
        final boolean encryptedAfter;

        Change(String menu, String title, String message, String task, String done, boolean encryptedAfter) {
            this.menu = menu;
            this.title = title;
            this.message = message;
            this.task = task;
            this.done = done;
            this.encryptedAfter = encryptedAfter;
        }
    }

    private WorkspaceEncryption() {}

    static List<MenuItem> items(WorkbenchContext ctx, AuditService audit) {
        BooleanProperty encrypted = new SimpleBooleanProperty(audit.encrypted());
        MenuItem encrypt = item(ctx, "workspace-encrypt", Change.ENCRYPT);
        encrypt.visibleProperty().bind(encrypted.not());
        encrypt.setOnAction(e -> ask(ctx, Change.ENCRYPT).ifPresent(p -> run(ctx, encrypted, Change.ENCRYPT, () -> audit.encrypt(p))));
        MenuItem change = item(ctx, "workspace-passphrase", Change.REKEY);
        change.visibleProperty().bind(encrypted);
        change.setOnAction(e -> ask(ctx, Change.REKEY).ifPresent(p -> run(ctx, encrypted, Change.REKEY, () -> audit.changePassphrase(p))));
        MenuItem decrypt = item(ctx, "workspace-decrypt", Change.DECRYPT);
        decrypt.visibleProperty().bind(encrypted);
        decrypt.setOnAction(e -> {
            if (ctx.dialogs().confirm(ctx.i18n().get(Change.DECRYPT.title), ctx.i18n().get(Change.DECRYPT.message))) {
                run(ctx, encrypted, Change.DECRYPT, audit::decrypt);
            }
        });
        return List.of(encrypt, change, decrypt);
    }

    private static MenuItem item(WorkbenchContext ctx, String id, Change c) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(ctx.i18n().bind(c.menu));
        return item;
    }

    private static Optional<String> ask(WorkbenchContext ctx, Change c) {
        var i18n = ctx.i18n();
        return ctx.dialogs().askNewPassphrase(new DialogService.NewPassphrase(i18n.get(c.title), i18n.get(c.message),
                i18n.get("workspace.passphrase.prompt"), i18n.get("workspace.passphrase.repeat"), i18n.get("workspace.passphrase.mismatch")));
    }

    private static void run(WorkbenchContext ctx, BooleanProperty encrypted, Change c, Runnable change) {
        var i18n = ctx.i18n();
        ctx.tasks().execute(new BackgroundTask<Boolean>(i18n.get(c.task)) {
            @Override
            public Boolean call() {
                change.run();
                return c.encryptedAfter;
            }
        }, now -> {
            encrypted.set(now);
            ctx.dialogs().showInfo(i18n.get(c.title), i18n.get(c.done));
        }, x -> ctx.dialogs().showError(i18n.get(c.title), i18n.get("workspace.cipher.failed", Failures.text(i18n, x))));
    }
}
