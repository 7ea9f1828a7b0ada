package org.salestrack.ui.explore;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.analytics.explore.ExplorerData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.market.SliceShare;
import org.salestrack.ui.market.UncoveredText;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.FilterLine;
import org.salestrack.ui.MemberNames;
import org.salestrack.ui.Crumb;
import org.salestrack.ui.Failures;
import org.salestrack.ui.DimLabels;
import org.salestrack.ui.I18n;
import org.salestrack.ui.PartialPeriods;
import org.salestrack.ui.Screen;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.Charts;
import org.salestrack.ui.lines.LinesView;

/** The explorer: a drill-down tree table (level x period), a matrix heat map, and the selected row's trend. */
public final class ExplorerView implements Screen {
    private final ExplorerViewModel vm;
    private final I18n i18n;
    private final StateManager state;
    private final BorderPane root = new BorderPane();
    private final ExplorerTable table;
    private final FlowPane found = new FlowPane(6, 2);
    private final ExplorerMatrix matrix;
    private final DefaultCategoryDataset rowTrend = new DefaultCategoryDataset();
    private final JFreeChart rowChart = Charts.trend(rowTrend);
    private final WorkbenchContext ctx;
    private final Label level = new Label();
    private final Label marketNote = new Label();
    private final Label error = new Label();
    private final ChangeListener<ExplorerData> onData = (o, a, d) -> rebuild();
    private final InvalidationListener onLocale = o -> {
        rebuild();
        showMatches();
    };

    private Runnable onAlerts;
    private org.salestrack.analytics.alert.AlertService alerts;

