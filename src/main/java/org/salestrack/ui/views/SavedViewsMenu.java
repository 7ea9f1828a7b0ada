package org.salestrack.ui.views;

import org.salestrack.ui.Failures;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.salestrack.model.cube.SavedView;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.I18n;
import org.salestrack.ui.StateSnapshot;
import org.salestrack.ui.WorkbenchContext;

/**
 * The header's "Views" menu: save the current filters, drill path and screen under a name, reopen a saved
 * view, delete one. Views live in the workspace (table saved_view), so they travel with it; reading and
 * writing them runs off the FX thread.
 */
public final class SavedViewsMenu {
    private final WorkbenchContext ctx;
    private final I18n i18n;
    private final Supplier<String> screen;
    private final Consumer<String> showScreen;
    private final MenuButton button = new MenuButton();
    private List<SavedView> views = List.of();

    /** @param screen the id of the screen shown now; @param showScreen shows a screen by id */
    public SavedViewsMenu(WorkbenchContext ctx, Supplier<String> screen, Consumer<String> showScreen) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.screen = screen;
        this.showScreen = showScreen;
        button.setId("views-menu");
        button.textProperty().bind(i18n.bind("views.menu"));
        button.setOnShowing(e -> rebuild());
        reload();
    }

    public Node node() { return button; }

    private void reload() {
        ctx.queries().execute(new BackgroundTask<List<SavedView>>("") {
            @Override
            public List<SavedView> call() { return ctx.explore().savedViews(); }
        }, v -> {
            views = v;
            rebuild();
        }, e -> error(e));
    }

    private void rebuild() {
        MenuItem save = new MenuItem(i18n.get("views.save"));
        save.setId("views-save");
        save.setOnAction(e -> save());
        button.getItems().setAll(save, new SeparatorMenuItem());
        if (views.isEmpty()) {
            MenuItem none = new MenuItem(i18n.get("views.none"));
            none.setDisable(true);
            button.getItems().add(none);
            return;
        }
        Menu delete = new Menu(i18n.get("views.delete"));
        delete.setId("views-delete");
        for (SavedView v : views) {
            MenuItem open = new MenuItem(v.name());
            open.getStyleClass().add("saved-view");
            open.setOnAction(e -> open(v));
            button.getItems().add(open);
            MenuItem del = new MenuItem(v.name());
            del.getStyleClass().add("delete-view");
            del.setOnAction(e -> delete(v.name()));
            delete.getItems().add(del);
        }
        button.getItems().addAll(new SeparatorMenuItem(), delete);
    }

    private void save() {
        String suggestion = ctx.state().crumbs().isEmpty() ? "" : ctx.state().crumbs().get(ctx.state().crumbs().size() - 1).label();
        ctx.dialogs().askText(i18n.get("views.save.title"), i18n.get("views.save.prompt"), suggestion).map(String::strip)
                .filter(n -> !n.isEmpty()).ifPresent(name -> {
                    if (views.stream().anyMatch(v -> v.name().equals(name))
                            && !ctx.dialogs().confirm(i18n.get("views.save.title"), i18n.get("views.replace", name))) return;
                    SavedView view = StateSnapshot.capture(ctx.state(), name, screen.get());
                    ctx.queries().execute(new BackgroundTask<Void>("") {
                        @Override
                        public Void call() {
                            ctx.explore().saveView(view);
                            return null;
                        }
                    }, x -> reload(), this::error);
                });
    }

    /** Filters, path and screen as saved; the date preset re-anchors on today's data, a custom range stays. */
    private void open(SavedView v) {
        StateSnapshot.restore(ctx.state(), v);
        showScreen.accept(v.screen());
    }

    private void delete(String name) {
        if (!ctx.dialogs().confirm(i18n.get("views.delete"), i18n.get("views.delete.confirm", name))) return;
        ctx.queries().execute(new BackgroundTask<Void>("") {
            @Override
            public Void call() {
                ctx.explore().deleteView(name);
                return null;
            }
        }, x -> reload(), this::error);
    }

    private void error(Throwable e) {
        ctx.dialogs().showError(i18n.get("views.menu"), i18n.get("error.query", Failures.text(i18n, e)));
    }
}
