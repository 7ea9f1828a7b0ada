package org.salestrack.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.model.AuditVerdict;
import org.salestrack.store.AuditChain;
import org.salestrack.store.AuditLog;
import org.salestrack.store.Workspace;

/** A workspace written before the chain existed: opening it chains its old entries, and new ones follow on. */
class AuditChainMigrationTest {
    @TempDir
    Path dir;

    @Test
    void oldEntriesAreChainedInIdOrderAndNewOnesFollow() throws Exception {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("50").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_log(at, who, action, subject, detail) VALUES "
                    + "('2025-01-02T10:00:00', 'wang', 'import', 'batch 1', 'sales: 10 stored'),"
                    + "('2025-01-03T11:00:00', 'li', 'undo', 'batch 1', 'a.csv: 10 rows removed')");
        }
        Workspace ws = Workspace.open(file);
        String first = AuditChain.hash(AuditChain.GENESIS, 1, "2025-01-02T10:00:00", "wang", null, "import", "batch 1", "sales: 10 stored");
        String second = AuditChain.hash(first, 2, "2025-01-03T11:00:00", "li", null, "undo", "batch 1", "a.csv: 10 rows removed");
        try (Connection c = ws.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT prev_hash, hash FROM audit_log ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(AuditChain.GENESIS);
            assertThat(rs.getString(2)).isEqualTo(first);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(first);
            assertThat(rs.getString(2)).isEqualTo(second);
        }
        new AuditLog(ws).record("edit", "setting x", "1 -> 2");
        AuditVerdict v = new AuditService(ws).verify();
        assertThat(v.ok()).isTrue();
        assertThat(v.checked()).isEqualTo(3);
        try (Connection c = ws.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT prev_hash FROM audit_log WHERE id = 3")) {
            assertThat(rs.getString(1)).isEqualTo(second);
        }
    }

    @Test
    void theHashCoversEveryFieldAndTheirBoundaries() {
        String h = AuditChain.hash(AuditChain.GENESIS, 7, "2025-01-02T10:00:00", "wang", "0.1.0", "edit", "ab", "c");
        assertThat(h).hasSize(64).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 7, "2025-01-02T10:00:00", "wang", "0.1.0", "edit", "a", "bc"));
        assertThat(h).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 8, "2025-01-02T10:00:00", "wang", "0.1.0", "edit", "ab", "c"));
        assertThat(h).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 7, "2025-01-02T10:00:00", "wang", null, "edit", "ab", "c"));
        assertThat(h).isNotEqualTo(AuditChain.hash("1".repeat(64), 7, "2025-01-02T10:00:00", "wang", "0.1.0", "edit", "ab", "c"));
    }
}
