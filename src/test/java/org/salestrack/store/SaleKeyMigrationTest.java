package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace made before sale_key existed gets its lines' keys moved over, and the old index goes. */
class SaleKeyMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void existingLinesGetTheirKeysAndTheIndexGoes() throws Exception {
        Path file = tmp.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_batch(id, file_name, sha256, kind, profile, status, started_at) "
                    + "VALUES (1, 'a.csv', 'x', 'sales', 'p', 'stored', '2025-01-01T00:00:00')");
            s.execute("INSERT INTO channel(id, name, type) VALUES (1, 'POS', 'offline')");
            s.execute("INSERT INTO region(id, country, region, province, city) VALUES (1, 'CN', '华南', '广东', '深圳')");
            s.execute("INSERT INTO product(id, sku) VALUES (1, 'P1')");
            for (int i = 1; i <= 5; i++) {
                s.execute("INSERT INTO sale(id, batch_id, src_row, line_key, order_id, sold_at, sale_date, channel_id, region_id, "
                        + "product_id, qty, unit_price_cents, amount_cents) VALUES (" + i + ", 1, " + (i + 1) + ", " // money-rename:keep (schema 1)
                        + (i == 3 ? "NULL" : String.valueOf(-i * 1_000_003L)) + ", 'O" + i + "', '2025-01-01T10:00:00', '2025-01-01', "
                        + "1, 1, 1, 1, 100, 100)");
            }
        }

        try (Workspace ws = Workspace.open(file); Connection c = ws.connect()) {
            assertThat(strings(c, "SELECT line_key || ':' || sale_id FROM sale_key"))
                    .containsExactly("-5000015:5", "-4000012:4", "-2000006:2", "-1000003:1");
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE name = 'ix_sale_key'")).isEmpty();
        }
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }
}
