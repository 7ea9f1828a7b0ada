package org.salestrack.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;

/**
 * The global filters acting on a view, in words, kept current: every screen that follows the filters
 * shows one, so nobody reads a filtered figure as the whole (issue 11 #14). The dashboard writes its own,
 * with the data's as-of date, and prints it on its exports.
 */
public final class FilterLine extends Label {
    private final StateManager state;
    private final I18n i18n;
    private final boolean withDates;
    // weak: a closed screen's line must not stay reachable from the long-lived state and bundles
    private final InvalidationListener onChange = o -> update();

    /** @param withDates false for views that choose their own dates, so the range would mislead */
    public FilterLine(String id, StateManager state, I18n i18n, boolean withDates) {
        this.state = state;
        this.i18n = i18n;
        this.withDates = withDates;
        setId(id);
        getStyleClass().add("filter-summary");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        state.sliceProperty().addListener(new WeakInvalidationListener(onChange));
        i18n.localeProperty().addListener(new WeakInvalidationListener(onChange));
        update();
    }

    private void update() {
        String text = withDates ? FilterSummary.describe(state.slice(), state, i18n) : FilterSummary.describeMembers(state.slice(), state, i18n);
        setText(i18n.get("filters.acting", text));
    }
}
