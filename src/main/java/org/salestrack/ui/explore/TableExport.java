package org.salestrack.ui.explore;

import org.salestrack.model.Money;
import java.util.List;
import java.util.Locale;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;

/**
 * The visible explorer table as text: tab-separated for the clipboard (pastes into Excel as cells) and
 * RFC 4180 CSV for files. Numbers are plain (no grouping, dot decimals) so spreadsheets read them; labels that a
 * spreadsheet would take for a formula (a store named "=HYPERLINK(...)") are neutralised.
 */
final class TableExport {
    private TableExport() {}

    static String tsv(String nameHeader, List<String> periods, List<String> extraHeaders, List<ExplorerRow> rows, Measure m) {
        return render(nameHeader, periods, extraHeaders, rows, m, '\t');
    }

    static String csv(String nameHeader, List<String> periods, List<String> extraHeaders, List<ExplorerRow> rows, Measure m) {
        return render(nameHeader, periods, extraHeaders, rows, m, ',');
    }

    private static String render(String nameHeader, List<String> periods, List<String> extra, List<ExplorerRow> rows, Measure m, char sep) {
        StringBuilder b = new StringBuilder();
        b.append(cell(nameHeader, sep));
        for (String p : periods) b.append(sep).append(cell(p, sep));
        for (String h : extra) b.append(sep).append(cell(h, sep));
        b.append("\r\n");
        for (ExplorerRow r : rows) {
            b.append(cell(r.label(), sep));
            if (m.isMarketShare()) {
                // shares as exact ratios of units (or value), like the growth and share columns; empty where the panel has none
                for (int j = 0; j < r.periods().size(); j++) b.append(sep).append(ratio(r.value(m, j)));
                b.append(sep).append(ratio(r.value(m, -1)));
            } else {
                for (Measures v : r.periods()) b.append(sep).append(number(m, v));
                b.append(sep).append(number(m, r.total()));
            }
            b.append(sep).append(ratio(r.growth(m)));
            b.append(sep).append(ratio(r.share(m)));
            b.append("\r\n");
        }
        return b.toString();
    }

    static String number(Measure m, Measures v) {
        long n = ExplorerRow.exact(m, v);
        return m.isMoney() ? Money.ofE4(n).toPlainString() : Long.toString(n);
    }

    private static String ratio(double v) { return ratio(Double.isNaN(v) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(v)); }

    private static String ratio(java.util.OptionalDouble v) { return v.isPresent() ? String.format(Locale.ROOT, "%.4f", v.getAsDouble()) : ""; }

    private static String cell(String raw, char sep) {
        if (raw == null) return "";
        String s = org.salestrack.report.FormulaInjection.neutralise(raw);
        if (sep == '\t') return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }
}
