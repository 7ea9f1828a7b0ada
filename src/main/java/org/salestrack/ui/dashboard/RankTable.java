package org.salestrack.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.salestrack.model.cube.Cell;
import org.salestrack.ui.Format;
import org.salestrack.ui.chart.MarkClick;

/**
 * A short ranked list (top or bottom five) whose rows drill on click (ctrl adds, right click offers keep
 * only / exclude). Revenue is shown in one unit for the whole column.
 */
final class RankTable extends VBox {
    private final TableView<Cell> table = new TableView<>();
    private final Supplier<Locale> locale;
    private Format.Scale scale = Format.Scale.YUAN;

    RankTable(String id, StringBinding title, StringBinding nameHeader, StringBinding revenueHeader, Supplier<Locale> locale,
              MarkClick onClick) {
        this.locale = locale;
        getStyleClass().add("card");
        Label t = new Label();
        t.textProperty().bind(title);
        t.getStyleClass().add("card-title");
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * 5 + 30);
        table.setPlaceholder(new Label("–"));
        TableColumn<Cell, String> name = new TableColumn<>();
        name.textProperty().bind(nameHeader);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        name.setPrefWidth(170);
        // a long product name is cut at the column's edge: the whole of it on hover
        name.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        TableColumn<Cell, String> revenue = new TableColumn<>();
        revenue.textProperty().bind(revenueHeader);
        revenue.setCellValueFactory(c -> new ReadOnlyStringWrapper(Format.money(c.getValue().measures().amountE4(), scale, locale.get())));
        revenue.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(name);
        table.getColumns().add(revenue);
        table.setRowFactory(tv -> {
            TableRow<Cell> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) onClick.clicked(row.getItem().key(), row.getItem().label(), e);
            });
            return row;
        });
        getChildren().addAll(t, table);
    }

    /** Shows the cells, their revenue in the unit of the largest (one unit per column). */
    void show(List<Cell> cells) {
        long max = cells.stream().mapToLong(c -> Math.abs(c.measures().amountE4())).max().orElse(0);
        this.scale = Format.scaleFor(max, locale.get());
        table.setItems(FXCollections.observableArrayList(cells));
        // same Cell objects after a language switch: cells would keep their old formatting
        table.refresh();
    }
}
