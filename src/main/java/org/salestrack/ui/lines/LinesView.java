package org.salestrack.ui.lines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.salestrack.ui.Failures;
import org.salestrack.model.cube.Measures;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.lines.LineQuery;
import org.salestrack.model.lines.StoredLine;
import org.salestrack.report.CsvExport;
import org.salestrack.report.XlsxExport;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.WorkbenchContext;

/**
 * Drill-through: the sales lines behind one figure in a window of their own, a page at a time, sortable by
 * a click on a header, each with its source file and row and whether it is counted; exportable whole to
 * CSV or Excel (read and written a page at a time, so any number of lines fits).
 */
public final class LinesView {
    private final WorkbenchContext ctx;
    private final I18n i18n;
    private final LinesViewModel vm;
    private final String title;
    private final TableView<StoredLine> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    public LinesView(WorkbenchContext ctx, Slice slice, String title) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.title = title;
        this.vm = new LinesViewModel(ctx.explore(), ctx.queries(), slice);
        table.setId("lines-table");
        table.setItems(vm.lines());
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.loadingProperty().get() ? "lines.loading" : "lines.none"),
                vm.loadingProperty(), i18n.localeProperty()));
        table.setPlaceholder(empty);
        for (LineColumns c : LineColumns.ALL) table.getColumns().add(column(c));
        // the store sorts (every line, not just this page): a header click asks it, the page is not re-sorted here
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sort(org.salestrack.model.lines.LineSort.SOURCE, false);
            } else {
                TableColumn<StoredLine, ?> col = t.getSortOrder().get(0);
                vm.sort((org.salestrack.model.lines.LineSort) col.getUserData(), col.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        Label heading = new Label(title);
        heading.setId("lines-title");
        heading.getStyleClass().add("card-title");
        Label summary = new Label();
        summary.setId("lines-summary");
        summary.textProperty().bind(Bindings.createStringBinding(this::summary, vm.countedProperty(), i18n.localeProperty()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() == null ? ""
                : i18n.get("error.query", Failures.text(i18n, vm.errorProperty().get())), vm.errorProperty(), i18n.localeProperty()));
        VBox top = new VBox(4, heading, summary, error);
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom());
        root.setPadding(new Insets(12));
        root.getStyleClass().add("screen");
        root.setId("lines");
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
    }

    /** Opens the lines behind a figure in a window of their own, beside {@code owner}'s window. */
    public static LinesView open(WorkbenchContext ctx, Node owner, Slice slice, String title) {
        LinesView v = new LinesView(ctx, slice, title);
        Stage stage = new Stage();
        Window w = owner == null || owner.getScene() == null ? null : owner.getScene().getWindow();
        if (w != null) stage.initOwner(w);
        Scene scene = new Scene(v.root, 1180, 640);
        if (w != null && w.getScene() != null) scene.getStylesheets().addAll(w.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.titleProperty().bind(Bindings.createStringBinding(() -> i18n(ctx).get("lines.window", title), ctx.i18n().localeProperty()));
        stage.setOnHidden(e -> v.vm.close());
        stage.setScene(scene);
        stage.show();
        return v;
    }

    private static I18n i18n(WorkbenchContext ctx) { return ctx.i18n(); }

    public LinesViewModel viewModel() { return vm; }

    public Node node() { return root; }

    private String summary() {
        Measures m = vm.countedProperty().get();
        if (m == null) return i18n.get("lines.loading");
        Locale l = i18n.locale();
        return i18n.get("lines.summary", Format.units(m.rows(), l), Format.units(m.qty(), l), Format.money(m.amountE4(), l),
                Format.money(m.marginE4(), l));
    }

    private Node bottom() {
        Button prev = Controls.button(i18n, "lines-previous", "lines.previous", vm::previous);
        Button next = Controls.button(i18n, "lines-next", "lines.next", vm::next);
        prev.disableProperty().bind(vm.pageProperty().isEqualTo(0).or(vm.loadingProperty()));
        next.disableProperty().bind(vm.hasNextProperty().not().or(vm.loadingProperty()));
        Label page = new Label();
        page.setId("lines-page");
        page.textProperty().bind(Bindings.createStringBinding(() -> {
            int p = vm.pageProperty().get();
            long first = (long) p * LinesViewModel.PAGE_SIZE + 1;
            long last = (long) p * LinesViewModel.PAGE_SIZE + vm.lines().size();
            Locale l = i18n.locale();
            return vm.lines().isEmpty() ? "" : i18n.get("lines.page", Format.units(p + 1, l), Format.units(first, l), Format.units(last, l));
        }, vm.pageProperty(), vm.lines(), i18n.localeProperty()));
        CheckBox all = new CheckBox();
        all.setId("lines-not-counted");
        all.textProperty().bind(i18n.bind("lines.not.counted"));
        all.selectedProperty().addListener((o, a, b) -> vm.showNotCounted(b));
        Button csv = Controls.button(i18n, "lines-export-csv", "lines.export.csv", () -> export(false));
        Button xlsx = Controls.button(i18n, "lines-export-xlsx", "lines.export.xlsx", () -> export(true));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, prev, page, next, all, spacer, csv, xlsx);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Node n : bar.getChildren()) if (n instanceof Region r && n != spacer) r.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private TableColumn<StoredLine, Object> column(LineColumns c) {
        TableColumn<StoredLine, Object> col = new TableColumn<>();
        col.setId("lines-col-" + c.id());
        col.textProperty().bind(i18n.bind(c.key()));
        col.setUserData(c.sort());
        col.setSortable(c.sort() != null);
        col.setPrefWidth(c.width());
        col.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(c.value().apply(x.getValue())));
        col.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display(c, item));
            }
        });
        if (c.type() != org.salestrack.report.TableColumn.Type.TEXT) col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    private String display(LineColumns c, Object v) {
        Locale l = i18n.locale();
        return switch (c.type()) {
            case MONEY_E4 -> Format.money((Long) v, l);
            case INTEGER -> c.id().equals("qty") ? Format.units((Long) v, l) : v.toString();
            default -> words(c, v);
        };
    }

    /** Status and hold as words of the current language; other text as stored. */
    private String words(LineColumns c, Object v) {
        if (c.id().equals("status") || c.id().equals("hold")) {
            String key = "lines." + c.id() + "." + v;
            return i18n.has(key) ? i18n.get(key) : v.toString();
        }
        return v.toString();
    }

    private void export(boolean xlsx) {
        String name = safe(title) + (xlsx ? ".xlsx" : ".csv");
        ctx.dialogs().chooseSaveFile(i18n.get(xlsx ? "lines.export.xlsx" : "lines.export.csv"), name).ifPresent(out -> {
            List<org.salestrack.report.TableColumn> cols = new ArrayList<>();
            for (LineColumns c : LineColumns.ALL) cols.add(org.salestrack.report.TableColumn.of(i18n.get(c.key()), c.type()));
            Iterable<StoredLine> lines = vm.allLines();
            Iterable<List<Object>> rows = () -> new Iterator<>() {
                private final Iterator<StoredLine> it = lines.iterator();

                @Override
                public boolean hasNext() { return it.hasNext(); }

                @Override
                public List<Object> next() { return exportRow(it.next()); }
            };
            boolean chinese = i18n.chinese();
            String sheet = i18n.get("lines.sheet");
            ctx.tasks().execute(new BackgroundTask<Path>(i18n.get("export.table.task", out.getFileName())) {
                @Override
                public Path call() throws Exception {
                    if (xlsx) XlsxExport.write(sheet, cols, rows, chinese, out, cancellation());
                    else CsvExport.write(cols, rows, out, cancellation());
                    org.salestrack.ui.reports.ExportActions.record(ctx, out, "table lines " + title);
                    return out;
                }
            }, p -> ctx.dialogs().showInfo(i18n.get("lines.exported.title"), i18n.get("lines.exported", p)),
                    e -> ctx.dialogs().showError(i18n.get("export.failed.title"), i18n.get("export.failed", out, Failures.text(i18n, e))));
        });
    }

    private List<Object> exportRow(StoredLine l) {
        List<Object> row = new ArrayList<>(LineColumns.ALL.size());
        for (LineColumns c : LineColumns.ALL) {
            Object v = c.value().apply(l);
            row.add(v != null && c.type() == org.salestrack.report.TableColumn.Type.TEXT ? words(c, v) : v);
        }
        return row;
    }

    LineQuery query() { return vm.queryProperty().get(); }

    private static String safe(String name) { return name.replaceAll("[\\\\/:*?\"<>|]", "_"); }
}
