package org.salestrack.ui.chart;

import javafx.scene.input.MouseEvent;

/** A click on a chart mark, tile or row that stands for one member: its key, its label, and the mouse event (button, ctrl). */
@FunctionalInterface
public interface MarkClick {
    void clicked(String key, String label, MouseEvent event);
}
