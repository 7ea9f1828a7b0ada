package org.salestrack.model.market;

import java.util.List;

/**
 * Our share of one group of the market panel's cells (the {@code market} command's row): our counted units
 * and value against the panel's market in the cells the panel covers.
 *
 * @param keys the group's dimension values in the order asked (province codes, months YYYY-MM, ...)
 */
public record ShareRow(List<String> keys, long units, long marketUnits, long valueE4, long marketValueE4) {
    public ShareRow {
        keys = List.copyOf(keys);
    }

    /** Our units over the market's, or NaN when the market is empty. */
    public double shareUnits() { return marketUnits == 0 ? Double.NaN : (double) units / marketUnits; }

    /** Our value over the market's, or NaN when the panel gives no value. */
    public double shareValue() { return marketValueE4 == 0 ? Double.NaN : (double) valueE4 / marketValueE4; }
}
