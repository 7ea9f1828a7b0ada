package org.salestrack.ui.dashboard;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A headline number with its title, a comparison line underneath, the exact value as a tooltip, and a
 * note on what open findings hold out of it (shown only then).
 */
final class KpiTile extends VBox {
    private final Label value = new Label("–");
    private final Label note = new Label("");
    private final Label held = new Label("");
    private final Tooltip exact = new Tooltip();

    KpiTile(String id, StringBinding title) {
        setId("kpi-" + id);
        getStyleClass().add("kpi-tile");
        Label t = new Label();
        t.textProperty().bind(title);
        t.getStyleClass().add("kpi-title");
        value.setId("kpi-" + id + "-value");
        value.getStyleClass().add("kpi-value");
        note.setId("kpi-" + id + "-note");
        note.getStyleClass().add("kpi-note");
        // a narrow window (1280 px) wraps the comparison rather than cutting it off
        note.setWrapText(true);
        held.setWrapText(true);
        held.setId("kpi-" + id + "-held");
        held.getStyleClass().addAll("kpi-note", "kpi-held");
        held.managedProperty().bind(held.visibleProperty());
        held.setVisible(false);
        exact.setShowDelay(Duration.millis(200));
        exact.setId("kpi-" + id + "-exact");
        for (Label l : new Label[] {t, value, note, held}) l.setTooltip(exact);
        getChildren().addAll(t, value, note, held);
    }

    /** @param exactText the full value for the tooltip (with the note, so a clipped note can still be read) */
    void show(String v, String exactText, String n, Trend trend) {
        value.setText(v);
        note.setText(n);
        exact.setText(n.isEmpty() ? exactText : exactText + "\n" + n);
        note.getStyleClass().removeAll("up", "down");
        if (trend == Trend.UP) note.getStyleClass().add("up");
        if (trend == Trend.DOWN) note.getStyleClass().add("down");
    }

    /** What held lines this figure leaves out; empty hides the note. */
    void held(String text) {
        held.setText(text);
        held.setVisible(!text.isEmpty());
        if (!text.isEmpty() && !exact.getText().contains(text)) exact.setText(exact.getText() + "\n" + text);
    }

    String exactText() { return exact.getText(); }

    enum Trend { UP, DOWN, NONE }
}
