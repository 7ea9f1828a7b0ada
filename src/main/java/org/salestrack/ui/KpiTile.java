package org.salestrack.ui;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A headline number with its title and a note underneath, on every screen that leads with figures (the
 * dashboard, Customers, Feedback, Market); optionally the exact value as a tooltip and a note on what open
 * findings hold out of it (shown only then).
 */
public final class KpiTile extends VBox {
    private final Label title = new Label();
    private final Label value = new Label("–");
    private final Label note = new Label("");
    /** Made on the first held lines to show: a tile without any has no such note at all. */
    private Label held;
    private String heldId;
    private final Tooltip exact = new Tooltip();

    /** The dashboard's naming: the tile {@code kpi-ID}, its parts {@code kpi-ID-value}, {@code -note}, {@code -held}, {@code -exact}. */
    public KpiTile(String id, StringBinding title) {
        this(title, "kpi-" + id + "-value", "kpi-" + id + "-note");
        setId("kpi-" + id);
        heldId = "kpi-" + id + "-held";
        exact.setId("kpi-" + id + "-exact");
    }

    /** A tile whose value and note carry the given ids (a null id leaves that part unnamed). */
    public KpiTile(StringBinding title, String valueId, String noteId) {
        getStyleClass().add("kpi-tile");
        this.title.textProperty().bind(title);
        this.title.getStyleClass().add("kpi-title");
        value.setId(valueId);
        value.getStyleClass().add("kpi-value");
        note.setId(noteId);
        note.getStyleClass().add("kpi-note");
        // a narrow window (1280 px) wraps the comparison rather than cutting it off ("no purchase f…")
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        exact.setShowDelay(Duration.millis(200));
        getChildren().addAll(this.title, value, note);
    }

    /** The figure and the line under it. */
    public void show(String v, String n) {
        value.setText(v);
        note.setText(n);
    }

    /** @param exactText the full value for the tooltip (with the note, so a clipped note can still be read) */
    public void show(String v, String exactText, String n, Trend trend) {
        show(v, n);
        exact(n.isEmpty() ? exactText : exactText + "\n" + n);
        note.getStyleClass().removeAll("up", "down");
        if (trend == Trend.UP) note.getStyleClass().add("up");
        if (trend == Trend.DOWN) note.getStyleClass().add("down");
    }

    /** The text shown on hovering any part of the tile; empty shows none. */
    public void exact(String text) {
        exact.setText(text);
        for (Label l : new Label[] {title, value, note, held}) {
            if (l != null) l.setTooltip(text.isEmpty() ? null : exact);
        }
    }

    /** What held lines this figure leaves out; empty hides the note. */
    public void held(String text) {
        if (held == null) {
            if (text.isEmpty()) return;
            held = new Label();
            held.setId(heldId);
            held.setWrapText(true);
            held.getStyleClass().addAll("kpi-note", "kpi-held");
            held.managedProperty().bind(held.visibleProperty());
            held.setTooltip(exact.getText().isEmpty() ? null : exact);
            getChildren().add(held);
        }
        held.setText(text);
        held.setVisible(!text.isEmpty());
        if (!text.isEmpty() && !exact.getText().contains(text)) exact(exact.getText() + "\n" + text);
    }

    public String exactText() { return exact.getText(); }

    public enum Trend { UP, DOWN, NONE }
}
