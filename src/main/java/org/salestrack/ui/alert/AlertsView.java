package org.salestrack.ui.alert;

import org.salestrack.ui.Failures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.salestrack.model.Alert;
import org.salestrack.model.Dimension;
import org.salestrack.model.alert.AlertEvent;
import org.salestrack.model.alert.AlertLink;
import org.salestrack.model.alert.AlertRule;
import org.salestrack.model.alert.AlertStatus;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.WorkbenchContext;

/**
 * The alert centre: the inbox (severity, rule, subject, period, figures, owner, status) with filters, and
 * for the selected alert its explanation, the view that shows it, its owner, status, comments and history.
 */
public final class AlertsView implements Screen {
    private final AlertsViewModel vm;
    private final I18n i18n;
    private final StateManager state;
    private final BorderPane root = new BorderPane();
    private final TableView<Alert> table = new TableView<>();
    private final Label why = new Label();
    private final Label figures = new Label();
    private final Label error = new Label();
    private final TextField owner = new TextField();
    private final TextArea comment = new TextArea();
    private final ListView<AlertEvent> history = new ListView<>();
    private final InvalidationListener onLocale = o -> {
        showSelected();
        history.refresh();
    };

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().alerts() == null) return org.salestrack.ui.Unavailable.screen(ctx.i18n());
        AlertsView v = new AlertsView(new AlertsViewModel(ctx.screens().alerts(), ctx.requests(), ctx.tasks()), ctx);
        v.vm.reload();
        return v;
    }

    AlertsView(AlertsViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.i18n = ctx.i18n();
        this.state = ctx.state();
        root.getStyleClass().add("screen");

        ComboBox<String> status = combo("alerts-filter-status", vm.statusProperty(), s -> i18n.get(
                AlertsViewModel.OPEN.equals(s) ? "alerts.filter.open" : AlertsViewModel.ALL.equals(s) ? "alerts.filter.all" : "alerts.status." + s));
        List<String> statuses = new ArrayList<>(List.of(AlertsViewModel.OPEN, AlertsViewModel.ALL));
        for (AlertStatus s : AlertStatus.values()) statuses.add(s.id());
        status.getItems().setAll(statuses);
        ComboBox<String> severity = combo("alerts-filter-severity", vm.severityProperty(),
                s -> AlertsViewModel.ANY.equals(s) ? i18n.get("alerts.filter.any") : i18n.get("alerts.severity." + s));
        severity.getItems().setAll(List.of(AlertsViewModel.ANY, "error", "warning", "info"));
        ComboBox<String> rule = combo("alerts-filter-rule", vm.ruleProperty(), r -> AlertsViewModel.ANY.equals(r) ? i18n.get("alerts.filter.any") : ruleName(r));
        List<String> rules = new ArrayList<>();
        rules.add(AlertsViewModel.ANY);
        for (AlertRule r : AlertRule.values()) rules.add(r.id());
        rule.getItems().setAll(rules);
        ComboBox<String> ownerFilter = combo("alerts-filter-owner", vm.ownerProperty(), o -> AlertsViewModel.ANY.equals(o) ? i18n.get("alerts.filter.any") : o);
        ownerFilter.getItems().setAll(withAny(vm.owners()));
        vm.owners().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = ownerFilter.getValue();
            ownerFilter.getItems().setAll(withAny(vm.owners()));
            ownerFilter.setValue(keep);
        });
        Label count = new Label();
        count.setId("alerts-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get("alerts.count", vm.shown().size()),
                vm.shown(), i18n.localeProperty()));
        Button refresh = Controls.button(i18n, "alerts-refresh", "alerts.refresh", vm::reload);
        Button settings = Controls.button(i18n, "alerts-settings", "alerts.settings.open",
                () -> AlertSettingsDialog.show(root.getScene().getWindow(), ctx.screens().alerts(), ctx.tasks(), i18n));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, Controls.label(i18n, "alerts.filter.status"), status, Controls.label(i18n, "alerts.col.severity"), severity,
                Controls.label(i18n, "alerts.col.rule"), rule, Controls.label(i18n, "alerts.col.owner"), ownerFilter, refresh, count, gap, settings);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        filters.getStyleClass().add("toolbar-row");

        table.setId("alerts-table");
        table.setItems(vm.shown());
        table.getColumns().add(col("alerts.col.severity", a -> i18n.get("alerts.severity." + a.severity()), 80));
        table.getColumns().add(col("alerts.col.rule", a -> ruleName(a.kind()), 140));
        table.getColumns().add(col("alerts.col.subject", this::subject, 190));
        table.getColumns().add(col("alerts.col.period", a -> a.period() == null ? "" : org.salestrack.ui.Format.period(a.period(), i18n), 80));
        table.getColumns().add(col("alerts.col.value", a -> figure(a, a.value()), 80));
        table.getColumns().add(col("alerts.col.reference", a -> figure(a, a.reference()), 80));
        table.getColumns().add(col("alerts.col.change", a -> a.change() == null ? "" : change(a), 75));
        table.getColumns().add(col("alerts.col.owner", a -> a.owner() == null ? "" : a.owner(), 90));
        table.getColumns().add(col("alerts.col.status", a -> i18n.get("alerts.status." + a.state().id()), 100));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Alert a, boolean empty) {
                super.updateItem(a, empty);
                getStyleClass().removeAll("alert-error", "alert-warning", "alert-info");
                if (!empty && a != null) getStyleClass().add("alert-" + a.severity());
            }
        });
        table.setPlaceholder(Controls.label(i18n, "alerts.empty"));
        Controls.followLanguage(i18n, table);
        org.salestrack.ui.ColumnFit.fit(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) vm.selectedProperty().set(b);
        });
        vm.selectedProperty().addListener(o -> showSelected());

        why.setId("alerts-why");
        why.setWrapText(true);
        figures.setId("alerts-figures");
        figures.setWrapText(true);
        Button open = Controls.button(i18n, "alerts-open-view", "alerts.open.view", this::openView);
        owner.setId("alerts-owner");
        owner.promptTextProperty().bind(i18n.bind("alerts.owner.prompt"));
        Button assign = Controls.button(i18n, "alerts-assign", "alerts.assign", () -> vm.assign(owner.getText()));
        owner.setOnAction(e -> vm.assign(owner.getText()));
        Button ack = Controls.button(i18n, "alerts-ack", "alerts.action.ack", () -> vm.setStatus(AlertStatus.ACKNOWLEDGED));
        Button progress = Controls.button(i18n, "alerts-progress", "alerts.action.progress", () -> vm.setStatus(AlertStatus.IN_PROGRESS));
        Button resolve = Controls.button(i18n, "alerts-resolve", "alerts.action.resolve", () -> vm.setStatus(AlertStatus.RESOLVED));
        Button reopen = Controls.button(i18n, "alerts-reopen", "alerts.action.reopen", () -> vm.setStatus(AlertStatus.NEW));
        comment.setId("alerts-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.promptTextProperty().bind(i18n.bind("alerts.comment.prompt"));
        Button addComment = Controls.button(i18n, "alerts-add-comment", "alerts.comment.add", () -> {
            vm.comment(comment.getText());
            comment.clear();
        });
        history.setItems(vm.history());
        history.setId("alerts-history");
        history.setPrefHeight(220);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AlertEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : event(e));
            }
        });
        i18n.localeProperty().addListener(onLocale);
        VBox detail = new VBox(10, Controls.card(i18n, "alerts.detail.title", why, figures, open),
                Controls.card(i18n, "alerts.owner.title", new HBox(8, owner, assign), statusButtons(ack, progress, resolve, reopen)),
                Controls.card(i18n, "alerts.comments.title", comment, addComment, history));
        detail.setPadding(new Insets(0, 0, 0, 8));
        detail.disableProperty().bind(vm.selectedProperty().isNull());
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.7);
        error.setId("alerts-error");
        error.getStyleClass().add("error-text");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        vm.errorProperty().addListener((o, a, e) -> error.setText(e == null ? "" : i18n.get("alerts.error", Failures.text(i18n, e))));
        VBox head = new VBox(6, filters, error);
        head.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(head);
        BorderPane.setMargin(split, new Insets(0, 16, 16, 16));
        root.setCenter(split);
        HBox.setHgrow(owner, Priority.ALWAYS);
        showSelected();
    }

    /** The status buttons wrap onto a second line in a narrow pane rather than shrink to "Acknowl…". */
    private static Node statusButtons(Button... buttons) {
        javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(8, 8, buttons);
        for (Button b : buttons) b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return flow;
    }

    /** Campaign ROI alerts compare money (incremental margin against spend): those figures carry ¥ as every amount does. */
    private String figure(Alert a, Double v) {
        if (v == null || !AlertRule.CAMPAIGN_ROI.id().equals(a.kind())) return number(v);
        return org.salestrack.ui.Format.money(org.salestrack.model.Money.e4OfYuan(v), i18n.locale());
    }

    private static List<String> withAny(List<String> names) {
        List<String> out = new ArrayList<>();
        out.add(AlertsViewModel.ANY);
        out.addAll(names);
        return out;
    }

    /** The subject with its level in the reader's language: "province 广东" reads "省份 广东" in Chinese. */
    private String subject(Alert a) {
        String s = a.shownSubject();
        int colon = a.subject() == null ? -1 : a.subject().indexOf(':');
        if (colon > 0) {
            String level = a.subject().substring(0, colon);
            if (Dimension.byId(level).isPresent() && s.startsWith(level + " ")) return i18n.get("dim." + level) + s.substring(level.length());
        }
        return s;
    }

    private String ruleName(String id) { return i18n.get("alerts.rule." + id.replace('-', '_')); }

    private static String number(Double v) {
        if (v == null) return "";
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", v.longValue()) : String.format(Locale.ROOT, "%,.2f", v);
    }

    private String event(AlertEvent e) {
        String what = switch (e.action()) {
            case "raised" -> i18n.get("alerts.event.raised");
            case "assigned" -> i18n.get("alerts.event.assigned", e.detail());
            case "status" -> i18n.get("alerts.event.status", i18n.get("alerts.status." + e.detail()));
            default -> i18n.get("alerts.event.comment", e.detail());
        };
        return org.salestrack.ui.Format.dateTime(e.at()) + "  " + e.who() + "  " + what;
    }

    private void showSelected() {
        Alert a = vm.selectedProperty().get();
        if (a == null) {
            why.setText(i18n.get("alerts.pick"));
            figures.setText("");
            owner.setText("");
            return;
        }
        why.setText(a.why() == null ? a.message() : i18n.get(a.why(), a.message()));
        figures.setText(i18n.get("alerts.figures", a.period() == null ? "-" : org.salestrack.ui.Format.period(a.period(), i18n), figure(a, a.value()), figure(a, a.reference()),
                a.change() == null ? "-" : change(a), i18n.get("alerts.status." + a.state().id())));
        owner.setText(a.owner() == null ? "" : a.owner());
    }

    /**
     * A change rule's change is signed ("+20.0%"); a data-quality alert's is the share of the batch's lines in error,
     * which read as a sales change when it was shown the same way ("+1.3%" for 90 errors in 6,760 lines).
     */
    private String change(Alert a) {
        if (AlertRule.DATA_QUALITY.id().equals(a.kind())) return i18n.get("alerts.change.errors", String.format(Locale.ROOT, "%.1f%%", a.change() * 100));
        return String.format(Locale.ROOT, "%+.1f%%", a.change() * 100);
    }

    /** Shows the linked screen; the explorer's link also sets the period and the member it is about. */
    private void openView() {
        Alert a = vm.selectedProperty().get();
        if (a == null) return;
        AlertLink link = a.link() == null ? AlertRule.of(a.kind()).map(r -> AlertLink.to(r.view())).orElse(null) : a.link();
        if (link == null) return;
        if ("explore".equals(link.screen())) {
            if (link.from() != null && link.to() != null) state.setRange(java.time.LocalDate.parse(link.from()), java.time.LocalDate.parse(link.to()));
            link.filters().forEach((dim, key) -> Dimension.byId(dim).ifPresent(d -> state.drill(d, key, label(a))));
        }
        state.requestScreen(link.screen());
    }

    /** The member's name from the alert's subject ("province 广东" -> 广东). */
    private static String label(Alert a) {
        String s = a.shownSubject();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }

    private <T> ComboBox<T> combo(String id, javafx.beans.property.ObjectProperty<T> value, Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            // a combo shows no value while its items are replaced (a language switch): nothing to name then
            public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        });
        c.setButtonCell(cell(text));
        InvalidationListener redraw = o -> {
            List<T> items = new ArrayList<>(c.getItems());
            T v = c.getValue();
            c.getItems().setAll(items);
            c.setValue(v);
            c.setButtonCell(cell(text));
        };
        // held by the combo, listened to weakly: a closed screen must not stay reachable from I18n
        c.getProperties().put("redraw", redraw);
        i18n.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(redraw));
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : text.apply(t));
            }
        };
    }

    private TableColumn<Alert, String> col(String key, Function<Alert, String> value, double width) {
        TableColumn<Alert, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() { i18n.localeProperty().removeListener(onLocale); }
}
