package org.salestrack.ui.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.salestrack.model.BatchQuality;
import org.salestrack.model.IssueDetail;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.Severity;
import org.salestrack.model.SourceRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.report.TableColumn.Type;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.Unavailable;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.reports.ExportActions;
import org.salestrack.ui.reports.TableViewExport;

/**
 * The Data quality screen: filters and the validation run on top, the issue list beside the chosen
 * issue's explanation, lines and neighbours with Accept / Reject, and below the batch scores and the rule
 * settings. Binds and forwards only.
 */
public final class QualityView implements Screen {
    private final QualityViewModel vm;
    private final I18n i18n;
    private final ExportActions export;
    private final org.salestrack.ui.DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<ValidationIssue> issues = new TableView<>();
    private final Label why = new Label();
    private final RowsTable lines = new RowsTable("quality-lines");
    private final RowsTable neighbours = new RowsTable("quality-neighbours");
    private final Label message = new Label();
    private final Label open = new Label();
    private final InvalidationListener onLocale = o -> relabel();
    /** The tab header, the table header and four rows of the batch scores. */
    static final double BATCH_ROWS_HEIGHT = 32 + 26 + 4 * 25;

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().quality() == null) return Unavailable.screen(ctx.i18n());
        QualityViewModel vm = new QualityViewModel(ctx.screens().quality(), ctx.requests(), ctx.queries(), ctx.tasks(), ctx.dataChanged(), 150);
        return new QualityView(vm, ctx);
    }

    QualityView(QualityViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.i18n = ctx.i18n();
        this.export = ExportActions.of(ctx);
        this.dialogs = ctx.dialogs();
        root.setPadding(new Insets(8));
        root.getStyleClass().add("quality-screen");
        root.setTop(toolbar());
        SplitPane top = new SplitPane(issueTable(), detailPane());
        top.setDividerPositions(0.55);
        RuleEditor rules = new RuleEditor(vm, ctx.queries(), i18n);
        rules.setRules(vm.ruleIds());
        Tab batchTab = new Tab();
        batchTab.setContent(batchTable());
        // the scores on screen are the last ones until the new arrive (seconds over millions of findings): the tab says so
        batchTab.textProperty().bind(whileReading(vm.scoringProperty(), "quality.tab.batches.scoring", "quality.tab.batches"));
        TabPane bottom = new TabPane(batchTab, Controls.tab(i18n, "quality.tab.rules", rules));
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the batch scores keep room for a few rows at 1280x720 (they showed one)
        bottom.setMinHeight(BATCH_ROWS_HEIGHT);
        SplitPane center = new SplitPane(top, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.68);
        root.setCenter(center);
        message.setId("quality-message");
        message.setWrapText(true);
        // under the actions it answers: at the bottom a 1280x720 window scrolled it out of sight, so a review or a
        // failure (a detail the store could not read) said nothing
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        root.setTop(new javafx.scene.layout.VBox(4, root.getTop(), message));
        vm.messageProperty().addListener(o -> relabel());
        vm.openIssuesProperty().addListener(o -> relabel());
        vm.detailProperty().addListener((o, a, d) -> showDetail(d));
        lines.setPlaceholder(Controls.label(i18n, "quality.detail.none"));
        neighbours.setPlaceholder(Controls.label(i18n, "quality.detail.none"));
        issues.setPlaceholder(label(whileReading(vm.listingProperty(), "quality.issues.loading", "quality.issues.none")));
        vm.listingProperty().addListener(o -> relabel());
        i18n.localeProperty().addListener(onLocale);
        relabel();
        vm.reload();
    }

    private Node toolbar() {
        ComboBox<String> rule = new ComboBox<>();
        rule.setId("quality-rule");
        rule.getItems().add(null);
        rule.getItems().addAll(vm.ruleIds());
        cells(rule, r -> r == null ? i18n.get("quality.all.rules") : ruleName(r));
        rule.valueProperty().bindBidirectional(vm.ruleProperty());
        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("quality-severity");
        severity.getItems().add(null);
        severity.getItems().addAll(Severity.values());
        cells(severity, v -> i18n.get(Labels.severity(v)));
        severity.valueProperty().bindBidirectional(vm.severityProperty());
        ComboBox<IssueStatus> status = new ComboBox<>();
        status.setId("quality-status");
        status.getItems().add(null);
        status.getItems().addAll(IssueStatus.values());
        cells(status, v -> i18n.get(Labels.status(v)));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Long> batch = new ComboBox<>();
        batch.setId("quality-batch");
        cells(batch, b -> b == null ? i18n.get("quality.all") : batchName(b));
        // Every reload lists the batches again. Replacing the combo's items clears its value for a moment; bound to the
        // filter, that was a change of filter, hence another reload, without end, and each reload dropped the rows
        // the analyst had ctrl-clicked. The items change only when the batches do, with the filter unbound meanwhile.
        vm.batches().addListener((javafx.collections.ListChangeListener<BatchQuality>) c -> {
            List<Long> ids = new ArrayList<>();
            ids.add(null);
            vm.batches().forEach(b -> ids.add(b.batchId()));
            if (ids.equals(batch.getItems())) return;
            batch.valueProperty().unbindBidirectional(vm.batchProperty());
            batch.getItems().setAll(ids);
            batch.valueProperty().bindBidirectional(vm.batchProperty());
            // the button cell was drawn for the old list: with the value still null it went blank instead of "All"
            batch.setButtonCell(TextCells.cell(i18n, b -> b == null ? i18n.get("quality.all") : batchName(b), true));
        });
        batch.valueProperty().bindBidirectional(vm.batchProperty());
        Button run = Controls.button(i18n, "quality-run", "quality.run", () -> vm.runValidation("validate", new org.salestrack.ui.MassHoldQuestion(dialogs, i18n)));
        if (vm.runsHere()) {
            run.disableProperty().bind(vm.busyProperty());
        } else {
            run.setDisable(true);
        }
        Button cancel = Controls.button(i18n, "quality-cancel", "quality.cancel", vm::cancel);
        cancel.disableProperty().bind(vm.busyProperty().not());
        Button xlsx = Controls.button(i18n, "quality-export", "quality.export", this::exportIssues);
        open.setId("quality-open-count");
        open.getStyleClass().add("badge");
        rule.setPrefWidth(200);
        batch.setPrefWidth(220);
        open.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[] {run, cancel, xlsx}) b.setMinWidth(Region.USE_PREF_SIZE);
        // filter pairs and actions wrap onto a second line in a narrow window instead of being cut to "Sev…"
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(16, 6, pair("quality.filter.rule", rule),
                pair("quality.filter.severity", severity), pair("quality.filter.status", status), pair("quality.filter.batch", batch),
                open, new HBox(8, run, cancel, xlsx));
        if (!vm.runsHere()) {
            // a disabled button shows no tooltip: the reason stands beside it
            Label why = Controls.label(i18n, "quality.run.store");
            why.setId("quality-run-store");
            why.getStyleClass().add("note");
            why.setWrapText(true);
            bar.getChildren().add(why);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private HBox pair(String key, Node control) {
        Label l = Controls.label(i18n, key);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node issueTable() {
        issues.setId("quality-issues");
        issues.setItems(vm.issues());
        issues.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        issues.getColumns().add(col("quality.col.id", i -> Long.toString(i.id()), 50));
        issues.getColumns().add(col("quality.col.rule", i -> ruleName(i.rule()), 130));
        issues.getColumns().add(col("quality.col.severity", i -> i18n.get(Labels.severity(i.severity())), 70));
        issues.getColumns().add(col("quality.col.status", i -> i18n.get(Labels.status(i.status())), 70));
        issues.getColumns().add(col("quality.col.batch", i -> i.batchId() == null ? "" : "#" + i.batchId() + " " + nz(i.fileName()), 150));
        issues.getColumns().add(col("quality.col.row", i -> i.sourceRow() == null ? "" : i.sourceRow().toString(), 50));
        TableColumn<ValidationIssue, String> whyColumn = col("quality.col.why", this::why, 420);
        // a wide column's centred header sat past the visible edge ("Explanat…"): it starts at the left like its text
        whyColumn.getStyleClass().add("wide-text");
        issues.getColumns().add(whyColumn);
        org.salestrack.ui.ColumnFit.fit(issues);
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> vm.selectedProperty().set(i));
        return issues;
    }

    /** A detail table's least height: its header, one row and its scroll bar. */
    private static final double DETAIL_ROWS_HEIGHT = 78;

    private Node detailPane() {
        why.setId("quality-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        TextField comment = new TextField();
        comment.setId("quality-comment");
        comment.promptTextProperty().bind(i18n.bind("quality.comment"));
        comment.textProperty().bindBidirectional(vm.commentProperty());
        Button accept = Controls.button(i18n, "quality-accept", "quality.accept", () -> vm.review(chosen(), true));
        Button reject = Controls.button(i18n, "quality-reject", "quality.reject", () -> vm.review(chosen(), false));
        accept.disableProperty().bind(issues.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(issues.getSelectionModel().selectedItemProperty().isNull());
        Button acceptAll = Controls.button(i18n, "quality-accept-all", "quality.accept.all", () -> reviewAll(true));
        Button rejectAll = Controls.button(i18n, "quality-reject-all", "quality.reject.all", () -> reviewAll(false));
        acceptAll.disableProperty().bind(vm.busyProperty());
        rejectAll.disableProperty().bind(vm.busyProperty());
        for (Button b : new Button[] {accept, reject, acceptAll, rejectAll}) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, accept, reject);
        HBox bulk = new HBox(8, acceptAll, rejectAll);
        VBox review = new VBox(6, comment, actions, bulk);
        review.setPadding(new Insets(6, 0, 0, 0));
        lines.setPrefHeight(120);
        // a header, a row and the scroll bar: at 1280x720 a three-line explanation squeezed the tables to their headers
        lines.setMinHeight(DETAIL_ROWS_HEIGHT);
        neighbours.setMinHeight(DETAIL_ROWS_HEIGHT);
        VBox.setVgrow(neighbours, Priority.ALWAYS);
        VBox facts = new VBox(6, Controls.label(i18n, "quality.detail.why"), why, Controls.label(i18n, "quality.detail.lines"), lines,
                Controls.label(i18n, "quality.detail.neighbours"), neighbours);
        // what the finding is scrolls when the window is short; the review under it stays in sight
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(facts);
        scroll.setId("quality-detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane box = new BorderPane(scroll);
        box.setBottom(review);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private Node batchTable() {
        TableView<BatchQuality> t = new TableView<>(vm.batches());
        t.setId("quality-batches");
        t.setPlaceholder(label(whileReading(vm.scoringProperty(), "quality.batches.scoring", "quality.batches.none")));
        Controls.followLanguage(i18n, t);
        TableViewExport.install(t, export, i18n, "quality.tab.batches");
        t.getColumns().add(TableViewExport.exports(col("quality.col.batch", b -> "#" + b.batchId(), 60), Type.INTEGER, BatchQuality::batchId));
        t.getColumns().add(col("quality.col.file", BatchQuality::fileName, 240));
        t.getColumns().add(TableViewExport.exports(col("quality.col.lines", b -> org.salestrack.ui.Format.units(b.lines(), i18n.locale()), 80), Type.INTEGER,
                BatchQuality::lines));
        t.getColumns().add(TableViewExport.exports(col("quality.col.errors", b -> org.salestrack.ui.Format.units(b.errorLines(), i18n.locale()), 140),
                Type.INTEGER, BatchQuality::errorLines));
        t.getColumns().add(TableViewExport.exports(col("quality.col.warnings", b -> org.salestrack.ui.Format.units(b.warningLines(), i18n.locale()), 150),
                Type.INTEGER, BatchQuality::warningLines));
        t.getColumns().add(TableViewExport.exports(col("quality.col.open", b -> org.salestrack.ui.Format.units(b.openIssues(), i18n.locale()), 110),
                Type.INTEGER, BatchQuality::openIssues));
        t.getColumns().add(TableViewExport.exports(col("quality.col.score", b -> b.validated() ? String.format(i18n.locale(), "%.1f", b.score())
                : i18n.get("quality.not.validated"), 130), Type.DECIMAL, b -> b.validated() ? (Object) b.score() : null));
        org.salestrack.ui.ColumnFit.fit(t);
        return t;
    }

    /** A line field's header: the canonical field's label, else the name as the file wrote it. */
    private String header(String f) {
        String key = switch (f) {
            case "store" -> "field.store_code";
            case "dealer" -> "field.dealer_code";
            case "customer" -> "field.customer_id";
            case "campaign" -> "field.campaign_code";
            case "hold" -> "quality.line.hold";
            case "reason" -> "import.col.reason";
            case "raw" -> "quality.raw";
            default -> "field." + f;
        };
        return i18n.has(key) ? i18n.get(key) : f;
    }

    /** A rule's name in the UI language; its id (the CLI's name) is in the tooltip of the list. */
    private String ruleName(String id) { return i18n.has("quality.rule.name." + id) ? i18n.get("quality.rule.name." + id) : id; }

    private String batchName(Long id) {
        for (BatchQuality b : vm.batches()) {
            if (b.batchId() != id) continue;
            boolean sameName = vm.batches().stream().filter(o -> java.util.Objects.equals(o.fileName(), b.fileName())).count() > 1;
            return sameName ? b.fileName() + " (#" + id + ")" : b.fileName();
        }
        return "#" + id;
    }

    private void reviewAll(boolean accept) {
        vm.reviewAllMatching(accept, n -> dialogs.confirm(i18n.get(accept ? "quality.accept.all" : "quality.reject.all"),
                i18n.get(accept ? "quality.accept.all.confirm" : "quality.reject.all.confirm", n)));
    }

    private List<ValidationIssue> chosen() { return new ArrayList<>(issues.getSelectionModel().getSelectedItems()); }

    private void showDetail(IssueDetail d) {
        if (d == null) {
            why.setText("");
            lines.clear();
            neighbours.clear();
            return;
        }
        why.setText(why(d.issue()));
        Set<Integer> own = d.lines().stream().map(SourceRow::sourceRow).collect(Collectors.toSet());
        lines.show(d.lines(), Set.of(), i18n.get("quality.col.row"), this::header);
        neighbours.show(d.neighbours(), own, i18n.get("quality.col.row"), this::header);
    }

    private void exportIssues() {
        List<org.salestrack.report.TableColumn> cols = List.of(
                org.salestrack.report.TableColumn.of(i18n.get("quality.col.id"), Type.INTEGER),
                org.salestrack.report.TableColumn.text(i18n.get("quality.col.rule")),
                org.salestrack.report.TableColumn.text(i18n.get("quality.col.severity")),
                org.salestrack.report.TableColumn.text(i18n.get("quality.col.status")),
                org.salestrack.report.TableColumn.of(i18n.get("quality.col.batch"), Type.INTEGER),
                org.salestrack.report.TableColumn.text(i18n.get("quality.col.file")),
                org.salestrack.report.TableColumn.of(i18n.get("quality.col.row"), Type.INTEGER),
                org.salestrack.report.TableColumn.text(i18n.get("quality.col.why")));
        List<List<Object>> rows = new ArrayList<>();
        for (ValidationIssue i : vm.issues()) {
            List<Object> r = new ArrayList<>();
            r.add(i.id());
            r.add(i.rule());
            r.add(i18n.get(Labels.severity(i.severity())));
            r.add(i18n.get(Labels.status(i.status())));
            r.add(i.batchId());
            r.add(i.fileName());
            r.add(i.sourceRow());
            r.add(why(i));
            rows.add(r);
        }
        export.table(i18n.get("quality.sheet"), cols, rows, p -> { });
    }

    /** The explanation in the UI's language; issues stored before explanations had keys have English only. */
    private String why(ValidationIssue i) {
        return i.message() == null ? i.why() : i18n.get(i.message(), i.why());
    }

    private void relabel() {
        issues.refresh();
        // the explanation and the line tables' row header follow the language
        showDetail(vm.detailProperty().get());
        // before the count of the current filters arrives, the last one would be a wrong number (0 right after a run)
        open.setText(vm.listingProperty().get() ? i18n.get("quality.open.counting")
                : i18n.get("quality.open.count", vm.openIssuesProperty().get()));
        org.salestrack.model.Message m = vm.messageProperty().get();
        message.setText(m == null ? "" : i18n.get(m, m.english()));
    }

    /** The text of {@code reading} while {@code busy}, else of {@code idle}, in the current language. */
    private javafx.beans.binding.StringBinding whileReading(javafx.beans.value.ObservableBooleanValue busy, String reading, String idle) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> i18n.get(busy.get() ? reading : idle), busy, i18n.localeProperty());
    }

    private static Label label(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        return l;
    }

    private <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> TextCells.cell(i18n, text));
        box.setButtonCell(TextCells.cell(i18n, text, true));
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private <T> TableColumn<T, String> col(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        Controls.fitHeader(c);
        return c;
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        vm.close();
        i18n.localeProperty().removeListener(onLocale);
    }
}
