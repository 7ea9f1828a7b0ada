package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.salestrack.model.cube.Measure;
import org.salestrack.report.TableColumn;

/**
 * The explorer's visible table as typed columns and rows, for the one CSV, XLSX and clipboard writer of each
 * format: a member's label, the chosen measure per period and over the range (money in e4, units as counts,
 * market shares as fractions), its growth and its share of the level. Built from the rows, never from
 * the text the grid shows.
 */
public final class ExplorerExport {
    /** @param rows one list of values per row, typed as {@code columns} say */
    public record Table(List<TableColumn> columns, List<List<Object>> rows) {}

    private ExplorerExport() {}

    /**
     * @param extraHeaders the names of the total, growth and share columns, in that order
     * @param name         a member's name as the grid shows it (Guangdong in English, 广东 in Chinese); the grand total
     *                     keeps its own label
     */
    static Table of(String nameHeader, List<String> periods, List<String> extraHeaders, List<ExplorerRow> rows, Measure m,
                    Function<ExplorerRow, String> name) {
        TableColumn.Type type = m.isMarketShare() ? TableColumn.Type.PERCENT : m.isMoney() ? TableColumn.Type.MONEY_E4 : TableColumn.Type.INTEGER;
        List<TableColumn> columns = new ArrayList<>();
        columns.add(TableColumn.text(nameHeader));
        for (String p : periods) columns.add(TableColumn.of(p, type));
        columns.add(TableColumn.of(extraHeaders.get(0), type));
        columns.add(TableColumn.of(extraHeaders.get(1), TableColumn.Type.PERCENT));
        columns.add(TableColumn.of(extraHeaders.get(2), TableColumn.Type.PERCENT));
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (ExplorerRow r : rows) {
            List<Object> values = new ArrayList<>(columns.size());
            values.add(r.grandTotal() ? r.label() : name.apply(r));
            for (int j = 0; j < r.periods().size(); j++) values.add(value(r, m, j));
            values.add(value(r, m, -1));
            values.add(fraction(r.growth(m)));
            values.add(fraction(r.share(m)));
            out.add(values);
        }
        return new Table(List.copyOf(columns), out);
    }

    private static Object value(ExplorerRow r, Measure m, int period) {
        if (m.isMarketShare()) {
            double v = r.value(m, period);
            return Double.isNaN(v) ? null : v;
        }
        return ExplorerRow.exact(m, period < 0 ? r.total() : r.periods().get(period));
    }

    private static Double fraction(OptionalDouble v) { return v.isPresent() ? v.getAsDouble() : null; }
}
