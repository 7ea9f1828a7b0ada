package org.salestrack.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.HashMap;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.salestrack.ingest.FilePreview;
import org.salestrack.model.ImportBatch;
import org.salestrack.model.RecordKind;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;

/** The import screen: drop or pick files, preview with mapping, save a profile, import, history with undo. */
public final class ImportView implements Screen {
    private final ImportViewModel vm;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<List<String>> preview = new TableView<>();
    private final TableView<MappingRow> mapping = new TableView<>();
    private final Label fileLabel = new Label();
    private final Label status = new Label();
    private final Label required = new Label();
    private final TableView<ImportProblem> problems = new TableView<>();
    private final SplitPane main = new SplitPane();
    /** The file's columns offered by the mapping combo boxes; "" leaves a field unmapped. */
    private final javafx.collections.ObservableList<String> choices = FXCollections.observableArrayList("");
    /** Text typed on the mapping table before an edit started; the cell's editor takes it over. */
    private final StringBuilder typedAhead = new StringBuilder();
    private final InvalidationListener onLocale = o -> {
        relabel();
        problems.refresh();
        mapping.refresh();
    };

    public ImportView(WorkbenchContext ctx) {
        this.i18n = ctx.i18n();
        this.dialogs = ctx.dialogs();
        this.vm = new ImportViewModel(ctx.imports(), ctx.tasks(), ctx.dataChanged());
        preview.setId("import-preview");
        mapping.setId("import-mapping");
        mapping.setEditable(true);
        preview.setPlaceholder(placeholder("import.preview.empty"));
        mapping.setPlaceholder(placeholder("import.preview.empty"));
        status.setId("import-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        required.setId("import-required");
        required.setWrapText(true);
        required.setMinHeight(Region.USE_PREF_SIZE);
        required.getStyleClass().add("warning-text");
        // no blank lines above the tables while there is nothing to say
        for (Label l : new Label[] {status, required}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        vm.missing().addListener((javafx.collections.ListChangeListener<List<String>>) c -> relabel());
        vm.previewProperty().addListener(o -> showPreview());
        vm.mapping().addListener((javafx.collections.ListChangeListener<MappingRow>) c -> {
            for (MappingRow r : vm.mapping()) r.sourceProperty().addListener(x -> showPreview());
            showPreview();
        });
        vm.statusProperty().addListener(o -> relabel());
        i18n.localeProperty().addListener(onLocale);
        SplitPane center = new SplitPane(card("import.preview", preview), card("import.mapping", mappingTable()));
        center.setDividerPositions(0.62);
        Node bottom = history();
        main.setOrientation(javafx.geometry.Orientation.VERTICAL);
        // without a file the empty preview and mapping would take half the screen from the history: they show once there is a file
        Runnable arrange = () -> {
            List<Node> want = vm.previewProperty().get() == null ? List.of(bottom) : List.of(center, bottom);
            if (!main.getItems().equals(want)) {
                main.getItems().setAll(want);
                if (want.size() == 2) main.setDividerPositions(0.55);
            }
        };
        vm.previewProperty().addListener(o -> arrange.run());
        arrange.run();
        root.setTop(new VBox(6, dropZone(), actions(), status, required));
        root.setCenter(main);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("screen");
        root.setId("import");
        relabel();
    }

    private Node dropZone() {
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("import.drop"));
        Button choose = new Button();
        choose.setId("import-choose");
        choose.textProperty().bind(i18n.bind("import.choose"));
        choose.setOnAction(e -> vm.choose(dialogs.chooseFiles(i18n.get("import.choose"))));
        HBox zone = new HBox(12, hint, choose, fileLabel);
        zone.setAlignment(Pos.CENTER_LEFT);
        zone.getStyleClass().add("drop-zone");
        zone.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        zone.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
            vm.choose(files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        vm.files().addListener((javafx.collections.ListChangeListener<Path>) c -> relabel());
        return zone;
    }

    private Node actions() {
        ComboBox<RecordKind> kind = new ComboBox<>(FXCollections.observableArrayList(RecordKind.values()));
        kind.setId("import-kind");
        kind.setButtonCell(org.salestrack.ui.DimLabels.cell(i18n, k -> "kind." + k.id()));
        kind.setCellFactory(l -> org.salestrack.ui.DimLabels.cell(i18n, k -> "kind." + k.id()));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Button save = new Button();
        save.setId("import-save-profile");
        save.textProperty().bind(i18n.bind("import.save.profile"));
        save.disableProperty().bind(vm.previewProperty().isNull());
        save.setOnAction(e -> dialogs.askText(i18n.get("import.save.profile"), i18n.get("import.profile.name"),
                vm.detectedProfile() == null ? "" : vm.detectedProfile().name() + "-edited").ifPresent(vm::saveProfile));
        Button run = new Button();
        run.setId("import-run");
        run.getStyleClass().add("primary");
        run.textProperty().bind(i18n.bind("import.run"));
        run.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));
        run.setOnAction(e -> vm.importFiles(new org.salestrack.ui.MassHoldQuestion(dialogs, i18n).guard()));
        Label kindLabel = new Label();
        kindLabel.textProperty().bind(i18n.bind("import.kind"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, kindLabel, kind, spacer, save, run);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node mappingTable() {
        TableColumn<MappingRow, String> field = new TableColumn<>();
        field.textProperty().bind(i18n.bind("import.field"));
        field.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field()));
        field.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String f, boolean empty) {
                super.updateItem(f, empty);
                MappingRow r = empty ? null : getTableRow().getItem();
                setText(r == null ? null : fieldLabel(f) + (r.required() ? " *" : ""));
                // the canonical id is what a profile file says; the label is what the user reads
                setTooltip(r == null ? null : new Tooltip(f));
            }
        });
        field.setEditable(false);
        field.setPrefWidth(170);
        TableColumn<MappingRow, String> source = new TableColumn<>();
        source.textProperty().bind(i18n.bind("import.source"));
        source.setCellValueFactory(c -> c.getValue().sourceProperty());
        source.setCellFactory(col -> new MappingSourceCell(choices, i18n, typedAhead));
        source.setEditable(true);
        org.salestrack.ui.Controls.fitHeader(field);
        org.salestrack.ui.Controls.fitHeader(source);
        mapping.getColumns().add(field);
        mapping.getColumns().add(source);
        mapping.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mapping.setItems(vm.mapping());
        // F2 or typing on a row edits its column cell, as in a spreadsheet
        mapping.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int row = mapping.getFocusModel().getFocusedIndex();
            if (e.getCode() == KeyCode.F2 && mapping.getEditingCell() == null && row >= 0) {
                mapping.edit(row, source);
                e.consume();
            }
        });
        mapping.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            int row = mapping.getFocusModel().getFocusedIndex();
            String ch = e.getCharacter();
            if (mapping.getEditingCell() != null || row < 0 || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                    || e.isControlDown() || e.isMetaDown()) return;
            typedAhead.setLength(0);
            typedAhead.append(ch);
            mapping.edit(row, source);
            e.consume();
        });
        return mapping;
    }

    private String fieldLabel(String f) { return i18n.has("field." + f) ? i18n.get("field." + f) : f; }

    private Node history() {
        problems.setItems(vm.problems());
        problems.setId("import-problems");
        problems.getColumns().add(col("import.col.file", ImportProblem::file));
        problems.getColumns().add(col("import.col.row", ImportProblem::row));
        problems.getColumns().add(col("import.col.column", ImportProblem::column));
        problems.getColumns().add(col("import.col.value", ImportProblem::value));
        TableColumn<ImportProblem, String> reasonCol = col("import.col.reason", this::reason);
        reasonCol.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a long reason is cut at the column's edge: the whole of it on hover
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        problems.getColumns().add(reasonCol);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.salestrack.ui.ColumnFit.fit(problems);
        problems.setPlaceholder(placeholder("import.no.problems"));
        TableView<ImportBatch> batches = new TableView<>(vm.batches());
        batches.setId("import-batches");
        org.salestrack.ui.Controls.followLanguage(i18n, batches);
        batches.getColumns().add(col("import.col.batch", b -> String.valueOf(b.id())));
        batches.getColumns().add(col("import.col.file", ImportBatch::fileName));
        batches.getColumns().add(col("import.col.kind", b -> i18n.has("kind." + b.kind()) ? i18n.get("kind." + b.kind()) : b.kind()));
        batches.getColumns().add(count("import.col.stored", ImportBatch::stored));
        batches.getColumns().add(count("import.col.quarantined", ImportBatch::quarantined));
        batches.getColumns().add(count("import.col.rejected", ImportBatch::rejected));
        batches.getColumns().add(count("import.col.duplicates", ImportBatch::duplicates));
        batches.getColumns().add(col("import.col.status", b -> capitalized(i18n.get("batch.status." + b.status().id()))));
        batches.getColumns().add(col("import.col.when", b -> org.salestrack.ui.Format.dateTime(b.startedAt())));
        batches.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.salestrack.ui.ColumnFit.fit(batches);
        // a short table hides the history a user came to see: room for at least five batches
        batches.setMinHeight(150);
        batches.setPlaceholder(placeholder("import.no.batches"));
        Button undo = new Button();
        undo.setId("import-undo");
        undo.textProperty().bind(i18n.bind("import.undo"));
        undo.disableProperty().bind(batches.getSelectionModel().selectedItemProperty().isNull());
        undo.setOnAction(e -> {
            ImportBatch b = batches.getSelectionModel().getSelectedItem();
            if (b != null && dialogs.confirm(i18n.get("import.undo"), i18n.get("import.undo.confirm", b.id(), b.fileName(), b.stored()))) vm.undo(b);
        });
        VBox historyBox = new VBox(6, batches, undo);
        VBox.setVgrow(batches, Priority.ALWAYS);
        Node problemsCard = card("import.problems", problems);
        Node historyCard = card("import.history", historyBox);
        SplitPane split = new SplitPane(historyCard);
        // the problems of the last import beside the history while there are any; otherwise the history takes the width
        Runnable arrange = () -> {
            List<Node> want = vm.problems().isEmpty() ? List.of(historyCard) : List.of(problemsCard, historyCard);
            if (!split.getItems().equals(want)) split.getItems().setAll(want);
        };
        vm.problems().addListener((javafx.collections.ListChangeListener<ImportProblem>) c -> arrange.run());
        arrange.run();
        return split;
    }

    /** Counts grouped as the rest of the app writes them: 47,676. */
    private TableColumn<ImportBatch, String> count(String key, java.util.function.ToLongFunction<ImportBatch> n) {
        TableColumn<ImportBatch, String> c = col(key, b -> org.salestrack.ui.Format.units(n.applyAsLong(b), i18n.locale()));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static String capitalized(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    private Label placeholder(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    /** The reason in the UI's language; the English text when it has no key (or a key this bundle lacks). */
    private String reason(ImportProblem p) { return reason(i18n, p); }

    static String reason(I18n i18n, ImportProblem p) {
        return p.why() == null ? p.reason() : i18n.get(p.why(), p.reason());
    }

    private <T> TableColumn<T, String> col(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        org.salestrack.ui.Controls.fitHeader(c);
        return c;
    }

    private VBox card(String key, Node content) {
        Label t = new Label();
        t.textProperty().bind(i18n.bind(key));
        t.getStyleClass().add("card-title");
        VBox v = new VBox(6, t, content);
        v.getStyleClass().add("card");
        VBox.setVgrow(content, Priority.ALWAYS);
        return v;
    }

    /** Preview columns are titled "column → field" so the user sees how each column maps. */
    private void showPreview() {
        FilePreview p = vm.previewProperty().get();
        List<String> header = new java.util.ArrayList<>();
        header.add("");
        if (p != null) header.addAll(p.header());
        if (!header.equals(choices)) choices.setAll(header);
        preview.getColumns().clear();
        if (p == null) {
            preview.setItems(FXCollections.emptyObservableList());
            return;
        }
        Map<String, String> fieldOf = new HashMap<>();
        for (MappingRow r : vm.mapping()) if (r.column() != null) fieldOf.merge(r.column(), fieldLabel(r.field()), (a, b) -> a + ", " + b);
        for (int i = 0; i < p.header().size(); i++) {
            int j = i;
            String h = p.header().get(i);
            String f = fieldOf.get(h);
            TableColumn<List<String>, String> c = new TableColumn<>(h + "\n→ " + (f == null ? i18n.get("import.unmapped") : f));
            c.setId("import-preview-col-" + i);
            c.setCellValueFactory(x -> new ReadOnlyStringWrapper(j < x.getValue().size() ? x.getValue().get(j) : ""));
            if (f == null) c.getStyleClass().add("unmapped");
            preview.getColumns().add(c);
        }
        preview.setItems(FXCollections.observableArrayList(p.rows()));
    }

    private void relabel() {
        org.salestrack.model.Message m = vm.statusProperty().get();
        status.setText(m == null ? "" : i18n.get(m, m.english()));
        List<String> need = vm.missing().stream().map(alt -> String.join(i18n.get("import.or"), alt.stream().map(this::fieldLabel).toList())).toList();
        required.setText(need.isEmpty() || vm.previewProperty().get() == null ? "" : i18n.get("import.required.missing", String.join(i18n.get("import.list.sep"), need)));
        List<Path> f = vm.files();
        fileLabel.setText(f.isEmpty() ? "" : f.size() == 1 ? f.get(0).getFileName().toString() : i18n.get("import.files", f.size()));
        showPreview();
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() { i18n.localeProperty().removeListener(onLocale); }
}
