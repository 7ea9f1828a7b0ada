package org.salestrack.ui;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ListCell;

/** List cells that show an enum (dimension, measure, preset) through the bundles, relabelled on a language switch. */
public final class DimLabels {
    private DimLabels() {}

    public static <T> ListCell<T> cell(I18n i18n, Function<T, String> key) { return cell(i18n, key, null); }

    /** @param emptyKey what an empty cell says (a combo box's button showing no choice), or null for nothing */
    public static <T> ListCell<T> cell(I18n i18n, Function<T, String> key, String emptyKey) {
        return new ListCell<>() {
            // weak, so a closed view's cells do not stay reachable from the long-lived I18n
            private final InvalidationListener onLocale = o -> update();

            {
                i18n.localeProperty().addListener(new WeakInvalidationListener(onLocale));
            }

            private void update() {
                if (isEmpty() || getItem() == null) setText(emptyKey == null ? null : i18n.get(emptyKey));
                else setText(i18n.get(key.apply(getItem())));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                update();
            }
        };
    }
}