    public ExplorerView(WorkbenchContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.state = ctx.state();
        this.vm = new ExplorerViewModel(ctx.explore(), ctx.screens().market(), ctx.state(), ctx.requests(), ctx.queries(), 250);
        this.table = new ExplorerTable(vm, i18n, (slice, title) -> LinesView.open(ctx, root, slice, title));
        table.labels(this::rowName, this::periodHeader);
        if (ctx.screens().alerts() != null) {
            org.salestrack.ui.alert.AlertMarks marks = new org.salestrack.ui.alert.AlertMarks(ctx.screens().alerts(), ctx.queries());
            table.marks(marks);
            vm.dataProperty().addListener((o, a, d) -> marks.refresh(() -> table.node().refresh()));
            // an alert resolved in the alert centre loses its mark
            onAlerts = () -> javafx.application.Platform.runLater(() -> marks.refresh(() -> table.node().refresh()));
            ctx.screens().alerts().onChange(onAlerts);
            alerts = ctx.screens().alerts();
        }
        this.matrix = new ExplorerMatrix(vm, i18n, (slice, title) -> LinesView.open(ctx, root, slice, title));
        table.node().getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            vm.selectedProperty().set(b == null || b.getValue() == null || b.getValue().grandTotal() ? null : b.getValue());
            showRowTrend();
        });
        vm.dataProperty().addListener(onData);
        vm.measureProperty().addListener(o -> rebuild());
        vm.searchProperty().addListener(o -> rebuild());
        vm.loadingProperty().addListener(o -> showPlaceholder());
        vm.matchesBelow().addListener((javafx.collections.ListChangeListener<Member>) c -> showMatches());
        found.setId("explorer-found");
        found.managedProperty().bind(found.visibleProperty());
        found.setVisible(false);
        vm.errorProperty().addListener((o, a, b) -> error.setText(b == null ? "" : i18n.get("error.query", Failures.text(i18n, b))));
        i18n.localeProperty().addListener(onLocale);

        ChartViewer chart = new ChartViewer(rowChart);
        chart.setPrefHeight(240);
        ScrollPane matrixScroll = new ScrollPane(matrix.node());
        matrixScroll.getStyleClass().add("card");
        SplitPane bottom = new SplitPane(matrixScroll, card(chart));
        bottom.setDividerPositions(0.6);
        SplitPane split = new SplitPane(table.node(), bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        error.getStyleClass().add("error-text");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        level.setId("explorer-level");
        marketNote.setId("explorer-market-note");
        marketNote.setWrapText(true);
        marketNote.getStyleClass().add("note");
        marketNote.managedProperty().bind(marketNote.visibleProperty());
        marketNote.setVisible(false);
        VBox top = new VBox(6, toolbar(), new FilterLine("explorer-filters", ctx.state(), ctx.i18n(), true), found, level, marketNote, error);
        root.setTop(top);
        root.setCenter(split);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("screen");
        root.getStylesheets().add(ExplorerView.class.getResource("/ui/explorer.css").toExternalForm());
        root.setId("explorer");
        rebuild();
    }

    /** Links to members further down that match the search: a click drills straight to one. */
    private void showMatches() {
        found.getChildren().clear();
        found.setVisible(!vm.matchesBelow().isEmpty());
        if (vm.matchesBelow().isEmpty()) return;
        found.getChildren().add(new Label(i18n.get("explorer.found")));
        for (Member m : vm.matchesBelow()) {
            Hyperlink link = new Hyperlink(MemberNames.of(m.dim(), m.key(), m.label(), i18n) + " · " + i18n.get("dim." + m.dim().id()));
            link.setOnAction(e -> vm.jumpTo(m));
            found.getChildren().add(link);
        }
    }

    private VBox card(Node n) {
        VBox v = new VBox(n);
        v.getStyleClass().add("card");
        VBox.setVgrow(n, Priority.ALWAYS);
        return v;
    }

    private Node toolbar() {
        ComboBox<Hierarchy> h = combo("explorer-hierarchy", Hierarchy.values(), Hierarchy::key);
        h.valueProperty().bindBidirectional(vm.hierarchyProperty());
        // the market shares only where the workbench can read the market panel
        Measure[] measures = java.util.Arrays.stream(Measure.values()).filter(x -> !x.isMarketShare() || vm.offersMarketShare()).toArray(Measure[]::new);
        ComboBox<Measure> m = combo("explorer-measure", measures, x -> "measure." + x.id());
        m.valueProperty().bindBidirectional(vm.measureProperty());
        ComboBox<Grain> g = combo("explorer-grain", new Grain[] {Grain.WEEK, Grain.MONTH, Grain.QUARTER}, x -> "grain." + x.id());
        g.valueProperty().bindBidirectional(vm.grainProperty());
        TextField search = new TextField();
        search.setId("explorer-search");
        search.promptTextProperty().bind(i18n.bind("explorer.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        Button copy = new Button();
        copy.setId("explorer-copy");
        copy.textProperty().bind(i18n.bind("explorer.copy"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.copyText(nameHeader(), extraHeaders(), i18n.get("explorer.grand.total"), this::rowName));
            Clipboard.getSystemClipboard().setContent(c);
        });
        Button export = new Button();
        export.setId("explorer-export");
        export.textProperty().bind(i18n.bind("explorer.export"));
        export.setOnAction(e -> exportCsv());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, label("explorer.rows"), h, label("explorer.measure"), m, label("explorer.columns"), g, search, spacer, copy, export);
        // buttons and boxes keep their whole text at 1280x720; the search field gives way first
        for (Node n : bar.getChildren()) if (n instanceof Region r && n != search && n != spacer) r.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(90);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private <T> ComboBox<T> combo(String id, T[] items, Function<T, String> key) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().addAll(items);
        c.setButtonCell(DimLabels.cell(i18n, key));
        c.setCellFactory(l -> DimLabels.cell(i18n, key));
        return c;
    }

    private void exportCsv() {
        ExplorerExport.Table t = vm.exportTable(nameHeader(), extraHeaders(), i18n.get("explorer.grand.total"), this::rowName);
        org.salestrack.ui.reports.ExportActions.of(ctx).csv("explorer", "explorer.csv", t.columns(), t.rows(), p -> { });
    }

    private String nameHeader() {
        ExplorerData d = vm.dataProperty().get();
        return d == null ? "" : i18n.get("dim." + d.dim().id());
    }

    private List<String> extraHeaders() {
        return List.of(i18n.get("explorer.total"), i18n.get("explorer.growth"), i18n.get("explorer.share"));
    }

    /** A month the data reaches only part of says so in its header: "2026-01 (to 9 Jan)". */
    private String periodHeader(String period) {
        LocalDate asOf = state.lastDay();
        if (asOf == null || !period.matches("\\d{4}-\\d{2}")) return org.salestrack.ui.Format.period(period, i18n);
        return PartialPeriods.month(i18n, YearMonth.parse(period), new DataAsOf(asOf));
    }

    /** A member without a name says what it holds: sales without a store are online orders and dealer sell-through. */
    private String rowName(ExplorerRow r) { return rowName(i18n, r); }

    static String rowName(I18n i18n, ExplorerRow r) {
        if (!r.label().isEmpty()) return MemberNames.of(r.dim(), r.key(), r.label(), i18n);
        return i18n.get(r.dim() == Dimension.STORE ? "explorer.no.store" : "explorer.not.given");
    }

    private void rebuild() {
        ExplorerData d = vm.dataProperty().get();
        Measure m = vm.measureProperty().get();
        showPlaceholder();
        table.show(d, m, vm.visibleRows());
        if (d == null) return;
        level.setText(i18n.get("explorer.level", i18n.get("dim." + d.dim().id()), d.rows().size()));
        String why = marketGap(d, m);
        marketNote.setText(why == null ? "" : why);
        marketNote.setVisible(why != null);
        matrix.show(d, m);
        showRowTrend();
    }

    /**
     * Where a market share is shown and some cell has none, why (the first gap: the filters, then the rows' level,
     * then a period such as a week); null when every cell has its share or another measure is shown.
     */
    private String marketGap(ExplorerData d, Measure m) {
        if (!m.isMarketShare()) return null;
        if (d.total().market() == null) return UncoveredText.why(i18n, null);
        List<SliceShare> each = new java.util.ArrayList<>();
        each.add(d.total().market().total());
        for (ExplorerRow r : d.rows()) if (r.market() != null) each.add(r.market().total());
        String gap = each.stream().filter(x -> !x.covered()).findFirst().map(x -> UncoveredText.why(i18n, x)).orElse(null);
        if (gap != null) return gap;
        // a week, or a month the range or the panel holds only in part
        return d.total().market().periods().stream().anyMatch(x -> !x.covered()) ? i18n.get("explorer.market.period.gap") : null;
    }

    /** Loading, no sales, or a search that found nothing here: said as what it is. */
    private void showPlaceholder() {
        ExplorerData d = vm.dataProperty().get();
        table.placeholder().setText(switch (vm.empty()) {
            case LOADING -> i18n.get("explorer.loading");
            case NO_MATCH -> i18n.get("explorer.nomatch", i18n.get("dim." + d.dim().id()), vm.searchProperty().get().strip(),
                    d.rows().size(), where());
            default -> i18n.get("explorer.empty");
        });
    }

    /** The drill path the rows sit under, as the breadcrumb shows it. */
    private String where() {
        StringBuilder b = new StringBuilder(i18n.get("crumb.all"));
        for (Crumb c : state.crumbs()) b.append(" › ").append(c.label().isEmpty() ? "–" : c.label());
        Slice s = state.slice();
        return b.append(" (").append(s.from()).append(" – ").append(s.to()).append(')').toString();
    }

    private void showRowTrend() {
        ExplorerData d = vm.dataProperty().get();
        rowChart.setNotify(false);
        rowTrend.clear();
        ExplorerRow r = vm.selectedProperty().get();
        if (r == null && d != null && !d.rows().isEmpty()) r = d.rows().get(0);
        if (d != null && r != null) {
            Measure m = vm.measureProperty().get();
            String series = rowName(r) + " · " + i18n.get("measure." + m.id());
            List<String> periods = d.periods().stream().map(p -> org.salestrack.ui.Format.period(p, i18n)).toList();
            for (int i = 0; i < periods.size() && i < r.periods().size(); i++) {
                double v = r.value(m, i);
                // a period the panel does not cover is a gap in the line, not a share of zero
                rowTrend.addValue(Double.isNaN(v) ? null : v, series, periods.get(i));
            }
            Charts.thinLabels(rowChart, periods);
            // the value axis names the measure and, for amounts, ticks in ¥: a bare "10M" left the reader guessing
            if (m.isMarketShare()) {
                Charts.percentAxis(rowChart, i18n.get("explorer.chart.axis.share"), i18n.locale());
            } else if (m.isMoney()) {
                Charts.moneyAxis(rowChart, i18n.get("explorer.chart.axis.money", i18n.get("measure." + m.id())), i18n.locale());
            } else {
                Charts.compactValues(rowChart, i18n.locale());
                rowChart.getCategoryPlot().getRangeAxis().setLabel(i18n.get("measure." + m.id()));
                // units after revenue or a share: the ¥ or % tooltips of the last measure must not stay
                rowChart.getCategoryPlot().getRenderer().setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator());
            }
        }
        rowChart.setNotify(true);
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        if (alerts != null) alerts.removeOnChange(onAlerts);
        vm.dataProperty().removeListener(onData);
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }
}
