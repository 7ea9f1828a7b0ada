package org.salestrack.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.salestrack.model.Dimension;
import org.salestrack.ui.I18n;
import org.salestrack.ui.chart.MarkClick;

/**
 * The cross-filter gestures on a mark that stands for a member (issue 11 #14): a click narrows every view
 * to it, ctrl-click adds it to the members kept, a right click offers "Keep only", "Add" and "Exclude"
 * (and whatever else the mark offers, in the same menu).
 */
final class CrossFilterMenu {
    private final DashboardViewModel vm;
    private final I18n i18n;
    private ContextMenu open;

    CrossFilterMenu(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    /** Further items of a member's menu, after the cross-filter ones (the dashboard's "Show lines"). */
    @FunctionalInterface
    interface MoreItems {
        List<MenuItem> of(Node owner, Dimension dim, String key, String label);
    }

    /** The click handler for marks of one dimension. */
    MarkClick on(Dimension dim) {
        return on(dim, (owner, d, key, label) -> List.of());
    }

    /** The click handler for marks of one dimension whose right-click menu also holds {@code more}. */
    MarkClick on(Dimension dim, MoreItems more) {
        return (key, label, e) -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.click(dim, key, label, e.isShortcutDown() || e.isControlDown());
            } else if (e.getButton() == MouseButton.SECONDARY && e.getSource() instanceof Node owner) {
                List<MenuItem> items = new ArrayList<>(items(dim, key, label));
                List<MenuItem> extra = more.of(owner, dim, key, label);
                if (!extra.isEmpty()) {
                    items.add(new SeparatorMenuItem());
                    items.addAll(extra);
                }
                show(owner, e, items);
            }
        };
    }

    List<MenuItem> items(Dimension dim, String key, String label) {
        String name = org.salestrack.ui.MemberNames.of(dim, key, label, i18n);
        MenuItem keep = new MenuItem(i18n.get("filters.keep.only", name));
        keep.setId("menu-keep-only");
        keep.setOnAction(a -> vm.keepOnly(dim, key, label));
        var kept = vm.state().slice().keys(dim);
        // ctrl-click toggles: on a member already kept (with others) it takes it out again
        boolean remove = kept.contains(key) && kept.size() > 1;
        MenuItem add = new MenuItem(i18n.get(remove ? "filters.remove" : "filters.add", name));
        add.setId("menu-add");
        add.setOnAction(a -> vm.click(dim, key, label, true));
        MenuItem exclude = new MenuItem(i18n.get("filters.exclude", name));
        exclude.setId("menu-exclude");
        exclude.setOnAction(a -> vm.exclude(dim, key, label));
        return List.of(keep, add, exclude);
    }

    private void show(Node owner, MouseEvent e, List<MenuItem> items) {
        if (open != null) open.hide();
        open = new ContextMenu(items.toArray(MenuItem[]::new));
        open.show(owner, e.getScreenX(), e.getScreenY());
    }
}
