package org.salestrack.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.salestrack.ui.MainWindow;

/** The JavaFX application: wires the workbench and shows the main window. */
public final class WorkbenchApp extends Application {
    static void launchWorkbench(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        new MainWindow().show(stage);
    }
}
