package org.salestrack.ui.chart;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/** A rows x periods grid of coloured cells (e.g. province x month) with a click on a row's cell. */
public final class MatrixHeatMap extends GridPane {
    private BiConsumer<String, String> onRowClicked = (k, l) -> {};

    public MatrixHeatMap() {
        getStyleClass().add("matrix");
        setHgap(1);
        setVgap(1);
    }

    public void setOnRowClicked(BiConsumer<String, String> handler) { this.onRowClicked = handler; }

    /** @param values values[row][period]; NaN for no data */
    public void show(List<String> rowKeys, List<String> rowLabels, List<String> periods, double[][] values, ColorScale scale,
                     DoubleFunction<String> format) {
        getChildren().clear();
        for (int j = 0; j < periods.size(); j++) {
            Label h = new Label(shortPeriod(periods.get(j)));
            h.getStyleClass().add("matrix-header");
            add(h, j + 1, 0);
        }
        for (int i = 0; i < rowKeys.size(); i++) {
            String key = rowKeys.get(i);
            String label = rowLabels.get(i);
            Label name = new Label(label.isEmpty() ? "–" : label);
            name.getStyleClass().add("matrix-row");
            name.setOnMouseClicked(e -> onRowClicked.accept(key, label));
            add(name, 0, i + 1);
            for (int j = 0; j < periods.size(); j++) {
                double v = values[i][j];
                Label cell = new Label();
                cell.getStyleClass().add("matrix-cell");
                cell.setMinSize(22, 18);
                cell.setPrefSize(44, 20);
                cell.setAlignment(Pos.CENTER);
                Color c = scale.color(Double.isNaN(v) ? null : v);
                cell.setStyle("-fx-background-color: " + ColorScale.css(c) + ";");
                Tooltip.install(cell, new Tooltip(label + " · " + periods.get(j) + "\n" + (Double.isNaN(v) ? "–" : format.apply(v))));
                cell.setOnMouseClicked(e -> onRowClicked.accept(key, label));
                add(cell, j + 1, i + 1);
            }
        }
    }

    private static String shortPeriod(String p) {
        return p.length() == 7 && p.charAt(4) == '-' ? p.substring(2) : p.length() > 8 && p.charAt(4) == '-' ? p.substring(5) : p;
    }
}
