package org.salestrack.ui.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.I18n;

/**
 * Any TableView to XLSX: the visible columns with their headers, each value taken from the row itself where the
 * column says how ({@link #exports}: numbers stay numbers, a missing figure an empty cell), never parsed back from
 * the text a cell shows; a column that says nothing is text, as shown. Adds "Export to Excel…" to the table's context
 * menu.
 */
public final class TableViewExport {
    private static final String VALUE = "salestrack.export.value";
    private static final String TYPE = "salestrack.export.type";

    private TableViewExport() {}

    /** Marks what {@code column} holds for an export: the type and, from a row, the value (null for an empty cell). */
    public static <S, T> TableColumn<S, T> exports(TableColumn<S, T> column, Type type, Function<S, Object> value) {
        column.getProperties().put(VALUE, value);
        column.getProperties().put(TYPE, type);
        return column;
    }

    public static void install(TableView<?> table, ExportActions export, I18n i18n, String titleKey) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind("export.table.menu"));
        item.setOnAction(e -> export(table, export, i18n.get(titleKey)));
        ContextMenu menu = table.getContextMenu() == null ? new ContextMenu() : table.getContextMenu();
        menu.getItems().add(item);
        table.setContextMenu(menu);
    }

    static <S> void export(TableView<S> table, ExportActions export, String title) {
        List<TableColumn<S, ?>> columns = new ArrayList<>(table.getVisibleLeafColumns());
        export.table(title, columns(columns), rows(columns, table.getItems()), p -> { });
    }

    static <S> List<org.salestrack.report.TableColumn> columns(List<TableColumn<S, ?>> columns) {
        List<org.salestrack.report.TableColumn> out = new ArrayList<>();
        for (TableColumn<S, ?> c : columns) {
            Object type = c.getProperties().get(TYPE);
            out.add(org.salestrack.report.TableColumn.of(c.getText(), type instanceof Type t ? t : Type.TEXT));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static <S> List<List<Object>> rows(List<TableColumn<S, ?>> columns, List<S> items) {
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (int r = 0; r < items.size(); r++) {
            List<Object> row = new ArrayList<>(columns.size());
            for (TableColumn<S, ?> c : columns) {
                Object f = c.getProperties().get(VALUE);
                if (f != null) {
                    row.add(((Function<S, Object>) f).apply(items.get(r)));
                } else {
                    Object shown = c.getCellData(r);
                    row.add(shown == null || shown.toString().isBlank() || shown.toString().equals("–") ? null : shown.toString());
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
