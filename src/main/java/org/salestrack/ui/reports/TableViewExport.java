package org.salestrack.ui.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.I18n;

/**
 * Any TableView to XLSX: the visible columns with their headers, each column typed from what its cells
 * hold (numbers stay numbers, also when a cell shows a formatted number like "1,234.5"; dates stay
 * dates). Adds "Export to Excel…" to the table's context menu; the Explorer and Dashboard can do the same.
 */
public final class TableViewExport {
    private TableViewExport() {}

    public static void install(TableView<?> table, ExportActions export, I18n i18n, String titleKey) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind("export.table.menu"));
        item.setOnAction(e -> export(table, export, i18n.get(titleKey)));
        ContextMenu menu = table.getContextMenu() == null ? new ContextMenu() : table.getContextMenu();
        menu.getItems().add(item);
        table.setContextMenu(menu);
    }

    static <S> void export(TableView<S> table, ExportActions export, String title) {
        List<TableColumn<S, ?>> columns = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getVisibleLeafColumns()) columns.add(c);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<Object> row = new ArrayList<>();
            for (TableColumn<S, ?> c : columns) row.add(typed(c.getCellData(r)));
            rows.add(row);
        }
        List<org.salestrack.report.TableColumn> cols = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) cols.add(org.salestrack.report.TableColumn.of(columns.get(c).getText(), typeOf(rows, c)));
        for (List<Object> row : rows) {
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c).type() == Type.TEXT && row.get(c) != null) row.set(c, row.get(c).toString());
            }
        }
        export.table(title, cols, rows, p -> { });
    }

    /** A cell's value as the workbook should keep it: numbers from formatted text, "–" as empty. */
    static Object typed(Object v) {
        if (v instanceof String s) {
            String t = s.strip();
            if (t.isEmpty() || t.equals("–")) return null;
            if (t.matches("[-+]?[\\d,]*\\.?\\d+")) return new BigDecimal(t.replace(",", "")).doubleValue();
            return s;
        }
        return v;
    }

    static Type typeOf(List<List<Object>> rows, int c) {
        Type type = null;
        for (List<Object> row : rows) {
            Object v = row.get(c);
            if (v == null) continue;
            Type t = v instanceof Number ? Type.DECIMAL : v instanceof LocalDate ? Type.DATE : v instanceof LocalDateTime ? Type.DATE_TIME
                    : v instanceof Boolean ? Type.BOOLEAN : Type.TEXT;
            if (type != null && type != t) return Type.TEXT;
            type = t;
        }
        return type == null ? Type.TEXT : type;
    }

}
