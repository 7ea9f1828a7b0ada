package org.salestrack.ui.quality;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ListCell;
import org.salestrack.ui.I18n;

/**
 * List cells whose text is computed from the item (null included, e.g. "All"), recomputed when the
 * language switches; for choices that are not all bundle keys (rule ids, batch numbers).
 */
final class TextCells {
    private TextCells() {}

    static <T> ListCell<T> cell(I18n i18n, Function<T, String> text) { return cell(i18n, text, false); }

    /** @param button a combo box's button cell, which is "empty" while the value is null but must still say "All" */
    static <T> ListCell<T> cell(I18n i18n, Function<T, String> text, boolean button) {
        return new ListCell<>() {
            // weak, so a closed view's cells do not stay reachable from the long-lived I18n
            private final InvalidationListener onLocale = o -> update();

            {
                i18n.localeProperty().addListener(new WeakInvalidationListener(onLocale));
            }

            private void update() { setText(isEmpty() && !button ? null : text.apply(getItem())); }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                update();
            }
        };
    }
}
