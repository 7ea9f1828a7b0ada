package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import javafx.collections.FXCollections;
import javafx.scene.control.TreeItem;

/** A tree row whose children (the next level down) are queried only when it is first expanded. */
final class LazyRowItem extends TreeItem<ExplorerRow> {
    private final ExplorerViewModel vm;
    private boolean loaded;

    LazyRowItem(ExplorerRow row, ExplorerViewModel vm) {
        super(row);
        this.vm = vm;
        expandedProperty().addListener((o, was, now) -> {
            if (now && !loaded) load();
        });
    }

    @Override
    public boolean isLeaf() { return !vm.hasChildren(getValue()) || (loaded && getChildren().isEmpty()); }

    private void load() {
        loaded = true;
        vm.loadChildren(getValue(), rows -> getChildren().setAll(FXCollections.observableArrayList(
                rows.stream().map(r -> (TreeItem<ExplorerRow>) new LazyRowItem(r, vm)).toList())));
    }
}
