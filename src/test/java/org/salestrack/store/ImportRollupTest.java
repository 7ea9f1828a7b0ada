package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.profile.MappingProfile;

/**
 * The import writes sale_day from sums kept in memory and the line keys to sale_key in key order: the
 * rollup must still equal the fact table and sale_key must hold exactly the stored lines' keys, whatever happened.
 */
class ImportRollupTest {
    private static final String HEADER = "receipt,line,time,store,sku,qty,amount,province,customer,phone\n";

    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile pos;

    @BeforeEach
    void setUp() {
        fx = new IngestFixture(tmp);
        pos = IngestFixture.profile("pos-profile.json");
    }

    @Test
    void theRollupEqualsTheCountedLinesAfterRepeatsOverlapsAndUndo() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        assertThat(rollupDifference()).isEmpty();
        // R1/1 and R3/1 repeat lines of pos-good; R1/1 also repeats within the file; R7 is refunded
        var second = fx.importFile(write("second.csv", HEADER
                + "R1,1,2024-03-01 10:00:00,S01,P10,1,5999.00,广东省,,\n"
                + "R6,1,2024-03-01 12:00:00,S01,P10,2,11998.00,广东省,,\n"
                + "R1,1,2024-03-01 10:00:00,S01,P10,1,5999.00,广东省,,\n"
                + "R3,1,2024-04-02 16:45:10,S02,P10,3,17097,Beijing,,\n"
                + "R6,2,2024-03-01 12:00:00,S01,W2,1,999,广东省,,\n"), pos);
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(rollupDifference()).isEmpty();
        assertThat(keyDifference()).isEmpty();
        fx.importFile(IngestFixture.resource("pos-overlap.csv"), pos);
        assertThat(rollupDifference()).isEmpty();
        long keys = count("SELECT COUNT(*) FROM sale_key");

        fx.service.undo(1);
        assertThat(rollupDifference()).isEmpty();
        assertThat(keyDifference()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sale_key")).isEqualTo(keys - count("SELECT rows_stored FROM import_batch WHERE id = 1"));
    }

    @Test
    void aGroupWhoseLinesAllTurnOutDuplicatesLeavesNoEmptyRollupRow() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        long before = count("SELECT COUNT(*) FROM sale_day");
        // same lines on another day's file name: every line a duplicate, nothing new counted
        fx.importFile(write("again.csv", HEADER + "R2,1,2024-03-15 11:30:00,S02,P10,1,5899.50,北京,,\n"), pos);

        assertThat(count("SELECT COUNT(*) FROM sale_day")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM sale_day WHERE rows = 0")).isZero();
        assertThat(rollupDifference()).isEmpty();
    }

    @Test
    void sumsWrittenInSeveralFlushesAddUpAndEmptiedGroupsGo() throws Exception {
        try (Connection c = fx.workspace.connect()) {
            c.setAutoCommit(false);
            SaleDayDelta d = new SaleDayDelta(c, 2);
            d.add("2024-03-01", 1, 7L, null, 1, 1, 2, 200, 50L, 1);
            d.add("2024-03-01", 1, 7L, null, 1, 2, 1, 100, null, 1);
            d.add("2024-03-02", 1, null, 3L, 1, 1, 1, 100, 10L, 1);   // third group: the first two are written
            d.add("2024-03-01", 1, 7L, null, 1, 1, 1, 50, 20L, 1);
            d.add("2024-03-01", 1, 7L, null, 1, 2, 1, 100, null, -1);  // product 2's only line turns out a duplicate
            d.flush();
            c.commit();
        }
        assertThat(rows("SELECT sale_date || ' ' || store_id || ' ' || dealer_id || ' ' || product_id || ': ' || rows || ' ' || qty "
                + "|| ' ' || amount_e4 || ' ' || margin_e4 FROM sale_day ORDER BY 1"))
                .containsExactly("2024-03-01 7 0 1: 2 3 250 70", "2024-03-02 0 3 1: 1 1 100 10");
    }

