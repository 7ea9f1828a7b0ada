package org.salestrack.ui.dashboard;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A headline number with its title and a small comparison line underneath. */
final class KpiTile extends VBox {
    private final Label value = new Label("–");
    private final Label note = new Label("");

    KpiTile(String id, StringBinding title) {
        setId("kpi-" + id);
        getStyleClass().add("kpi-tile");
        Label t = new Label();
        t.textProperty().bind(title);
        t.getStyleClass().add("kpi-title");
        value.setId("kpi-" + id + "-value");
        value.getStyleClass().add("kpi-value");
        note.getStyleClass().add("kpi-note");
        getChildren().addAll(t, value, note);
    }

    void show(String v, String n, Trend trend) {
        value.setText(v);
        note.setText(n);
        note.getStyleClass().removeAll("up", "down");
        if (trend == Trend.UP) note.getStyleClass().add("up");
        if (trend == Trend.DOWN) note.getStyleClass().add("down");
    }

    enum Trend { UP, DOWN, NONE }
}
