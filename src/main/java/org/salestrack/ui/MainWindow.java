package org.salestrack.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.salestrack.model.IssueCount;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.task.BackgroundTask;

/**
 * The workbench window's content: navigation on the left (from {@link Screens}), the global filters and
 * the breadcrumb on top, the current screen in the middle, and the status bar at the bottom. Screens are
 * built on first visit and kept, so switching back keeps their state.
 */
public final class MainWindow {
    private final WorkbenchContext ctx;
    private final UiTaskExecutor tasks;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<String, Screen> open = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final List<Runnable> closers = new ArrayList<>();
    private final FilterBar filters;
    private final Hyperlink openIssues = new Hyperlink();
    private final javafx.beans.property.LongProperty openIssueCount = new javafx.beans.property.SimpleLongProperty();
    private ToggleButton[] langButtons = new ToggleButton[0];
    private String current;
    private final javafx.beans.InvalidationListener onLocale = o -> selectLanguageButton();
    private final javafx.beans.value.ChangeListener<String> onScreenRequest = (o, a, id) -> { if (id != null) show(id); };
    private org.salestrack.ui.alert.AlertBadge alertBadge;

    private HBox header;

    public MainWindow(WorkbenchContext ctx, UiTaskExecutor tasks, String workspaceName) {
        this.ctx = ctx;
        this.tasks = tasks;
        I18n i18n = ctx.i18n();
        root.getStyleClass().add("workbench");
        root.setStyle("-fx-font-family: \"" + Fonts.fxFamily() + "\";");
        filters = new FilterBar(ctx.state(), ctx.explore(), ctx.queries(), i18n);
        BreadcrumbBar crumbs = new BreadcrumbBar(ctx.state(), i18n);
        StatusBar status = new StatusBar(tasks, i18n, workspaceName);
        closers.add(filters::close);
        closers.add(crumbs::close);
        closers.add(status::close);
        VBox top = new VBox(header(), filters, crumbs);
        top.getStyleClass().add("top-area");
        root.setTop(top);
        root.setLeft(navigation());
        // a screen taller than the window (Data quality with its batch tab at 1280x720) scrolls inside the window
        // instead of pushing the status bar out of it
        javafx.scene.control.ScrollPane page = new javafx.scene.control.ScrollPane(content);
        page.setId("screen-page");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add("screen-page");
        root.setCenter(page);
        root.setBottom(status);
        show(Screens.all().get(0).id());
        ctx.state().screenRequestProperty().addListener(onScreenRequest);
        refreshOpenIssues();
    }

    public Parent root() { return root; }

    /** The header's open-alert count, null when the workbench runs without the alert service. */
    public org.salestrack.ui.alert.AlertBadge alertBadge() { return alertBadge; }

    private void selectLanguageButton() {
        if (langButtons.length == 2) langButtons[ctx.i18n().chinese() ? 1 : 0].setSelected(true);
    }

    /** Members and spans changed (an import or undo): pickers reload. */
    public void dataChanged() {
        filters.loadMembers();
        refreshOpenIssues();
        if (alertBadge != null) alertBadge.refresh();
    }

    /**
     * Counts open data-quality issues off the FX thread; the header then shows them as a link to the
     * Data quality screen on every screen, the dashboard first.
     */
    private void refreshOpenIssues() {
        if (ctx.screens().quality() == null) return;
        var quality = ctx.screens().quality();
        ctx.queries().execute(new BackgroundTask<Long>("open-issues") {
            @Override
            public Long call() {
                return quality.issueCounts(IssueFilter.all().withStatus(IssueStatus.OPEN)).stream().mapToLong(IssueCount::count).sum();
            }
        }, openIssueCount::set, e -> openIssueCount.set(0));
    }

    /**
     * Offers the national store's login (a new window) in the header, before the language buttons; the app gives the
     * action, the workbench on a workspace file shows it.
     */
    public void offerNationalStore(Runnable open) {
        if (ctx.explore().onServer() || header == null) return;
        javafx.scene.control.Button b = new javafx.scene.control.Button();
        b.setId("open-national");
        b.textProperty().bind(ctx.i18n().bind("start.national"));
        b.setOnAction(e -> open.run());
        header.getChildren().add(header.getChildren().size() - 1, b);
    }

