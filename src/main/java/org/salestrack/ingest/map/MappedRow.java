package org.salestrack.ingest.map;

import java.util.List;
import org.salestrack.model.CanonicalRow;
import org.salestrack.model.SaleLine;

/**
 * One source row after mapping: a sale, a canonical row of another kind, or the error that stopped it. A
 * sale's line key is computed here, on the reading thread, so the storing thread does not.
 */
public record MappedRow(int sourceRow, List<String> raw, SaleLine sale, CanonicalRow row, RowError error, Long lineKey) {
    public MappedRow(int sourceRow, List<String> raw, SaleLine sale, CanonicalRow row, RowError error) {
        this(sourceRow, raw, sale, row, error, sale == null ? null : sale.lineKey());
    }

    public boolean ok() { return error == null; }
}
