package org.salestrack.ui.forecast;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ListCell;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.model.Dimension;
import org.salestrack.model.Provinces;
import org.salestrack.ui.I18n;
import org.salestrack.ui.MemberNames;

/**
 * A series as the reader names it: its id joins the member names of the level ("上海/星河" for province x series),
 * and each part is shown as {@link MemberNames} shows that member ("Shanghai/星河" in the English UI).
 */
final class SeriesNames {
    private SeriesNames() {}

    static String of(String id, List<String> level, I18n i18n) {
        if (id == null) return "";
        String[] parts = id.split("/", -1);
        if (parts.length != level.size()) return id;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) b.append('/');
            Dimension d = Dimension.byId(level.get(i)).orElse(null);
            // the province part is a name; MemberNames looks provinces up by their code
            String key = d == Dimension.PROVINCE ? Provinces.get().normalise(parts[i]).orElse(parts[i]) : parts[i];
            b.append(MemberNames.of(d, key, parts[i], i18n));
        }
        return b.toString();
    }

    /** A combo box cell naming a series in the reader's language, redrawn on a language switch. */
    static ListCell<SeriesHistory> cell(Supplier<List<String>> level, I18n i18n) {
        return new ListCell<>() {
            private final InvalidationListener onLocale = o -> update();

            {
                i18n.localeProperty().addListener(new WeakInvalidationListener(onLocale));
            }

            private void update() { setText(isEmpty() || getItem() == null ? null : of(getItem().id(), level.get(), i18n)); }

            @Override
            protected void updateItem(SeriesHistory s, boolean empty) {
                super.updateItem(s, empty);
                update();
            }
        };
    }
}
