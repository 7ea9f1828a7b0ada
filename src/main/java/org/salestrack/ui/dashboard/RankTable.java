package org.salestrack.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
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
import org.salestrack.ui.lines.ShowLinesMenu;

/** A short ranked list (top or bottom five) whose rows drill on click. */
final class RankTable extends VBox {
    private final TableView<Cell> table = new TableView<>();
    private org.salestrack.ui.I18n i18n;
    private BiConsumer<String, String> onShowLines;

    RankTable(String id, StringBinding title, StringBinding nameHeader, StringBinding revenueHeader, Supplier<Locale> locale,
              BiConsumer<String, String> onClick) {
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
        TableColumn<Cell, String> revenue = new TableColumn<>();
        revenue.textProperty().bind(revenueHeader);
        revenue.setCellValueFactory(c -> new ReadOnlyStringWrapper(Format.moneyShort(c.getValue().measures().amountCents(), locale.get())));
        revenue.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(name);
        table.getColumns().add(revenue);
        table.setRowFactory(tv -> {
            TableRow<Cell> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) onClick.accept(row.getItem().key(), row.getItem().label());
            });
            ShowLinesMenu.install(row, i18n, "rank-show-lines",
                    () -> row.isEmpty() || onShowLines == null ? null : () -> onShowLines.accept(row.getItem().key(), row.getItem().label()));
            return row;
        });
        getChildren().addAll(t, table);
    }

    /** A context menu on each row opening the lines behind it. */
    void setOnShowLines(org.salestrack.ui.I18n i18n, BiConsumer<String, String> handler) {
        this.i18n = i18n;
        this.onShowLines = handler;
    }

    void show(List<Cell> cells) {
        table.setItems(FXCollections.observableArrayList(cells));
        // same Cell objects after a language switch: cells would keep their old formatting
        table.refresh();
    }
}
