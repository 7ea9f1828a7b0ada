package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Money;
import org.salestrack.model.SummaryRow;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.TestWorkspace;

/**
 * Issue 13 #1: a workspace made before money moved to e4 (schema 72, amounts in cents) opens after V80 with the
 * same yuan figures in the lines, the rollups and the dimensions; the change journal's triggers, dropped and
 * recreated by V80, neither doubled the cube nor stopped journaling the next import.
 */
// money-rename:keep-file (this test builds a workspace in cents, at schema 72, on purpose)
class MoneyMigrationTest {
    @TempDir
    Path dir;

    /** Three lines in cents as schema 72 kept them: 3,999.00 + 2 x 1,234.56 in March, 0.99 in April. */
    private Path workspaceAt79() throws Exception {
        Path file = dir.resolve("workspace.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .javaMigrations(new org.salestrack.store.migration.V71__ChainAuditLog()).outOfOrder(true).target("72").load().migrate(); // V72: the last migration before V80
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_batch(id, file_name, sha256, kind, profile, rows_read, rows_stored, status, started_at) "
                    + "VALUES (1, 'old.csv', 'f00d', 'sales', 'old', 3, 3, 'stored', '2025-04-03T00:00:00')");
            s.execute("INSERT INTO channel(id, name, type) VALUES (1, '天猫', 'online')");
            s.execute("INSERT INTO region(id, country, region, province, city) VALUES (1, 'CN', '华南', '44', '深圳')");
            s.execute("INSERT INTO product(id, sku, name, list_price_cents, unit_cost_cents) VALUES (1, 'P1', 'P1', 399900, 250000)"); // money-rename:keep
            s.execute("INSERT INTO sale(batch_id, src_row, order_id, sold_at, sale_date, channel_id, region_id, product_id, qty, "
                    + "unit_price_cents, amount_cents, margin_cents, status) VALUES " // money-rename:keep
                    + "(1, 2, 'A1', '2025-03-01T10:00:00', '2025-03-01', 1, 1, 1, 1, 399900, 399900, 100000, 'paid'), "
                    + "(1, 3, 'A2', '2025-03-02T10:00:00', '2025-03-02', 1, 1, 1, 2, 123456, 246912, 5000, 'paid'), "
                    + "(1, 4, 'A3', '2025-04-02T10:00:00', '2025-04-02', 1, 1, 1, 1, 99, 99, NULL, 'paid')");
            // the rollup as an import kept it; its triggers journal these groups into sale_day_change, pending
            s.execute("INSERT INTO sale_day (sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_cents, margin_cents) " // money-rename:keep
                    + "SELECT sale_date, channel_id, 0, 0, region_id, product_id, COUNT(*), SUM(qty), SUM(amount_cents), SUM(COALESCE(margin_cents, 0)) " // money-rename:keep
                    + "FROM sale GROUP BY sale_date, channel_id, region_id, product_id");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sale_day_change")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3);
            }
        }
        return file;
    }

    @Test
    void aWorkspaceAtSchema72ReadsTheSameYuanAfterTheMigration() throws Exception {
        Path file = workspaceAt79();
        Workspace ws = Workspace.open(file);
        List<SummaryRow> months = new SummaryQuery(ws).run(List.of("month"), null, null);
        Map<String, BigDecimal> amount = new TreeMap<>();
        for (SummaryRow r : months) amount.put(r.keys().get(0), r.amount());
        assertThat(amount).hasSize(2);
        assertThat(amount.get("2025-03")).isEqualByComparingTo("6468.12");
        assertThat(amount.get("2025-04")).isEqualByComparingTo("0.99");
        SummaryRow all = new SummaryQuery(ws).run(List.of(), null, null).get(0);
        assertThat(all.amount()).isEqualByComparingTo("6469.11");
        assertThat(all.margin()).isEqualByComparingTo("1050.00");
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT list_price_e4, unit_cost_e4 FROM product WHERE sku = 'P1'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(Money.toE4(new BigDecimal("3999.00")));
                assertThat(rs.getLong(2)).isEqualTo(Money.toE4(new BigDecimal("2500.00")));
            }
            try (ResultSet rs = s.executeQuery("SELECT unit_price_e4 FROM sale WHERE order_id = 'A2'")) {
                rs.next();
                assertThat(Money.ofE4(rs.getLong(1))).isEqualByComparingTo("1234.56");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE sql LIKE '%cents%' AND type <> 'table'")) { // money-rename:keep
                rs.next();
                assertThat(rs.getLong(1)).as("triggers and indexes name the new columns").isZero();
            }
        }
    }

    @Test
    void theRollupsAreRebuiltNotDoubledAndTheJournalKeepsWorkingAfterTheMigration() throws Exception {
        workspaceAt79();
        // opens (migrating) the same file and imports sales-small.csv through the import path, whose sale_day writes the triggers journal
        TestWorkspace t = TestWorkspace.create(dir, false);
        var span = t.explore.span().orElseThrow();
        t.explore.refresh(Cancellation.none());
        assertThat(Money.ofE4(t.explore.totals(span).amountE4())).isEqualByComparingTo("6469.11");
        assertThat(Money.ofE4(t.explore.totals(span).marginE4())).isEqualByComparingTo("1050.00");
        t.imports.importFile(TestWorkspace.copy("sales-small.csv", dir), null, org.salestrack.task.ProgressListener.NONE, Cancellation.none());
        try (Connection c = t.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sale_day_change")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the new lines are journaled").isPositive();
        }
        t.explore.refresh(Cancellation.none());
        var all = t.explore.span().orElseThrow();
        SummaryRow lines = new SummaryQuery(t.workspace).run(List.of(), all.from().toString(), all.to().toString()).get(0);
        assertThat(Money.ofE4(t.explore.totals(all).amountE4())).isEqualByComparingTo(lines.amount());
        assertThat(lines.amount()).isGreaterThan(new BigDecimal("6469.11"));
    }
}