    private Node header() {
        Label title = new Label();
        title.textProperty().bind(ctx.i18n().bind("app.title"));
        title.getStyleClass().add("app-title");
        ToggleGroup lang = new ToggleGroup();
        ToggleButton en = langButton("lang-en", "lang.en", I18n.ENGLISH, lang);
        ToggleButton zh = langButton("lang-zh", "lang.zh", I18n.CHINESE, lang);
        (ctx.i18n().chinese() ? zh : en).setSelected(true);
        // follows the locale however it was changed (a button, a saved preference, a test)
        ctx.i18n().localeProperty().addListener(onLocale);
        langButtons = new ToggleButton[] {en, zh};
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        openIssues.setId("open-issues-link");
        openIssues.getStyleClass().add("open-issues");
        openIssues.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ctx.i18n().get("quality.open.link", openIssueCount.get()), openIssueCount, ctx.i18n().localeProperty()));
        openIssues.visibleProperty().bind(openIssueCount.greaterThan(0));
        openIssues.managedProperty().bind(openIssues.visibleProperty());
        openIssues.setOnAction(e -> show("quality"));
        HBox langBox = new HBox(en, zh);
        langBox.getStyleClass().add("segmented");
        HBox h = new HBox(10, title, spacer, openIssues);
        if (ctx.screens().alerts() != null) {
            alertBadge = new org.salestrack.ui.alert.AlertBadge(ctx.screens().alerts(), ctx.queries(), ctx.i18n(), this::show,
                    javafx.util.Duration.seconds(10));
            closers.add(alertBadge::close);
            h.getChildren().add(alertBadge.node());
        }
        // saved views and the workspace's backup belong to a workspace file, not to the national store
        if (!ctx.explore().onServer()) {
            h.getChildren().addAll(new org.salestrack.ui.views.SavedViewsMenu(ctx, () -> current, this::show).node(),
                    org.salestrack.ui.audit.WorkspaceMenu.node(ctx));
        }
        h.getChildren().add(langBox);
        header = h;
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("header");
        return h;
    }

    private ToggleButton langButton(String id, String key, java.util.Locale locale, ToggleGroup group) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.textProperty().bind(ctx.i18n().bind(key));
        b.setToggleGroup(group);
        b.setOnAction(e -> {
            ctx.i18n().localeProperty().set(locale);
            b.setSelected(true);
        });
        return b;
    }

    private Node navigation() {
        VBox nav = new VBox(1);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(8, 8, 8, 8));
        ToggleGroup group = new ToggleGroup();
        for (ScreenEntry e : Screens.all()) {
            ToggleButton b = new ToggleButton();
            b.setId("nav-" + e.id());
            b.textProperty().bind(ctx.i18n().bind(e.titleKey()));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            b.setOnAction(x -> show(e.id()));
            navButtons.put(e.id(), b);
            nav.getChildren().add(b);
        }
        // Seventeen entries fit a 1280x720 window (3 px above and below each); it scrolls rather than sets the window's
        // minimum height (a fixed column of fifteen entries once pushed the
        // status bar below a 1280x720 window).
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(nav);
        scroll.setId("nav-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("nav-scroll");
        return scroll;
    }

    /** Shows a screen by id, building it on first use. */
    public void show(String id) {
        ScreenEntry entry = Screens.all().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no screen " + id));
        // on the national store the screens that read it (the cube, the findings) open; the others say where to work instead
        Screen s = open.computeIfAbsent(id, k -> ctx.explore().onServer() && !Screens.ON_NATIONAL_STORE.contains(id)
                ? Unavailable.screen(ctx.i18n(), "screen.national_unavailable") : entry.factory().apply(ctx));
        content.getChildren().setAll(s.node());
        navButtons.get(id).setSelected(true);
        current = id;
    }

    /**
     * Runs {@code r} once the first screen (the dashboard) has finished the load it is running, at once when it is
     * not loading: work for later screens waits rather than compete with the first figures. FX thread.
     */
    public void afterFirstLoad(Runnable r) {
        Screen first = open.get(Screens.all().get(0).id());
        javafx.beans.value.ObservableBooleanValue busy = first == null ? null : first.loading();
        if (busy == null || !busy.get()) {
            r.run();
            return;
        }
        busy.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (busy.get()) return;
                busy.removeListener(this);
                r.run();
            }
        });
    }

    /** Releases every screen's listeners; called when the window closes. */
    public void close() {
        open.values().forEach(Screen::close);
        open.clear();
        closers.forEach(Runnable::run);
        ctx.i18n().localeProperty().removeListener(onLocale);
        ctx.state().screenRequestProperty().removeListener(onScreenRequest);
        tasks.running().forEach(t -> t.cancel());
    }
}
