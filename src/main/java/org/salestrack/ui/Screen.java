package org.salestrack.ui;

import javafx.scene.Node;

/** A screen of the workbench: its content and what to release when the window closes. */
public interface Screen {
    Node node();

    /** True while the screen reads what it shows, for work that waits for it to finish (null: it never loads). */
    default javafx.beans.value.ObservableBooleanValue loading() { return null; }

    /** Removes listeners on long-lived objects (StateManager, I18n) and cancels pending work. */
    void close();
}
