package org.salestrack.ui.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.salestrack.model.SourceRow;

/** Source rows with one column per field, the issue's own lines highlighted among their neighbours. */
final class RowsTable extends TableView<SourceRow> {
    private Set<Integer> marked = Set.of();

    RowsTable(String id) {
        setId(id);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SourceRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("issue-line");
                if (!empty && r != null && marked.contains(r.sourceRow())) getStyleClass().add("issue-line");
            }
        });
    }

    /**
     * @param rowLabel the header of the row-number column, in the UI language
     * @param header a field's header in the UI language (a source file's own column names stay as they are)
     */
    void show(List<SourceRow> rows, Set<Integer> issueRows, String rowLabel, java.util.function.UnaryOperator<String> header) {
        marked = issueRows;
        Set<String> fields = new LinkedHashSet<>();
        for (SourceRow r : rows) fields.addAll(r.fields().keySet());
        List<TableColumn<SourceRow, String>> cols = new ArrayList<>();
        TableColumn<SourceRow, String> row = new TableColumn<>(rowLabel);
        row.setCellValueFactory(d -> new ReadOnlyStringWrapper(Integer.toString(d.getValue().sourceRow())));
        cols.add(row);
        for (String f : fields) {
            TableColumn<SourceRow, String> c = new TableColumn<>(header.apply(f));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().fields().getOrDefault(f, "")));
            cols.add(c);
        }
        getColumns().setAll(cols);
        getItems().setAll(rows);
    }

    void clear() {
        getColumns().clear();
        getItems().clear();
    }
}
