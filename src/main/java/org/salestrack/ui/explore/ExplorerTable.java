package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.analytics.explore.ExplorerData;
import org.salestrack.model.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.BiConsumer;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.lines.ShowLinesMenu;

/**
 * The explorer's tree table: a grand-total row kept on top whatever the sort, the name column frozen at the
 * left while the period, total, growth and share columns scroll under it, double-click to drill, and
 * "Show lines" (context menu or Ctrl+L) to open the lines behind a row.
 */
final class ExplorerTable {
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    private final TreeTableView<ExplorerRow> table = new TreeTableView<>();
    private final ExplorerViewModel vm;
    private final I18n i18n;
    private final BiConsumer<Slice, String> showLines;
    // how far the table is scrolled sideways; the name column is shifted back by as much
    private final DoubleProperty scrollX = new SimpleDoubleProperty();
    private final Label placeholder = new Label();
    private TreeTableColumn<ExplorerRow, String> name;
    private List<TreeItem<ExplorerRow>> dataOrder = List.of();
    private ScrollBar sideways;
    private ExplorerData shownData;
    private Locale shownLocale;
    private Measure measure = Measure.REVENUE;
    private boolean shownMarketShare;
    private java.util.function.Function<ExplorerRow, String> rowName = r -> r.label().isEmpty() ? "–" : r.label();
    private java.util.function.UnaryOperator<String> periodHeader = p -> p;
    private static final javafx.css.PseudoClass ALERT = javafx.css.PseudoClass.getPseudoClass("alert");
    private org.salestrack.ui.alert.AlertMarks marks;

    /** Marks red the period cells an open alert covers. */
    void marks(org.salestrack.ui.alert.AlertMarks m) { this.marks = m; }

