package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.StoreException;
import org.salestrack.ui.TestWorkspace;

/** Row-level security by sales region: an analyst of South China neither reads nor writes a North China line, even with raw SQL. */
class NationalAccessTest {
    @TempDir
    Path dir;

    ServerAddress owner;
    ServerAddress south;
    ServerAddress hq;

    @BeforeEach
    void storeWithBothRegions() throws Exception {
        owner = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(owner);
        TestWorkspace a = NationalPublishTest.workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("s.csv"), "S", 0, 300, SalesFiles.SOUTH, 1));
        TestWorkspace b = NationalPublishTest.workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("n.csv"), "B", 0, 200, SalesFiles.NORTH, 2));
        new Publisher(a.workspace, store).publish();
        new Publisher(b.workspace, store).publish();
        south = NationalServers.person(owner, "li_south", "华南");
        hq = NationalServers.person(owner, "wang_hq");
    }

    private static long count(ServerAddress as, String sql) throws SQLException {
        try (Connection c = NationalStore.open(as).connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aSouthChinaRoleReadsOnlySouthChinaLines() throws Exception {
        assertThat(count(south, "SELECT COUNT(*) FROM sale")).isEqualTo(300);
        assertThat(count(south, "SELECT COUNT(*) FROM sale WHERE sales_region = '华北'")).isZero();
        assertThat(count(south, "SELECT COUNT(*) FROM sale s JOIN region r ON r.id = s.region_id WHERE r.province = '11'")).isZero();
        assertThat(count(south, "SELECT COALESCE(SUM(rows), 0) FROM sale_day WHERE sales_region = '华北'")).isZero();
        assertThat(count(south, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(300);
        assertThat(count(hq, "SELECT COUNT(*) FROM sale")).isEqualTo(500);
        assertThat(count(hq, "SELECT COUNT(*) FROM sale WHERE sales_region = '华北'")).isEqualTo(200);
        // the summary through the store's own queries shows her regions only
        assertThat(NationalPublishTest.total(NationalStore.open(south).workspace()).rows()).isEqualTo(300);
        assertThat(NationalPublishTest.total(NationalStore.open(hq).workspace()).rows()).isEqualTo(500);
    }

    @Test
    void aSouthChinaRoleCannotWriteANorthChinaLineNorReadAPartitionDirectly() throws Exception {
        try (Connection c = NationalStore.open(south).connect(); Statement s = c.createStatement()) {
            String beijing = "(SELECT id FROM region WHERE province = '11' LIMIT 1)";
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO sale (batch_id, src_row, sold_at, sale_date, month, sales_region, channel_id, "
                    + "region_id, product_id, qty, unit_price_e4, amount_e4) VALUES (1, 1, '2025-01-01T10:00', '2025-01-01', '2025-01', "
                    + "'华北', 1, " + beijing + ", 1, 1, 100, 100)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            // a North line is invisible, so an update or delete of it finds nothing
            assertThat(s.executeUpdate("UPDATE sale SET hold = 3 WHERE sales_region = '华北'")).isZero();
            // moving her own line into North China is refused too
            assertThatThrownBy(() -> s.executeUpdate("UPDATE sale SET sales_region = '华北' WHERE id = (SELECT MIN(id) FROM sale)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            // a month's partition is not granted: the parent's policy cannot be bypassed through it
            assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM sale_2024_01"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        assertThat(count(hq, "SELECT COUNT(*) FROM sale WHERE sales_region = '华北' AND hold = 0")).isEqualTo(200);
    }

    @Test
    void aSouthChinaAnalystCannotPublishNorthChinaLines() throws Exception {
        TestWorkspace north = NationalPublishTest.workspace(dir.resolve("c"), SalesFiles.write(dir.resolve("n2.csv"), "C", 0, 50, SalesFiles.NORTH, 4));
        assertThatThrownBy(() -> new Publisher(north.workspace, NationalStore.open(south)).publish())
                .isInstanceOf(StoreException.class).hasMessageContaining("may not publish lines of the sales region \"华北\"");
        assertThat(count(hq, "SELECT COUNT(*) FROM sale")).isEqualTo(500);
        assertThat(count(hq, "SELECT COUNT(*) FROM import_batch")).isEqualTo(2);
        // her own region's batch goes up under her name
        TestWorkspace mine = NationalPublishTest.workspace(dir.resolve("d"), SalesFiles.write(dir.resolve("s2.csv"), "D", 0, 40, SalesFiles.SOUTH, 6));
        new Publisher(mine.workspace, NationalStore.open(south)).publish();
        assertThat(count(hq, "SELECT COUNT(*) FROM import_batch WHERE published_by = 'li_south'")).isEqualTo(1);
        assertThat(count(south, "SELECT COUNT(*) FROM sale")).isEqualTo(340);
    }
}
