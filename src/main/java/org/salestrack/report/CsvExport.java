package org.salestrack.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.salestrack.model.Money;
import org.salestrack.task.Cancellation;

/**
 * The CSV twin of {@link XlsxExport}: the same columns and rows, written as RFC 4180 CSV in UTF-8 with a
 * BOM (so Excel reads Chinese labels), numbers plain (dot decimals, no grouping), texts that a spreadsheet would take
 * for a formula neutralised ({@link FormulaInjection}). Rows are streamed.
 */
public final class CsvExport {
    private CsvExport() {}

    public static void write(List<TableColumn> columns, Iterable<? extends List<?>> rows, Path out, Cancellation cancel) throws IOException {
        AtomicFile.write(out, ".table-", ".csv.part", os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            w.write('\uFEFF');
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) w.write(',');
                w.write(quote(FormulaInjection.neutralise(columns.get(c).name())));
            }
            w.write("\r\n");
            long r = 0;
            for (List<?> values : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) w.write(',');
                    w.write(text(columns.get(c).type(), values.get(c)));
                }
                w.write("\r\n");
                if ((++r & 1023) == 0) cancel.check();
            }
            w.flush();
        });
    }

    private static String text(TableColumn.Type type, Object v) {
        return type == TableColumn.Type.TEXT && v != null ? quote(FormulaInjection.neutralise(v.toString())) : plain(type, v);
    }

    /** A value as a spreadsheet reads it back: numbers plain (money in yuan, dot decimals, no grouping), empty for none. */
    static String plain(TableColumn.Type type, Object v) {
        if (v == null) return "";
        return switch (type) {
            case MONEY -> ((BigDecimal) v).toPlainString();
            case MONEY_E4 -> Money.ofE4((Long) v).toPlainString();
            case TEXT -> FormulaInjection.neutralise(v.toString());
            // never 1.0E-5: a plain decimal every spreadsheet reads
            case PERCENT, DECIMAL -> v instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : v.toString();
            default -> v.toString();
        };
    }

    static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }
}
