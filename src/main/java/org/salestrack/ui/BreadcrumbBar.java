package org.salestrack.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The drill path: All › 广东 › 深圳 ›…, each step clickable, with Back and Clear. */
public final class BreadcrumbBar extends HBox {
    private final StateManager state;
    private final I18n i18n;
    private final HBox path = new HBox(4);
    private final ListChangeListener<Crumb> onCrumbs = c -> render();
    private final javafx.beans.InvalidationListener onLocale = o -> render();

    public BreadcrumbBar(StateManager state, I18n i18n) {
        super(8);
        this.state = state;
        this.i18n = i18n;
        setId("breadcrumb");
        getStyleClass().add("breadcrumb");
        setAlignment(Pos.CENTER_LEFT);
        path.setAlignment(Pos.CENTER_LEFT);
        Button back = new Button();
        back.setId("crumb-back");
        back.textProperty().bind(i18n.bind("crumb.back"));
        back.setOnAction(e -> state.back());
        Button clear = new Button();
        clear.setId("crumb-clear");
        clear.textProperty().bind(i18n.bind("crumb.clear"));
        clear.setOnAction(e -> state.clear());
        back.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(state.crumbs()));
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(state.crumbs()));
        getChildren().addAll(back, clear, path);
        state.crumbs().addListener(onCrumbs);
        i18n.localeProperty().addListener(onLocale);
        render();
    }

    private void render() {
        path.getChildren().clear();
        Hyperlink all = new Hyperlink(i18n.get("crumb.all"));
        all.setOnAction(e -> state.clear());
        path.getChildren().add(all);
        for (int i = 0; i < state.crumbs().size(); i++) {
            Crumb c = state.crumbs().get(i);
            int index = i;
            path.getChildren().add(new Label("›"));
            String label = MemberNames.of(c.dim(), c.key(), c.label(), i18n);
            if (c.action() == Crumb.Action.ADD) label = i18n.get("crumb.added", label);
            if (c.action() == Crumb.Action.EXCLUDE) label = i18n.get("filters.not", label);
            Hyperlink step = new Hyperlink(i18n.get("dim." + c.dim().id()) + ": " + label);
            step.getStyleClass().add("crumb");
            step.setOnAction(e -> state.backTo(index));
            path.getChildren().add(step);
        }
    }

    public void close() {
        state.crumbs().removeListener(onCrumbs);
        i18n.localeProperty().removeListener(onLocale);
    }
}
