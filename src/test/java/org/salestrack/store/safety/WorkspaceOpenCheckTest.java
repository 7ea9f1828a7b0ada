package org.salestrack.store.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.cli.SalesTrackCommand;
import org.salestrack.store.Workspace;
import org.salestrack.store.WorkspaceRefusedException;
import org.salestrack.store.WorkspaceRefusedException.Reason;

/**
 * A workspace tells the truth about itself on open (issue 13 item 5): a file that is not SQLite, an SQLite file
 * that is not a workspace, a damaged workspace and one written by a newer app are each refused with a message
 * naming the file, and their bytes are exactly as before (no side files either). A workspace about to be migrated
 * is copied first, and the copy is dropped on the next open that has nothing to migrate.
 */
class WorkspaceOpenCheckTest {
    @TempDir
    Path dir;

    static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void refused(Path file, Reason reason, String message) throws Exception {
        String before = sha(file);
        List<String> filesBefore = files();
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOfSatisfying(WorkspaceRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file.toString()).contains(message);
        });
        // the CLI says the same, naming the file, and exits 1
        StringWriter err = new StringWriter();
        int code = SalesTrackCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "summary", "--workspace", file.toString(), "--by", "region");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: " + file).contains(message);
        assertThat(sha(file)).isEqualTo(before);
        assertThat(files()).isEqualTo(filesBefore);
    }

    private Path workspace(String name) throws Exception { return org.salestrack.store.ClosedWorkspaces.closed(dir.resolve(name)); }

    @Test
    void aTextFileIsRefusedAsNotSqlite() throws Exception {
        Path f = dir.resolve("sales.db");
        Files.writeString(f, "order_id,sku,qty\nA1,X1,1\n", StandardCharsets.UTF_8);
        refused(f, Reason.NOT_SQLITE, "is not a SalesTrack workspace (not an SQLite database)");
    }

    @Test
    void anotherAppsDatabaseIsRefusedAsNotAWorkspace() throws Exception {
        Path f = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts(name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Wang')");
        }
        refused(f, Reason.NOT_WORKSPACE, "is an SQLite database but not a SalesTrack workspace (it has tables but no migration history)");
    }

    @Test
    void aDamagedWorkspaceIsRefusedAndLeftAsItIs() throws Exception {
        Path f = workspace("damaged.db");
        org.salestrack.store.ClosedWorkspaces.damageRoot(f, "SELECT rootpage FROM sqlite_master WHERE name = 'province'", 0x0D);
        refused(f, Reason.CORRUPT, "is damaged (");
    }

    @Test
    void aWorkspaceFromANewerAppIsRefused() throws Exception {
        Path f = workspace("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, checksum, installed_by, "
                    + "installed_on, execution_time, success) VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'x', "
                    + "'2030-01-01 00:00:00', 1, 1)");
        }
        refused(f, Reason.NEWER, "was written by a newer SalesTrack (schema versions 999 are unknown to this version, which knows up to ");
    }

    /**
     * An up-to-date workspace is validated by the open's check rather than by a second Flyway run (issue 23): an applied
     * migration whose checksum no longer matches this app's is still refused, and the file is not written.
     */
    @Test
    void anAppliedMigrationThatChangedIsStillRefusedWhenNothingIsPending() throws Exception {
        Path f = workspace("changed.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'")).isEqualTo(1);
        }
        String before = sha(f);
        assertThatThrownBy(() -> Workspace.open(f)).isInstanceOf(org.flywaydb.core.api.exception.FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch").hasMessageContaining("1");
        assertThat(sha(f)).isEqualTo(before);
        // and an unchanged one opens, its provinces seeded
        Path ok = workspace("ok.db");
        try (Workspace ws = Workspace.open(ok); Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM province")) {
            assertThat(rs.getInt(1)).isEqualTo(org.salestrack.model.Provinces.get().all().size());
        }
    }

    /** The open says what it is doing for the start page (issue 23): migrating only when there is something to migrate. */
    @Test
    void theOpenReportsItsPhasesInOrder() throws Exception {
        Path old = dir.resolve("phases-old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration").target("50").load().migrate();
        List<org.salestrack.model.OpenPhase> phases = new java.util.ArrayList<>();
        org.salestrack.app.WorkspaceServices.open(old, null, phases::add);
        assertThat(phases).containsExactly(org.salestrack.model.OpenPhase.CHECKING, org.salestrack.model.OpenPhase.MIGRATING,
                org.salestrack.model.OpenPhase.PREPARING);
        phases.clear();
        org.salestrack.app.WorkspaceServices.open(old, null, phases::add);
        assertThat(phases).containsExactly(org.salestrack.model.OpenPhase.CHECKING, org.salestrack.model.OpenPhase.PREPARING);
    }

    @Test
    void aWorkspaceIsCopiedBeforeItIsMigratedAndTheCopyIsDroppedOnTheNextOpen() throws Exception {
        Path f = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + f, null, null).locations("classpath:db/migration").target("50").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_log(at, who, action, subject, detail) VALUES ('2025-01-02T10:00:00', 'wang', 'import', 'batch 1', 'x')");
        }
        String before = sha(f);
        Workspace.open(f);
        List<Path> kept;
        try (Stream<Path> s = Files.list(dir)) {
            kept = s.filter(p -> p.getFileName().toString().startsWith("old.db.before-migration-V")).toList();
        }
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getFileName().toString()).endsWith(".bak");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kept.get(0)); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history");
            assertThat(rs.getInt(1)).isEqualTo(50);
            rs.close();
            rs = s.executeQuery("SELECT COUNT(*) FROM pragma_table_info('audit_log') WHERE name = 'hash'");
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(before).isNotEqualTo(sha(f));
        Workspace.open(f);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.filter(p -> p.getFileName().toString().contains(".before-migration-")).toList()).isEmpty();
        }
    }
}
