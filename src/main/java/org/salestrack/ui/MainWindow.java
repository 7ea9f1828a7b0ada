package org.salestrack.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The workbench window. */
public final class MainWindow {
    public void show(Stage stage) {
        BorderPane root = new BorderPane(new Label("SalesTrack"));
        stage.setTitle("SalesTrack");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
