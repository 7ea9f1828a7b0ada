package org.salestrack.ingest.map;

import java.util.List;
import org.salestrack.model.CanonicalRow;
import org.salestrack.model.SaleLine;

/** One source row after mapping: a sale, a canonical row of another kind, or the error that stopped it. */
public record MappedRow(int sourceRow, List<String> raw, SaleLine sale, CanonicalRow row, RowError error) {
    public boolean ok() { return error == null; }
}