    @Test
    void aBigBatchWritesEveryLineKeyWithItsLine() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 12_000; i++) big.append("B").append(i).append(",1,2024-05-01 10:00:00,S01,P10,1,10,广东,,\n");
        big.append("B7,1,2024-05-01 10:00:00,S01,P10,1,10,广东,,\n");
        var res = fx.importFile(write("big.csv", big.toString()), pos);

        assertThat(res.duplicates()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sale_key")).isEqualTo(12_006);
        assertThat(keyDifference()).isEmpty();
        // the repeat of B7 is held and points at the first B7, found through sale_key
        assertThat(rows("SELECT h.src_row || '->' || o.src_row FROM sale h JOIN sale o ON o.id = h.dup_of WHERE h.hold = 1"))
                .containsExactly("12002->9");
        assertThat(rollupDifference()).isEmpty();
        // ids follow the file, so the first line of a key is the one counted
        assertThat(count("SELECT COUNT(*) FROM sale a JOIN sale b ON b.id = a.id + 1 AND b.batch_id = a.batch_id "
                + "WHERE b.src_row <= a.src_row")).isZero();
    }

    @Test
    void anEarlierLineWithTheSameKeyButOtherFieldsIsNoDuplicate() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        // a hash collision, made by hand: R2's stored line keeps its key (and sale_key entry) but is another order now
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE sale SET order_id = 'OTHER' WHERE order_id = 'R2'");
        }
        var again = fx.importFile(write("again.csv", HEADER
                + "R2,1,2024-03-15 11:30:00,S02,P10,1,5899.50,北京,,\n"
                + "R3,1,2024-04-02 16:45:10,S02,P10,3,17097,Beijing,,\n"), pos);

        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(rows("SELECT order_id FROM sale WHERE batch_id = " + again.batchId() + " AND hold = 1")).containsExactly("R3");
        assertThat(rollupDifference()).isEmpty();
    }

    @Test
    void aRejectedBigBatchLeavesNoKeys() throws Exception {
        StringBuilder bad = new StringBuilder(HEADER);
        for (int i = 0; i < 9_000; i++) bad.append("B").append(i).append(",1,2024-05-01 10:00:00,S01,P10,1,10,广东,,\n");
        for (int i = 0; i < 1_000; i++) bad.append("X").append(i).append(",1,not a date,S01,P10,1,10,广东,,\n");
        Path f = write("bad.csv", bad.toString());

        assertThatThrownBy(() -> fx.importFile(f, pos)).isInstanceOf(ImportRejectedException.class);
        assertThat(count("SELECT COUNT(*) FROM sale")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sale_key")).isZero();
        assertThat(count("SELECT COUNT(*) FROM sale_day")).isZero();
    }

    @Test
    void randomImportsAndUndosKeepTheRollupTheKeysAndTheFirstCountedLineRight() throws Exception {
        // overlapping files (orders drawn from one pool, so repeats within and across files) and undos in between;
        // a file has more rollup groups than the 16k the reading thread hands over at a time
        Random r = new Random(7);
        List<Long> live = new ArrayList<>();
        for (int step = 0; step < 8; step++) {
            if (step > 2 && r.nextInt(3) == 0) {
                long b = live.remove(r.nextInt(live.size()));
                fx.service.undo(b);
                assertInvariants("undo " + b);
                continue;
            }
            StringBuilder csv = new StringBuilder(HEADER);
            int n = 22_000 + r.nextInt(6_000);
            for (int i = 0; i < n; i++) {
                int order = r.nextInt(60_000);
                int day = 1 + order % 28;
                csv.append("O").append(order).append(',').append(1 + order % 2).append(",2024-03-").append(day < 10 ? "0" : "")
                        .append(day).append(" 10:00:00,S").append(order % 301).append(",P").append(order % 23).append(",1,")
                        .append(100 + order % 7).append(".00,广东省,,\n");
            }
            live.add(fx.importFile(write("f" + step + ".csv", csv.toString()), pos).batchId());
            assertInvariants("import " + step);
        }
        assertThat(count("SELECT COUNT(*) FROM sale WHERE hold = 1")).isPositive();
    }

    private void assertInvariants(String after) throws SQLException {
        assertThat(rollupDifference()).as(after).isEmpty();
        assertThat(keyDifference()).as(after).isEmpty();
        // in each (channel, order, product, line) group exactly one line counts, the first by id
        assertThat(count("SELECT COUNT(*) FROM (SELECT MIN(id) AS first, SUM(hold = 0) AS counted, "
                + "MIN(CASE WHEN hold = 0 THEN id END) AS counted_id FROM sale GROUP BY channel_id, order_id, product_id, line_no) "
                + "WHERE counted <> 1 OR counted_id <> first")).as(after).isZero();
        // and every held line points at an earlier line with the same fields
        assertThat(count("SELECT COUNT(*) FROM sale d LEFT JOIN sale o ON o.id = d.dup_of WHERE d.hold = 1 AND (o.id IS NULL "
                + "OR o.order_id <> d.order_id OR o.line_no <> d.line_no OR o.product_id <> d.product_id OR o.id >= d.id)"))
                .as(after).isZero();
    }

    /** Rows of sale_day that differ from a GROUP BY over the counted lines, in either direction. */
    private List<String> rollupDifference() throws SQLException {
        String fresh = "SELECT sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, product_id, COUNT(*), "
                + "SUM(qty), SUM(amount_e4), SUM(COALESCE(margin_e4, 0)) FROM sale WHERE hold = 0 AND status = 'paid' "
                + "GROUP BY 1, 2, 3, 4, 5, 6";
        String kept = "SELECT sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_e4, margin_e4 "
                + "FROM sale_day";
        List<String> diff = new ArrayList<>(rows("SELECT 'missing ' || sale_date FROM (" + fresh + " EXCEPT " + kept + ")"));
        diff.addAll(rows("SELECT 'extra ' || sale_date FROM (" + kept + " EXCEPT " + fresh + ")"));
        return diff;
    }

    /** Pairs in sale_key without their line, and lines with a key missing from sale_key. */
    private List<String> keyDifference() throws SQLException {
        String lines = "SELECT line_key, id FROM sale WHERE line_key IS NOT NULL";
        String keys = "SELECT line_key, sale_id FROM sale_key";
        List<String> diff = new ArrayList<>(rows("SELECT 'missing ' || line_key FROM (" + lines + " EXCEPT " + keys + ")"));
        diff.addAll(rows("SELECT 'extra ' || line_key FROM (" + keys + " EXCEPT " + lines + ")"));
        return diff;
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0));
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        }
    }

    private Path write(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
