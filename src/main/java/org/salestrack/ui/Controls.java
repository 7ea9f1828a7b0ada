package org.salestrack.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;

/** Buttons, labels and tabs whose text follows the language, the way every screen builds them. */
public final class Controls {
    private Controls() {}

    /**
     * A table column that sorts by the value itself ({@code value}: a number sorts as a number, not as its text) and
     * shows it through {@code text}; an empty cell for a null value.
     */
    public static <R, T extends Comparable<T>> javafx.scene.control.TableColumn<R, T> sortedColumn(I18n i18n, String key,
            java.util.function.Function<R, T> value, java.util.function.Function<T, String> text, double width) {
        javafx.scene.control.TableColumn<R, T> c = new javafx.scene.control.TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(java.util.Comparator.naturalOrder());
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    public static Button button(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    public static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    public static Tab tab(I18n i18n, String key, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.bind(key));
        t.setContent(content);
        return t;
    }

    /**
     * Keeps a table column at least as wide as its header text in the current language, so a narrow window
     * scrolls the table sideways instead of cutting headers to "Quaran…".
     */
    /** A titled card of the screens' page layout: the title (relabelled with the language) over its content. */
    public static javafx.scene.layout.VBox card(I18n i18n, String titleKey, javafx.scene.Node... content) {
        Label title = label(i18n, titleKey);
        title.getStyleClass().add("card-title");
        // a long title in a narrow card (1280x720, the side cards) takes a second line rather than losing its end
        title.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        return box;
    }

    /**
     * Redraws a table's cells when the language changes: cell texts computed from the bundles (record kinds,
     * statuses) are cached by the table and otherwise stayed in the language they were first shown in.
     */
    public static void followLanguage(I18n i18n, javafx.scene.control.TableView<?> table) {
        javafx.beans.InvalidationListener redraw = o -> table.refresh();
        // held by the table, listened to weakly: a closed screen's table must not stay reachable from I18n
        table.getProperties().put("followLanguage", redraw);
        i18n.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(redraw));
    }

    public static void fitHeader(javafx.scene.control.TableColumn<?, ?> column) {
        javafx.beans.InvalidationListener fit = o -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(column.getText());
            t.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
                    javafx.scene.text.Font.getDefault().getSize()));
            column.setMinWidth(Math.ceil(t.getLayoutBounds().getWidth()) + 24);
        };
        column.textProperty().addListener(fit);
        fit.invalidated(null);
    }
}
