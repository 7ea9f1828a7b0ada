package org.salestrack.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps every column of a table at least as wide as its header and the texts its cells show (in the current
 * language), up to a cap; a capped column's cells show their whole text on hover. The table's resize policy
 * shares out the rest of the width; when the window is too narrow for the minimums the table scrolls sideways
 * instead of cutting "pos-sales-2025.csv" to "pos-s…".
 */
public final class ColumnFit {
    /** Rows measured: enough for the texts a first screen shows, cheap on the FX thread. */
    static final int ROWS = 250;
    /** Wider than this a column is capped: a long reason must not push every other column out of view. */
    public static final double CAP = 420;
    private static final double CELL_PAD = 18;
    private static final double HEADER_PAD = 26;

    private ColumnFit() {}

    /** Fits now and again whenever the rows, a header (the language) or the set of columns changes. */
    public static <T> void fit(TableView<T> table) {
        boolean[] pending = {false};
        Runnable later = () -> {
            if (pending[0]) return;
            pending[0] = true;
            Platform.runLater(() -> {
                pending[0] = false;
                fitNow(table);
            });
        };
        ListChangeListener<T> rows = c -> later.run();
        InvalidationListener any = o -> later.run();
        if (table.getItems() != null) table.getItems().addListener(rows);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) was.removeListener(rows);
            if (now != null) now.addListener(rows);
            later.run();
        });
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) c -> {
            for (TableColumn<T, ?> col : table.getColumns()) col.textProperty().addListener(any);
            later.run();
        });
        for (TableColumn<T, ?> col : table.getColumns()) col.textProperty().addListener(any);
        table.getProperties().put("columnFit", any);
        fitNow(table);
    }

    /** Sets each column's minimum width to its widest text (header in bold), capped at {@link #CAP}. */
    public static <T> void fitNow(TableView<T> table) {
        for (TableColumn<T, ?> col : table.getColumns()) {
            double header = width(col.getText(), true) + HEADER_PAD;
            double content = contentWidth(table, col);
            col.setMinWidth(Math.min(CAP, Math.max(header, content)));
            if (col.getPrefWidth() < col.getMinWidth()) col.setPrefWidth(col.getMinWidth());
        }
    }

    /** The widest text the column's own cells show for the first {@link #ROWS} rows. */
    private static <T, V> double contentWidth(TableView<T> table, TableColumn<T, V> col) {
        if (table.getItems() == null || table.getItems().isEmpty()) return 0;
        TableCell<T, V> cell;
        try {
            cell = col.getCellFactory().call(col);
        } catch (RuntimeException e) {
            return 0;
        }
        TableRow<T> row = new TableRow<>();
        row.updateTableView(table);
        cell.updateTableView(table);
        cell.updateTableColumn(col);
        cell.updateTableRow(row);
        double max = 0;
        int n = Math.min(ROWS, table.getItems().size());
        for (int i = 0; i < n; i++) {
            try {
                row.updateIndex(i);
                cell.updateIndex(i);
            } catch (RuntimeException e) {
                // a cell that needs to be on screen to draw itself is measured by its value instead
                V v = col.getCellData(i);
                max = Math.max(max, width(v == null ? "" : v.toString(), false) + CELL_PAD);
                continue;
            }
            max = Math.max(max, width(cell.getText(), false) + CELL_PAD);
        }
        cell.updateIndex(-1);
        return max;
    }

    static double width(String text, boolean bold) {
        if (text == null || text.isEmpty()) return 0;
        Text t = new Text(text);
        t.setFont(Font.font(Fonts.fxFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, 13));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    /** A cell text cut at the column's edge shows whole on hover. */
    public static Tooltip tip(String text) { return text == null || text.isEmpty() ? null : new Tooltip(text); }
}
