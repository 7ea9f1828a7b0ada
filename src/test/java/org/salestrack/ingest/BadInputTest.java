package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.MappingProfile;

/** Every kind of bad input is refused in words (file, row, column, value, reason) and stores nothing. */
class BadInputTest {
    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile pos;

    @BeforeEach
    void setUp() {
        fx = new IngestFixture(tmp);
        pos = IngestFixture.profile("pos-profile.json");
    }

    private ImportRejectedException rejected(String file) {
        Path f = IngestFixture.resource(file);
        ImportRejectedException e = (ImportRejectedException) org.assertj.core.api.Assertions.catchThrowable(() -> fx.importFile(f, pos));
        assertThat(e).as(file + " must be refused").isNotNull();
        assertThat(storedRows()).as("nothing stored for " + file).isZero();
        return e;
    }

    @Test
    void aMissingRequiredColumnNamesTheColumnsTheFileHas() {
        ImportRejectedException e = rejected("missing-column.csv");
        assertThat(e.getMessage()).startsWith("missing-column.csv: ").contains("test-pos").contains("receipt, line, time");
    }

    @Test
    void anUnparseableDateNamesRowColumnValueAndReason() {
        ImportRejectedException e = rejected("bad-date.csv");
        assertThat(e.getMessage()).contains("row 2").contains("column 'time'").contains("value '2024-13-45 10:00:00'").contains("not a date");
    }

    @Test
    void anUnparseableNumberNamesRowColumnValueAndReason() {
        ImportRejectedException e = rejected("bad-number.csv");
        assertThat(e.getMessage()).contains("row 2").contains("column 'amount'").contains("value '59x9'").contains("not a number");
    }

    @Test
    void aRaggedRowIsNamedWithItsCellCount() {
        ImportRejectedException e = rejected("ragged.csv");
        assertThat(e.getMessage()).contains("1 of 2 rows").contains("row 3").contains("11 cells but the header has 10");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(rejected("empty.csv").getMessage()).isEqualTo("empty.csv: the file is empty");
    }

    @Test
    void aBinaryFileIsRefused() {
        assertThat(rejected("binary.csv").getMessage()).contains("binary");
    }

    @Test
    void aFileWithAHeaderButNoRowsIsRefused() {
        assertThat(rejected("header-only.csv").getMessage()).contains("no data rows");
    }

    @Test
    void aFileOfAnotherKindIsRefusedByTheSalesProfile() {
        ImportRejectedException e = rejected("stock-wrong-kind.csv");
        assertThat(e.getMessage()).contains("the columns of profile 'test-pos' are not all in the file")
                .contains("as_of, location, sku, on_hand");
    }

    @Test
    void aFileNoKnownProfileReadsIsRefusedWithItsColumns() {
        Path f = IngestFixture.resource("unknown-export.csv");
        assertThatThrownBy(() -> fx.importFile(f, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("no mapping profile matches").hasMessageContaining("ticket, opened, agent, priority");
        assertThat(storedRows()).isZero();
    }

    @Test
    void aTruncatedXlsxIsRefused() throws Exception {
        Path good = XlsxFiles.bannerSheet(tmp.resolve("good.xlsx"));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        MappingProfile p = IngestFixture.profile("jd-profile.json");

        assertThatThrownBy(() -> fx.importFile(cut, p)).isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("cut.xlsx: the XLSX workbook cannot be read");
        assertThat(storedRows()).isZero();
    }

    @Test
    void anOldXlsFileIsRefusedWithAHint() throws Exception {
        Path xls = tmp.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> fx.importFile(xls, pos)).hasMessageContaining("save it as .xlsx");
    }

    @Test
    void aFewBadRowsAreQuarantinedAndTheRestStored() throws Exception {
        ImportResult r = fx.importFile(IngestFixture.resource("few-bad.csv"), pos);

        assertThat(r.read()).isEqualTo(40);
        assertThat(r.stored()).isEqualTo(39);
        assertThat(r.quarantined()).isEqualTo(1);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(19);
            assertThat(e.column()).isEqualTo("amount");
            assertThat(e.value()).isEqualTo("oops");
        });
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT src_row, raw, reason FROM quarantine")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(19);
            assertThat(rs.getString(2)).contains("\"receipt\":\"Q17\"").contains("\"amount\":\"oops\"");
            assertThat(rs.getString(3)).contains("not a number");
        }
    }

    @Test
    void aCancelledImportLeavesTheWorkspaceAsItWas() throws Exception {
        Path big = tmp.resolve("big.csv");
        StringBuilder b = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,customer,phone\n");
        for (int i = 0; i < 5000; i++) b.append("B").append(i).append(",1,2024-06-01 12:00:00,S01,P10,1,100,广东,,\n");
        Files.writeString(big, b);
        org.salestrack.task.Cancellation cancel = new org.salestrack.task.Cancellation();
        org.salestrack.task.ProgressListener cancelAtOnce = (d, t, m) -> cancel.cancel();
        cancel.cancel();

        assertThatThrownBy(() -> fx.service.importFile(big, pos, cancelAtOnce, cancel))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(storedRows()).isZero();
        assertThat(fx.service.batches()).isEmpty();
        // the store and product the reading thread added while preparing lines went with the rollback too
        assertThat(count("SELECT (SELECT COUNT(*) FROM store) + (SELECT COUNT(*) FROM product)")).isZero();
    }

    private long storedRows() {
        return count("SELECT (SELECT COUNT(*) FROM sale) + (SELECT COUNT(*) FROM quarantine) "
                + "+ (SELECT COUNT(*) FROM import_batch) + (SELECT COUNT(*) FROM sale_day) + (SELECT COUNT(*) FROM sale_key)");
    }

    private long count(String sql) {
        try (Connection c = fx.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
