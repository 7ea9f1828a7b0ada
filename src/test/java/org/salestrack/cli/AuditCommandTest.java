package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.AppVersion;
import org.salestrack.store.Workspace;

/**
 * The audit trail as an auditor checks it: imports, an undo and a validation each leave an entry with the OS
 * user and the app version; the chain verifies; one row edited with plain SQL (around the app) is named
 * exactly by {@code audit --verify}, and so is a row deleted from the middle.
 */
class AuditCommandTest {
    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void importAndUndo() throws Exception {
        ws = dir.resolve("ws.db");
        for (String name : new String[] {"dealers", "stores", "sales"}) {
            Result r = run("import", "--workspace", ws.toString(), "--profile", copy(name + ".profile.json").toString(), copy(name + ".csv").toString());
            assertThat(r.code).as(r.err).isZero();
        }
        assertThat(run("validate", "--workspace", ws.toString()).code).isZero();
        assertThat(run("import", "--workspace", ws.toString(), "--undo", "2").code).isZero();
    }

    private Path copy(String resource) throws Exception {
        Path to = dir.resolve(resource);
        try (InputStream in = AuditCommandTest.class.getResourceAsStream("/report/" + resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SalesTrackCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private JsonNode json(String... args) throws Exception {
        Result r = run(args);
        return new ObjectMapper().readTree(r.out);
    }

    @Test
    void everyChangeIsListedWithTheUserAndTheVersion() throws Exception {
        JsonNode entries = json("audit", "--workspace", ws.toString(), "--json").get("entries");
        // newest first: the undo, the validate command, and each import followed by the pipeline's validation of its batch
        StringBuilder actions = new StringBuilder();
        for (JsonNode e : entries) actions.append(e.get("action").asText()).append(' ');
        assertThat(actions.toString()).isEqualTo("undo validate validate import validate import validate import ");
        JsonNode undo = entries.get(0);
        assertThat(undo.get("subject").asText()).isEqualTo("batch 2");
        assertThat(undo.get("who").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(undo.get("version").asText()).isEqualTo(AppVersion.NUMBER);
        assertThat(undo.get("prev_hash").asText()).isEqualTo(entries.get(1).get("hash").asText());

        JsonNode imports = json("audit", "--workspace", ws.toString(), "--action", "import", "--json").get("entries");
        assertThat(imports).hasSize(3);
        assertThat(imports.get(2).get("subject").asText()).isEqualTo("batch 1");
        assertThat(imports.get(2).get("prev_hash").asText()).isEqualTo("0".repeat(64));
    }

    @Test
    void anIntactLogVerifies() throws Exception {
        Result r = run("audit", "--workspace", ws.toString(), "--verify");
        assertThat(r.code).as(r.err).isZero();
        JsonNode v = json("audit", "--workspace", ws.toString(), "--verify", "--json");
        assertThat(v.get("ok").asBoolean()).isTrue();
        assertThat(v.get("checked").asLong()).isEqualTo(count());
        assertThat(v.get("broken").isNull()).isTrue();
        assertThat(r.out).isEqualTo("audit log intact: " + count() + " entries, last hash " + v.get("head").asText() + System.lineSeparator());
    }

    @Test
    void oneRowEditedWithPlainSqlIsNamedExactly() throws Exception {
        long target;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT id FROM audit_log WHERE action = 'import' AND subject = 'batch 2'");
            target = rs.getLong(1);
            rs.close();
            // the app cannot do this: the triggers refuse it
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET detail = 'nothing' WHERE id = " + target))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            s.execute("DROP TRIGGER audit_log_no_update");
            assertThat(s.executeUpdate("UPDATE audit_log SET who = 'mallory' WHERE id = " + target)).isEqualTo(1);
        }
        Result r = run("audit", "--workspace", ws.toString(), "--verify");
        assertThat(r.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err).startsWith("audit log broken at entry " + target + " (").contains(" import batch 2): its content no longer matches its hash");
        JsonNode v = json("audit", "--workspace", ws.toString(), "--verify", "--json");
        assertThat(v.get("ok").asBoolean()).isFalse();
        assertThat(v.get("broken").get("id").asLong()).isEqualTo(target);
        assertThat(v.get("broken").get("kind").asText()).isEqualTo("edited");
        assertThat(v.get("broken").get("who").asText()).isEqualTo("mallory");
    }

    @Test
    void aRowDeletedFromTheMiddleIsNamedByTheEntryAfterIt() throws Exception {
        long removed;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log")).hasMessageContaining("append-only");
            ResultSet rs = s.executeQuery("SELECT id FROM audit_log WHERE action = 'validate' ORDER BY id LIMIT 1");
            removed = rs.getLong(1);
            rs.close();
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.executeUpdate("DELETE FROM audit_log WHERE id = " + removed);
        }
        JsonNode v = json("audit", "--workspace", ws.toString(), "--verify", "--json");
        assertThat(v.get("broken").get("kind").asText()).isEqualTo("unlinked");
        long next;
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT MIN(id) FROM audit_log WHERE id > " + removed)) {
            next = rs.getLong(1);
        }
        assertThat(v.get("broken").get("id").asLong()).isEqualTo(next);
    }

    private Connection connect() throws SQLException { return Workspace.open(ws).connect(); }

    private long count() throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log")) {
            return rs.getLong(1);
        }
    }
}
