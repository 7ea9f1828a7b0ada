package org.salestrack.ui.audit;

import org.salestrack.ui.Failures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.salestrack.model.AuditEntry;
import org.salestrack.model.AuditVerdict;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;

/**
 * The Audit screen: who did what and when (imports, undos, reviews, rule and setting changes, exports), with
 * the app version; filters by action, user and days; whether the hash chain holds, and which entry breaks it;
 * export of the shown entries as CSV.
 */
public final class AuditView implements Screen {
    /** The "every action / every user" choice of the filter combo boxes. */
    static final String ALL = "";

    private final AuditViewModel vm;
    private final I18n i18n;
    private final VBox root;
    private final Label verdict = new Label();
    private final Label shown = new Label();
    private final Label error = new Label();
    private final ComboBox<String> actionBox = new ComboBox<>();
    private final ComboBox<String> whoBox = new ComboBox<>();
    private final InvalidationListener onVerdict = o -> showVerdict();
    private final List<InvalidationListener> onLanguage = new ArrayList<>();

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().audit() == null) return org.salestrack.ui.Unavailable.screen(ctx.i18n());
        AuditViewModel vm = new AuditViewModel(ctx.screens().audit(), ctx.requests(), ctx.queries(), ctx.tasks(), ctx.dialogs(), ctx.i18n());
        AuditView v = new AuditView(vm, ctx.i18n());
        vm.reload();
        return v;
    }

    AuditView(AuditViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        choices(actionBox, "audit-action", vm.actions(), a -> AuditLabels.action(i18n, a));
        choices(whoBox, "audit-who", vm.users(), w -> w);
        actionBox.valueProperty().addListener((o, a, b) -> vm.actionProperty().set(b == null || b.isEmpty() ? null : b));
        whoBox.valueProperty().addListener((o, a, b) -> vm.whoProperty().set(b == null || b.isEmpty() ? null : b));
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.toProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox filters = new HBox(8, Controls.label(i18n, "audit.filter.action"), actionBox, Controls.label(i18n, "audit.filter.who"), whoBox,
                Controls.label(i18n, "audit.filter.from"), from, Controls.label(i18n, "audit.filter.to"), to,
                Controls.button(i18n, "audit-clear", "audit.clear", this::clear), busy);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, Controls.button(i18n, "audit-verify", "audit.verify", vm::verify),
                Controls.button(i18n, "audit-export", "audit.export", vm::export), verdict);
        actions.setAlignment(Pos.CENTER_LEFT);
        verdict.setId("audit-verdict");
        verdict.setWrapText(true);
        shown.setId("audit-shown");
        shown.getStyleClass().add("kpi-note");
        error.setId("audit-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        vm.errorProperty().addListener((o, a, b) -> error.setText(b == null ? "" : i18n.get("error.query", Failures.text(i18n, b))));
        TableView<AuditEntry> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox card = Controls.card(i18n, "audit.title", filters, actions, shown, error, table);
        VBox.setVgrow(card, Priority.ALWAYS);
        root = new VBox(card);
        root.setPadding(new Insets(12, 16, 16, 16));
        root.getStyleClass().add("screen");
        vm.verdictProperty().addListener(onVerdict);
        vm.entries().addListener((ListChangeListener<AuditEntry>) c -> showCount());
        onLanguage.add(onVerdict);
        onLanguage.add(o -> showCount());
        for (InvalidationListener l : onLanguage) i18n.localeProperty().addListener(l);
        showCount();
    }

    private void choices(ComboBox<String> box, String id, javafx.collections.ObservableList<String> source, Function<String, String> label) {
        box.setId(id);
        box.setPrefWidth(150);
        Runnable fill = () -> {
            String keep = box.getValue();
            List<String> items = new ArrayList<>();
            items.add(ALL);
            items.addAll(source);
            box.getItems().setAll(items);
            box.setValue(keep == null || !items.contains(keep) ? ALL : keep);
        };
        source.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        Function<String, String> text = v -> v == null || v.isEmpty() ? i18n.get("audit.filter.all") : label.apply(v);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        onLanguage.add(o -> box.setButtonCell(box.getCellFactory().call(null)));
    }

    private TableView<AuditEntry> table() {
        TableView<AuditEntry> t = new TableView<>(vm.entries());
        t.setId("audit-table");
        t.getColumns().add(column("audit.col.id", e -> Long.toString(e.id()), 60));
        t.getColumns().add(column("audit.col.at", e -> org.salestrack.ui.Format.dateTime(e.at()), 150));
        t.getColumns().add(column("audit.col.who", AuditEntry::who, 100));
        t.getColumns().add(column("audit.col.version", e -> e.version() == null ? "" : e.version(), 70));
        t.getColumns().add(column("audit.col.action", e -> AuditLabels.action(i18n, e.action()), 110));
        // written in English and hashed; shown in the reader's language (batch 143 -> 批次 143, sell_in -> 进货（批发）)
        t.getColumns().add(column("audit.col.subject", e -> AuditText.subject(i18n, e), 260));
        t.getColumns().add(column("audit.col.detail", e -> AuditText.detail(i18n, e), 420));
        t.getColumns().add(column("audit.col.hash", e -> e.hash() == null ? "" : e.hash().substring(0, 12), 110));
        t.setPlaceholder(new Label());
        Controls.followLanguage(i18n, t);
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    private TableColumn<AuditEntry, String> column(String key, Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        Controls.fitHeader(c);
        return c;
    }

    private void clear() {
        actionBox.setValue(ALL);
        whoBox.setValue(ALL);
        vm.fromProperty().set(null);
        vm.toProperty().set(null);
    }

    private void showCount() {
        shown.setText(i18n.get("audit.shown", vm.entries().size(), AuditViewModel.LIMIT));
    }

    private void showVerdict() {
        AuditVerdict v = vm.verdictProperty().get();
        if (v == null) {
            verdict.setText("");
            return;
        }
        if (v.ok()) {
            verdict.setText(i18n.get("audit.verdict.ok", v.checked(), v.head().substring(0, 12)));
            verdict.setStyle("-fx-text-fill: #2e7d32;");
            return;
        }
        var b = v.broken().orElseThrow();
        String key = switch (b.kind()) {
            case EDITED -> "audit.verdict.edited";
            case UNLINKED -> "audit.verdict.unlinked";
            case UNCHAINED -> "audit.verdict.unchained";
        };
        verdict.setText(i18n.get(key, Long.toString(b.id()), org.salestrack.ui.Format.dateTime(b.entry().at())));
        verdict.setStyle("-fx-text-fill: #c62828; -fx-font-weight: bold;");
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        vm.verdictProperty().removeListener(onVerdict);
        for (InvalidationListener l : onLanguage) i18n.localeProperty().removeListener(l);
        vm.close();
    }
}
