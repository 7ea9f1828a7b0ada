package org.salestrack.report;

import java.util.List;

/**
 * A table as tab-separated text for the clipboard: pasted into Excel it lands as cells. The same columns and
 * values as {@link CsvExport} and {@link XlsxExport} write, numbers plain, formula-like texts neutralised; a tab or
 * line break inside a text becomes a space, since the clipboard format has no quoting Excel honours on paste.
 */
public final class ClipboardTable {
    private ClipboardTable() {}

    public static String text(List<TableColumn> columns, Iterable<? extends List<?>> rows) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) b.append('\t');
            b.append(flat(FormulaInjection.neutralise(columns.get(c).name())));
        }
        b.append("\r\n");
        for (List<?> values : rows) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) b.append('\t');
                b.append(flat(CsvExport.plain(columns.get(c).type(), values.get(c))));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    private static String flat(String s) { return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); }
}
