package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;

class ImportServiceTest {
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
    void storesEveryLineWithExactTotals() throws Exception {
        ImportResult r = fx.importFile(IngestFixture.resource("pos-good.csv"), pos);

        assertThat(r.status().id()).isEqualTo("stored");
        assertThat(r.read()).isEqualTo(5);
        assertThat(r.stored()).isEqualTo(5);
        SummaryRow t = fx.total();
        assertThat(t.qty()).isEqualTo(8);
        assertThat(t.orders()).isEqualTo(4);
        assertThat(t.amount()).isEqualByComparingTo(new BigDecimal("33992.50"));
    }

    @Test
    void normalisesProvinceSpellingsToOneProvince() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);

        List<SummaryRow> rows = fx.by("province");
        assertThat(rows).extracting(r -> r.keys().get(0)).containsExactly("北京", "广东", "浙江");
        assertThat(rows.get(0).amount()).isEqualByComparingTo("22996.50");
        assertThat(fx.by("region")).extracting(r -> r.keys().get(0)).containsExactly("华东", "华北", "华南");
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws Exception {
        Path f = IngestFixture.resource("pos-good.csv");
        ImportResult first = fx.importFile(f, pos);
        ImportResult second = fx.importFile(f, pos);

        assertThat(second.status().id()).isEqualTo("already-imported");
        assertThat(second.batchId()).isEqualTo(first.batchId());
        assertThat(second.stored()).isZero();
        assertThat(fx.total().qty()).isEqualTo(8);
        assertThat(fx.service.batches()).hasSize(1);
    }

    @Test
    void linesOverlappingAnotherFileAreCountedOnce() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        ImportResult overlap = fx.importFile(IngestFixture.resource("pos-overlap.csv"), pos);

        assertThat(overlap.duplicates()).isEqualTo(2);
        assertThat(overlap.stored()).isEqualTo(1);
        SummaryRow t = fx.total();
        assertThat(t.qty()).isEqualTo(9);
        assertThat(t.amount()).isEqualByComparingTo("34991.50");
    }

    @Test
    void aLineRepeatedWithinOneFileIsHeldAndPointsAtTheFirst() throws Exception {
        Path f = tmp.resolve("repeats.csv");
        java.nio.file.Files.writeString(f, "receipt,line,time,store,sku,qty,amount,province,customer,phone\n"
                + "R9,1,2024-03-01 10:00:00,S01,P10,1,100,广东,,\n"
                + "R9,2,2024-03-01 10:00:00,S01,P10,1,100,广东,,\n"
                + "R9,1,2024-03-01 10:00:00,S01,P10,1,100,广东,,\n"
                + "R9,1,2024-03-01 10:00:00,S01,P10,1,100,广东,,\n");

        ImportResult r = fx.importFile(f, pos);

        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(fx.total().qty()).isEqualTo(2);
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT src_row, hold, dup_of FROM sale ORDER BY id")) {
            long first = 0;
            StringBuilder seen = new StringBuilder();
            while (rs.next()) {
                if (rs.getInt(1) == 2) first = 1;
                seen.append(rs.getInt(1)).append(':').append(rs.getInt(2)).append(':').append(rs.getLong(3)).append(' ');
            }
            assertThat(seen.toString().trim()).isEqualTo("2:0:0 3:0:0 4:1:1 5:1:1");
            assertThat(first).isEqualTo(1);
        }
    }

    @Test
    void undoRemovesTheBatchAndTheOverlapIsCountedFromTheOtherFile() throws Exception {
        ImportResult good = fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        fx.importFile(IngestFixture.resource("pos-overlap.csv"), pos);

        fx.service.undo(good.batchId());

        // only pos-overlap remains: R3 (3 x P10, 17097), R4 (2999), R5 (999), now all counted
        SummaryRow t = fx.total();
        assertThat(t.qty()).isEqualTo(5);
        assertThat(t.amount()).isEqualByComparingTo("21095.00");
        assertThat(rollupAmountE4()).isEqualTo(210_950_000L);
        assertThat(fx.service.batches().get(0).status().id()).isEqualTo("undone");
    }

    @Test
    void undoingEverythingLeavesAnEmptyRollup() throws Exception {
        ImportResult a = fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        ImportResult b = fx.importFile(IngestFixture.resource("pos-overlap.csv"), pos);
        fx.service.undo(b.batchId());
        fx.service.undo(a.batchId());

        assertThat(fx.total().rows()).isZero();
        assertThat(rollupAmountE4()).isZero();
    }

    @Test
    void rollupEqualsTheFactTableAfterImports() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        fx.importFile(IngestFixture.resource("pos-overlap.csv"), pos);

        assertThat(rollupAmountE4()).isEqualTo(fx.total().amount().movePointRight(4).longValueExact());
    }

    @Test
    void personalDataIsPseudonymisedAndTheSameBuyerLinks() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);

        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM customer ORDER BY pid")) {
            int n = 0;
            while (rs.next()) {
                // no name, no phone: "138" alone turns up in a random hex pid about once in 300 workspaces
                assertThat(rs.getString(1)).matches("C-[0-9a-f]{16}").doesNotContain("张").doesNotContain("13800000001");
                n++;
            }
            assertThat(n).isEqualTo(3);
        }
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT customer_id) FROM sale WHERE order_id = 'R1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void everyImportAndUndoIsInTheAuditLog() throws Exception {
        ImportResult r = fx.importFile(IngestFixture.resource("pos-good.csv"), pos);
        fx.service.undo(r.batchId());

        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT action FROM audit_log ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("import");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("undo");
        }
    }

    @Test
    void summaryFiltersByDayRangeInclusive() throws Exception {
        fx.importFile(IngestFixture.resource("pos-good.csv"), pos);

        List<SummaryRow> april = new SummaryQuery(fx.workspace).run(List.of("month"), "2024-04-01", "2024-04-20");
        assertThat(april).hasSize(1);
        assertThat(april.get(0).keys()).containsExactly("2024-04");
        assertThat(april.get(0).qty()).isEqualTo(4);
    }

    private long rollupAmountE4() throws Exception {
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(amount_e4), 0) FROM sale_day")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
