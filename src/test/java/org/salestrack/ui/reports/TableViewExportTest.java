package org.salestrack.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;
import org.salestrack.report.TableColumn.Type;

/** A table's export takes its numbers from the rows, never from the text the cells show ("1,234", "12,345 (+3.4%)"). */
class TableViewExportTest {
    record Run(String model, double mape, Double coverage) {}

    private static <T> TableColumn<Run, String> shown(String name, java.util.function.Function<Run, String> text) {
        TableColumn<Run, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        return c;
    }

    @Test
    void markedColumnsExportTheRowsValuesAndTheRestTheirTextAsShown() {
        TableColumn<Run, String> model = shown("model", Run::model);
        TableColumn<Run, String> mape = TableViewExport.exports(shown("MAPE", r -> String.format("%,.1f", r.mape())), Type.DECIMAL, Run::mape);
        TableColumn<Run, String> coverage = TableViewExport.exports(shown("coverage", r -> r.coverage() == null ? "–" : r.coverage() + "%"),
                Type.DECIMAL, r -> r.coverage());
        TableColumn<Run, String> note = shown("note", r -> r.mape() > 1000 ? "1,234" : "–");
        javafx.scene.control.TableView<Run> table = new javafx.scene.control.TableView<>();
        table.getColumns().addAll(List.of(model, mape, coverage, note));
        table.getItems().addAll(new Run("ETS(A,N,N)", 1234.56, 80.0), new Run("Theta", 9.1, null));
        List<TableColumn<Run, ?>> columns = new ArrayList<>(table.getColumns());

        assertThat(TableViewExport.columns(columns)).extracting(org.salestrack.report.TableColumn::type)
                .containsExactly(Type.TEXT, Type.DECIMAL, Type.DECIMAL, Type.TEXT);
        assertThat(TableViewExport.rows(columns, table.getItems())).containsExactly(
                Arrays.asList("ETS(A,N,N)", 1234.56, 80.0, "1,234"),
                Arrays.asList("Theta", 9.1, null, null));
    }
}