    ExplorerTable(ExplorerViewModel vm, I18n i18n, BiConsumer<Slice, String> showLines) {
        this.vm = vm;
        this.i18n = i18n;
        this.showLines = showLines;
        table.setId("explorer-table");
        table.setShowRoot(false);
        placeholder.setId("explorer-placeholder");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> row());
        table.setSortPolicy(t -> {
            sortKeepingTotalFirst();
            return true;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.L && e.isShortcutDown()) {
                TreeItem<ExplorerRow> item = table.getSelectionModel().getSelectedItem();
                if (item != null) showLinesOf(item);
                e.consume();
            }
        });
        table.skinProperty().addListener((o, a, b) -> followHorizontalScroll());
    }

    TreeTableView<ExplorerRow> node() { return table; }

    Label placeholder() { return placeholder; }

    private TreeTableRow<ExplorerRow> row() {
        TreeTableRow<ExplorerRow> row = new TreeTableRow<>() {
            @Override
            protected void updateItem(ExplorerRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TOTAL, !empty && item != null && item.grandTotal());
            }
        };
        row.setOnMouseClicked(e -> {
            if (row.isEmpty() || row.getItem() == null || row.getItem().grandTotal()) return;
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) vm.drill(row.getItem());
        });
        ShowLinesMenu.install(row, i18n, "explorer-show-lines", () -> row.isEmpty() || row.getTreeItem() == null ? null : () -> showLinesOf(row.getTreeItem()));
        return row;
    }

    /** The lines behind a row: the explorer's slice narrowed by the row and every row it is expanded under. */
    void showLinesOf(TreeItem<ExplorerRow> item) {
        ExplorerData d = vm.dataProperty().get();
        if (d == null || item.getValue() == null) return;
        Slice slice = d.slice();
        List<String> path = new ArrayList<>();
        for (TreeItem<ExplorerRow> i = item; i != null && i.getValue() != null; i = i.getParent()) {
            ExplorerRow r = i.getValue();
            if (r.grandTotal()) {
                path.add(0, i18n.get("explorer.grand.total"));
                continue;
            }
            slice = slice.with(r.dim(), r.key());
            path.add(0, rowName.apply(r));
        }
        showLines.accept(slice, i18n.get("lines.title", String.join(" › ", path), slice.from(), slice.to()));
    }

    /** Columns and rows for new data, a measure or a search; the grand total first. */
    void show(ExplorerData d, Measure m, List<ExplorerRow> visible) {
        measure = m;
        Locale l = i18n.locale();
        // the same data in the same language keeps its columns (a new measure or search text), and with them
        // the place the user scrolled to
        if (d != null && d == shownData && l.equals(shownLocale) && m.isMarketShare() == shownMarketShare) {
            setRows(d, visible);
            table.refresh();
            return;
        }
        shownData = d;
        shownLocale = l;
        shownMarketShare = m.isMarketShare();
        table.getColumns().clear();
        if (d == null) {
            table.setRoot(null);
            return;
        }
        name = new TreeTableColumn<>(i18n.get("dim." + d.dim().id()));
        name.setId("explorer-col-name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().getValue())));
        name.setCellFactory(c -> frozenCell());
        name.setPrefWidth(220);
        table.getColumns().add(name);
        for (int i = 0; i < d.periods().size(); i++) {
            int j = i;
            TreeTableColumn<ExplorerRow, Number> c = number(periodHeader.apply(d.periods().get(i)), r -> r.value(measure, j), v -> fmt(measure, v, l));
            c.getProperties().put("period", d.periods().get(i));
            table.getColumns().add(c);
        }
        table.getColumns().add(number(i18n.get("explorer.total"), r -> r.value(measure, -1), v -> fmt(measure, v, l)));
        // a share's change is in points: "+1.2%" would read as a growth rate of the share
        table.getColumns().add(number(i18n.get(m.isMarketShare() ? "explorer.change.points" : "explorer.growth"), r -> nan(r.growth(measure)),
                v -> Double.isNaN(v) ? "–" : measure.isMarketShare() ? Format.signedPoints(v, l) : String.format(l, "%+.1f%%", v * 100)));
        table.getColumns().add(number(i18n.get("explorer.share"), r -> nan(r.share(measure)), v -> Double.isNaN(v) ? "–" : String.format(l, "%.1f%%", v * 100)));
        table.getColumns().get(table.getColumns().size() - 3).setId("explorer-col-total");
        table.getColumns().get(table.getColumns().size() - 2).setId("explorer-col-growth");
        table.getColumns().get(table.getColumns().size() - 1).setId("explorer-col-share");
        setRows(d, visible);
        javafx.application.Platform.runLater(this::pinHeader);
    }

    private void setRows(ExplorerData d, List<ExplorerRow> visible) {
        TreeItem<ExplorerRow> root = new TreeItem<>();
        List<TreeItem<ExplorerRow>> items = new ArrayList<>();
        if (!visible.isEmpty()) items.add(new TreeItem<>(d.total()));
        for (ExplorerRow r : visible) items.add(new LazyRowItem(r, vm));
        dataOrder = List.copyOf(items);
        root.getChildren().setAll(items);
        table.setRoot(root);
        if (!table.getSortOrder().isEmpty()) sortKeepingTotalFirst();
    }

    private String label(ExplorerRow r) {
        if (r.grandTotal()) return i18n.get("explorer.grand.total");
        return rowName.apply(r);
    }

    /** How a row without a name and a period column are labelled (the storeless row, a partial month). */
    void labels(java.util.function.Function<ExplorerRow, String> rowName, java.util.function.UnaryOperator<String> periodHeader) {
        this.rowName = rowName;
        this.periodHeader = periodHeader;
    }

    private static double nan(OptionalDouble v) { return v.isPresent() ? v.getAsDouble() : Double.NaN; }

    private void sortKeepingTotalFirst() {
        TreeItem<ExplorerRow> root = table.getRoot();
        if (root == null) return;
        Comparator<TreeItem<ExplorerRow>> cmp = table.getComparator();
        List<TreeItem<ExplorerRow>> rows = new ArrayList<>(cmp == null ? dataOrder : root.getChildren());
        TreeItem<ExplorerRow> total = rows.stream().filter(i -> i.getValue().grandTotal()).findFirst().orElse(null);
        rows.remove(total);
        if (cmp != null) {
            rows.sort(cmp);
            for (TreeItem<ExplorerRow> i : rows) if (!i.getChildren().isEmpty()) i.getChildren().sort(cmp);
        }
        if (total != null) rows.add(0, total);
        root.getChildren().setAll(rows);
    }

    private TreeTableCell<ExplorerRow, String> frozenCell() {
        TreeTableCell<ExplorerRow, String> cell = new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.getStyleClass().add("frozen-cell");
        cell.translateXProperty().bind(scrollX);
        cell.setViewOrder(-1);
        return cell;
    }

    /** Binds the shift of the name column to the table's horizontal scroll bar, once the skin made it. */
    private void followHorizontalScroll() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                sideways = bar;
                scrollX.bind(bar.valueProperty());
                scrollX.addListener(o -> pinHeader());
                return;
            }
        }
        // the skin builds its flow on the first layout
        javafx.application.Platform.runLater(() -> {
            if (!scrollX.isBound() && table.getSkin() != null) followHorizontalScroll();
        });
    }

    /** The name column's header follows the same shift as its cells (headers are rebuilt with the columns). */
    private void pinHeader() {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() == name) {
                if (!h.translateXProperty().isBound()) h.translateXProperty().bind(scrollX);
                h.setViewOrder(-1);
            }
        }
    }

    private static String fmt(Measure m, double v, Locale l) {
        if (Double.isNaN(v)) return "–";
        if (m.isMarketShare()) return Format.percent(java.util.OptionalDouble.of(v), l);
        return m == Measure.UNITS ? Format.units(Math.round(v), l) : Format.moneyShort(Money.e4OfYuan(v), l);
    }

    private TreeTableColumn<ExplorerRow, Number> number(String header, ToDoubleFunction<ExplorerRow> value, DoubleFunction<String> format) {
        TreeTableColumn<ExplorerRow, Number> c = new TreeTableColumn<>(header);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(x.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item.doubleValue()));
                ExplorerRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                Object period = getTableColumn() == null ? null : getTableColumn().getProperties().get("period");
                pseudoClassStateChanged(ALERT, marks != null && r != null && period != null && marks.covers(r.dim(), r.key(), (String) period));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(86);
        return c;
    }
}
