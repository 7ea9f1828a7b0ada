package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.ChannelType;
import org.salestrack.model.RecordKind;
import org.salestrack.model.SaleLine;
import org.salestrack.model.SaleStatus;

/**
 * The session prepares the lines it is handed on a thread of its own while the caller's thread stores them; when
 * the import is cancelled or fails, nothing the preparing thread does may outlive the rollback.
 */
class ImportSessionCloseTest {
    @TempDir
    Path tmp;

    @Test
    void closingRollsBackWhatPreparingAddedAndRefusesToPrepareAgain() throws Exception {
        Workspace ws = Workspace.open(tmp.resolve("ws.db"));
        ImportSession session = new Batches(ws).begin("a.csv", "/a.csv", "sha", RecordKind.SALES, "pos");
        SaleLine line = line("R1", "S01", "D01", "P10");
        session.submit(List.of(line), List.of(line.lineKey()));

        session.close();

        assertThat(count(ws, "SELECT (SELECT COUNT(*) FROM store) + (SELECT COUNT(*) FROM dealer) + (SELECT COUNT(*) FROM product) "
                + "+ (SELECT COUNT(*) FROM import_batch)")).isZero();
        SaleLine late = line("R2", "S02", "D02", "P11");
        assertThatThrownBy(() -> session.submit(List.of(late), List.of(late.lineKey())))
                .isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThat(count(ws, "SELECT (SELECT COUNT(*) FROM store) + (SELECT COUNT(*) FROM dealer) + (SELECT COUNT(*) FROM product)"))
                .isZero();
    }

    private static SaleLine line(String order, String store, String dealer, String sku) {
        return new SaleLine(2, order, 1, LocalDateTime.of(2025, 3, 1, 10, 0), "POS", ChannelType.OFFLINE, store, dealer, "CN",
                "华南", "440000", "深圳", null, sku, null, null, null, null, 1, 100_0000, 100_0000, null, null, null, "CNY", null,
                null, null, null, null, null, null, null, null, SaleStatus.PAID, false, null);
    }

    private static long count(Workspace ws, String sql) throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
