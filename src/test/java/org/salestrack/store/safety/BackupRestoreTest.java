package org.salestrack.store.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.cli.SalesTrackCommand;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * Backups while the workspace is busy, restore, and a full disk (issue 13 item 5). A backup taken while another
 * connection imports 120,000 lines holds either none or all of them; restoring an early backup brings back exactly
 * its totals and batches and keeps the replaced workspace; an import that fills the disk fails with words saying
 * so and leaves the workspace exactly as before.
 */
class BackupRestoreTest {
    static final int LINES = 120_000;

    @TempDir
    Path dir;

    static Path bigCsv(Path dir, int lines, String prefix) throws Exception {
        Path f = dir.resolve(prefix + "-big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
            for (int i = 0; i < lines; i++) {
                w.write(String.format(Locale.ROOT, "%s%07d,2025-%02d-%02d 10:00:00,天猫,online,,广东,深圳,SKU-%d,品名 %d,M%d,S1,手机,1,%d.00%n",
                        prefix, i, 1 + i % 12, 1 + i % 28, i % 50, i % 50, i % 50, 100 + i % 7));
            }
        }
        return f;
    }

    /** (sales lines, stored batches, sum of amounts in e4) */
    static String state(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM sale), (SELECT group_concat(id || ':' || status, ',') FROM "
                     + "(SELECT id, status FROM import_batch ORDER BY id)), (SELECT COALESCE(SUM(amount_e4), 0) FROM sale)")) {
            return rs.getLong(1) + " lines, batches " + rs.getString(2) + ", " + rs.getLong(3) + " e4";
        }
    }

    @Test
    void aBackupTakenDuringAnImportHoldsNoneOrAllOfItAndRestoreBringsItBack() throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, true);
        Path ws = t.workspace.file();
        String before = state(ws);
        Path early = dir.resolve("early.db");
        t.workspace.backupTo(early);
        assertThat(state(early)).isEqualTo(before);

        // a backup wholly inside the import is what is tested; when none fitted (a loaded machine: one backup outlasting
        // the whole import), another file is imported the same way, up to three times
        int overlapping = 0;
        String after = before;
        for (int attempt = 0; attempt < 3 && overlapping == 0; attempt++) {
            String was = after;
            Path csv = bigCsv(dir, LINES, "B" + attempt);
            CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> {
                try {
                    t.imports.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
                } catch (ImportRejectedException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<Path> during = new ArrayList<>();
            for (int i = 0; !importing.isDone() && i < 40; i++) {
                Path b = dir.resolve("during-" + attempt + "-" + i + ".db");
                boolean runningBefore = !importing.isDone();
                t.workspace.backupTo(b);
                if (runningBefore && !importing.isDone()) overlapping++;
                during.add(b);
            }
            importing.join();
            after = state(ws);
            assertThat(after).isNotEqualTo(was).startsWith((Long.parseLong(was.split(" ")[0]) + LINES) + " lines");
            for (Path b : during) assertThat(state(b)).isIn(was, after);
        }
        assertThat(overlapping).as("backups taken wholly while an import ran").isPositive();

        // restore the early backup over the workspace: its figures come back, the replaced one is kept
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "restore", "--workspace", ws.toString(),
                "--from", early.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("restored " + ws + " from " + early + "; the workspace it replaced is kept as ");
        assertThat(state(ws)).isEqualTo(before);
        Path kept = Path.of(out.toString().substring(out.toString().indexOf(" kept as ") + 9).trim());
        assertThat(state(kept)).isEqualTo(after);
        Workspace restored = Workspace.open(ws);
        AuditService audit = new AuditService(restored);
        assertThat(audit.verify().ok()).isTrue();
        assertThat(audit.entries(org.salestrack.model.AuditFilter.ALL, 1).get(0).action()).isEqualTo("restore");

        // and the CLI backup of the restored workspace is itself a workspace with the same figures, its writing audited
        Path cliCopy = dir.resolve("cli-copy.db");
        code = SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "backup", "--workspace", ws.toString(), "--out", cliCopy.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(state(cliCopy)).isEqualTo(before);
        assertThat(audit.entries(org.salestrack.model.AuditFilter.ALL, 1).get(0).subject()).isEqualTo(cliCopy.toAbsolutePath().toString());
    }

    @Test
    void anImportThatFillsTheDiskSaysSoAndLeavesTheWorkspaceAsItWas() throws Exception {
        Path mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "needs root to mount a small tmpfs");
        try {
            TestWorkspace t = TestWorkspace.create(mount, true);
            Path ws = t.workspace.file();
            String before = state(ws);
            long auditBefore = new AuditService(t.workspace).verify().checked();
            Path csv = bigCsv(dir, LINES, "F");
            Exception failure = null;
            try {
                t.imports.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
            } catch (StoreException | ImportRejectedException e) {
                failure = e;
            }
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains("F-big.csv").contains("the disk holding the workspace is full").contains("nothing of it was stored");
            assertThat(state(ws)).isEqualTo(before);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            assertThat(new AuditService(t.workspace).verify().checked()).isEqualTo(auditBefore);
        } finally {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
        }
    }
}
