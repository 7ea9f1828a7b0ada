package org.salestrack.ui;

import javafx.scene.Node;

/** A screen of the workbench: its content and what to release when the window closes. */
public interface Screen {
    Node node();

    /** Removes listeners on long-lived objects (StateManager, I18n) and cancels pending work. */
    void close();
}
