package org.salestrack.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.forecast.scenario.ForecastSet;
import org.salestrack.forecast.scenario.ForecastPaths;
import org.salestrack.model.SavedScenario;
import org.salestrack.model.ScenarioComparisonRow;
import org.salestrack.ui.DimLabels;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.Unavailable;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.reports.ExportActions;
import org.salestrack.ui.reports.TableViewExport;

/**
 * The forecast screen: level pickers and series on top, the chart with its band in the middle, models,
 * forecast table and scenario comparison below, the scenario drivers on the right. Binds and forwards only.
 */
public final class ForecastView implements Screen {
    /** The chart's height when the window is short: about 150 px of plot under the legend and the month axis. */
    static final double MIN_CHART_HEIGHT = 250;
    private final ForecastViewModel vm;
    private final I18n i18n;
    private final ExportActions export;
    private final BorderPane root = new BorderPane();
    private final ForecastChart chart = new ForecastChart();
    private final TableView<ForecastTables.Row> table;
    private final TableView<ModelRun> models;
    private final TableView<ScenarioComparisonRow> comparison = new TableView<>();
    private final Label message = new Label();
    private final Label history = new Label();
    private final Label verdict = new Label();
    private final Label lifeCycle = new Label();
    /** Over the chart while there is nothing to draw: loading, fitting, or why there is no series. */
    private final Label overlay = new Label();
    private final InvalidationListener onLocale = o -> relabel();

    public static Screen create(WorkbenchContext ctx) {
        if (ctx.screens().forecast() == null) return Unavailable.screen(ctx.i18n());
        ForecastViewModel vm = new ForecastViewModel(ctx.screens().forecast(), ctx.state(), ctx.explore()::members, ctx.requests(), ctx.queries(), ctx.tasks(), 250);
        return new ForecastView(vm, ctx.i18n(), ExportActions.of(ctx), ctx);
    }

    ForecastView(ForecastViewModel vm, I18n i18n, ExportActions export, WorkbenchContext ctx) {
        this.vm = vm;
        this.i18n = i18n;
        this.export = export;
        this.table = ForecastTables.forecast(i18n);
        this.models = ForecastTables.models(i18n);
        root.getStyleClass().add("forecast-screen");
        root.setPadding(new Insets(8));
        history.setId("forecast-history");
        verdict.setId("forecast-verdict");
        lifeCycle.setId("forecast-lifecycle");
        // the lines over the chart wrap at a narrow window instead of ending in "…whatever th…"
        for (Label l : new Label[] {history, lifeCycle, verdict, message}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        root.setTop(toolbar(ctx));
        ChartViewer viewer = new ChartViewer(chart.chart());
        viewer.setId("forecast-chart");
        // room for the axes, their titles and the legend: squeezed to 60 px at 1280x720 the axis title was cut;
        // when the window is shorter than the chart and the models' rows, the page scrolls (#screen-page)
        viewer.setMinHeight(MIN_CHART_HEIGHT);
        overlay.setId("forecast-loading");
        overlay.getStyleClass().add("screen-message");
        overlay.setMouseTransparent(true);
        StackPane chartArea = new StackPane(viewer, overlay);
        SplitPane center = new SplitPane(chartArea, tabs());
        center.setOrientation(Orientation.VERTICAL);
        // the models table needs its five rows visible at 1280x720
        center.setDividerPositions(0.44);
        // the history and verdict lines sit over the chart, not over the whole window: the scenario side stays as tall as it was
        HBox lines = new HBox(24, history, lifeCycle);
        HBox.setHgrow(history, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(lifeCycle, javafx.scene.layout.Priority.ALWAYS);
        VBox centerColumn = new VBox(4, lines, verdict, center);
        if (!vm.keeps()) {
            Label store = Controls.label(i18n, "forecast.store.note");
            store.setId("forecast-store-note");
            store.setWrapText(true);
            store.setMinHeight(Region.USE_PREF_SIZE);
            centerColumn.getChildren().add(0, store);
        }
        VBox.setVgrow(center, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(centerColumn);
        ScrollPane drivers = new ScrollPane(new ScenarioPanel(vm.scenario(), vm, i18n));
        drivers.setFitToWidth(true);
        drivers.setId("forecast-drivers");
        // the drivers scroll, the scenario's actions (save, reset, compare) stay in view below them
        BorderPane side = new BorderPane(drivers);
        side.setBottom(savedBox(ctx));
        side.setPrefWidth(370);
        root.setRight(side);
        message.setId("forecast-message");
        message.getStyleClass().add("screen-message");
        root.setBottom(message);
        InvalidationListener redraw = o -> redraw();
        vm.baseProperty().addListener(redraw);
        vm.adjustedProperty().addListener(redraw);
        vm.messageProperty().addListener(o -> showMessage());
        vm.selectedProperty().addListener(o -> showHistory());
        vm.verdictProperty().addListener(o -> showVerdict());
        vm.lifeCycleProperty().addListener(o -> showHistory());
        vm.loadingProperty().addListener(o -> showOverlay());
        vm.busyProperty().addListener(o -> showOverlay());
        vm.filtersOutsideLevelProperty().addListener(o -> showMessage());
        vm.comparisonProperty().addListener((o, a, c) -> ForecastTables.showComparison(comparison, c, i18n));
        i18n.localeProperty().addListener(onLocale);
        relabel();
        vm.reload();
        vm.loadSaved();
    }

    private Node toolbar(WorkbenchContext ctx) {
        ComboBox<String> geo = levelBox("forecast-geography", ForecastViewModel.GEOGRAPHY);
        geo.valueProperty().bindBidirectional(vm.geographyProperty());
        ComboBox<String> product = levelBox("forecast-product", ForecastViewModel.PRODUCT);
        product.valueProperty().bindBidirectional(vm.productProperty());
        CheckBox channel = new CheckBox();
        channel.setId("forecast-by-channel");
        channel.textProperty().bind(i18n.bind("forecast.by.channel"));
        channel.selectedProperty().bindBidirectional(vm.byChannelProperty());
        ComboBox<SeriesHistory> series = new ComboBox<>(vm.series());
        series.setId("forecast-series");
        series.setPrefWidth(220);
        series.setConverter(new StringConverter<>() {
            @Override
            public String toString(SeriesHistory s) { return s == null ? "" : SeriesNames.of(s.id(), vm.level(), i18n); }

            @Override
            public SeriesHistory fromString(String s) { return null; }
        });
        series.setButtonCell(SeriesNames.cell(vm::level, i18n));
        series.setCellFactory(l -> SeriesNames.cell(vm::level, i18n));
        series.valueProperty().bindBidirectional(vm.selectedProperty());
        javafx.scene.control.Spinner<Integer> horizon = new javafx.scene.control.Spinner<>(1, 24, ForecastViewModel.HORIZON);
        horizon.setId("forecast-horizon");
        horizon.setEditable(true);
        horizon.setPrefWidth(80);
        horizon.getValueFactory().valueProperty().addListener((o, a, v) -> {
            if (v != null) vm.horizonProperty().set(v);
        });
        ComboBox<ForecastViewModel.Reconcile> reconcile = new ComboBox<>();
        reconcile.setId("forecast-reconcile");
        reconcile.getItems().setAll(ForecastViewModel.Reconcile.values());
        reconcile.setCellFactory(l -> DimLabels.cell(i18n, ForecastView::reconcileKey));
        reconcile.setButtonCell(DimLabels.cell(i18n, ForecastView::reconcileKey));
        reconcile.valueProperty().bindBidirectional(vm.reconcileProperty());
        Button xlsx = Controls.button(i18n, "forecast-export-xlsx", "forecast.export.table", () -> export.table(i18n.get("forecast.sheet"),
                ForecastTables.exportColumns(i18n), ForecastTables.exportRows(new ArrayList<>(table.getItems())), p -> vm.note(org.salestrack.model.Message.of("forecast.exported", p))));
        Button png = Controls.button(i18n, "forecast-export-png", "forecast.export.png", () -> export.chart(chart.chart(), "forecast", false, p -> vm.note(org.salestrack.model.Message.of("forecast.exported", p))));
        Button svg = Controls.button(i18n, "forecast-export-svg", "forecast.export.svg", () -> export.chart(chart.chart(), "forecast", true, p -> vm.note(org.salestrack.model.Message.of("forecast.exported", p))));
        Button keep = Controls.button(i18n, "forecast-keep", "forecast.keep", vm::keepForecast);
        // the national store keeps no forecast runs (the note over the chart says so)
        if (!vm.keeps()) keep.setDisable(true); else keep.disableProperty().bind(vm.baseProperty().isNull());
        // a narrow window wraps the buttons onto a second line instead of clipping their labels
        FlowPane bar = new FlowPane(8, 6);
        bar.getChildren().addAll(group(Controls.label(i18n, "forecast.level"), geo, product, channel),
                group(Controls.label(i18n, "forecast.series"), series), group(Controls.label(i18n, "forecast.horizon"), horizon),
                group(Controls.label(i18n, "forecast.reconcile"), reconcile),
                group(keep, xlsx, png, svg), new org.salestrack.ui.FilterLine("forecast-filters", ctx.state(), i18n, false));
        for (Button b : List.of(keep, xlsx, png, svg)) b.setMinWidth(Region.USE_PREF_SIZE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private static HBox group(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Node tabs() {
        models.setItems(vm.runs());
        models.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) vm.chosenProperty().set(r);
        });
        vm.chosenProperty().addListener((o, a, r) -> {
            if (r != null && models.getSelectionModel().getSelectedItem() != r) models.getSelectionModel().select(r);
        });
        comparison.setId("forecast-comparison");
        org.salestrack.ui.ColumnFit.fit(comparison);
        TableViewExport.install(models, export, i18n, "forecast.tab.models");
        TableViewExport.install(comparison, export, i18n, "forecast.tab.compare");
        TableViewExport.install(table, export, i18n, "forecast.sheet");
        Tab m = Controls.tab(i18n, "forecast.tab.models", models);
        Tab f = Controls.tab(i18n, "forecast.tab.table", table);
        Tab c = Controls.tab(i18n, "forecast.tab.compare", comparison);
        Tab l = Controls.tab(i18n, "forecast.tab.launch", new LaunchPanel(vm, i18n));
        l.setId("forecast-tab-launch");
        TabPane tabs = new TabPane(m, f, c, l);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the five models stay in view under the wrapped lines above the chart: tab header, table header, five rows, a sideways scroll bar
        tabs.setMinHeight(32 + 26 + 5 * 25 + 18);
        return tabs;
    }

    private Node savedBox(WorkbenchContext ctx) {
        ListView<SavedScenario> list = new ListView<>(vm.saved());
        list.setId("forecast-saved");
        list.setPrefHeight(110);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SavedScenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + "  (" + s.definition().drivers().size() + ")");
            }
        });
        Button save = Controls.button(i18n, "forecast-save-scenario", "forecast.scenario.save", () -> ctx.dialogs()
                .askText(i18n.get("forecast.scenario.save"), i18n.get("forecast.scenario.name"), i18n.get("forecast.scenario.default.name"))
                .ifPresent(name -> vm.saveScenario(name, () -> { })));
        Button reset = Controls.button(i18n, "forecast-reset-scenario", "forecast.scenario.reset", () -> vm.scenario().reset());
        Button compare = Controls.button(i18n, "forecast-compare", "forecast.scenario.compare",
                () -> vm.compare(new ArrayList<>(list.getSelectionModel().getSelectedItems())));
        // the national store keeps no scenarios: they are saved in a workspace file
        if (!vm.keeps()) save.setDisable(true); else save.disableProperty().bind(vm.baseProperty().isNull());
        VBox box = new VBox(6, new HBox(6, save, reset), Controls.label(i18n, "forecast.scenario.saved.title"), list, compare);
        box.setPadding(new Insets(8));
        return box;
    }

    private void redraw() {
        SeriesHistory s = vm.selectedProperty().get();
        ModelRun run = vm.chosenProperty().get();
        ForecastSet base = vm.baseProperty().get();
        if (s == null || run == null || base == null) {
            chart.show(List.of(), null, null, null, List.of(), null, null, null, null);
            table.getItems().clear();
            showOverlay();
            return;
        }
        List<String> history = new ArrayList<>();
        for (int i = 0; i < s.units().length(); i++) history.add(s.units().label(i));
        ForecastPaths own = base.series(s.id());
        ForecastPaths adj = vm.adjustedProperty().get();
        // the band follows the scenario: scaling a forecast scales its quantiles
        ForecastPaths shown = adj == null ? own : adj;
        chart.show(history, s.units().values(), run.fitted(), run.backtest(), base.periods(), own.mean(), shown.p10(), shown.p90(),
                adj == null ? null : adj.mean());
        List<ForecastTables.Row> rows = new ArrayList<>();
        for (int t = 0; t < base.horizon(); t++) {
            rows.add(new ForecastTables.Row(base.periods().get(t), own.mean()[t], at(own.p10(), t), at(own.p50(), t), at(own.p90(), t),
                    adj == null ? Double.NaN : adj.mean()[t]));
        }
        table.getItems().setAll(rows);
        showOverlay();
    }

    private void showOverlay() {
        String key = vm.loadingProperty().get() ? "forecast.loading"
                : chart.axesShown() ? null
                : vm.busyProperty().get() ? "forecast.fitting"
                : vm.series().isEmpty() ? "forecast.no.series" : null;
        overlay.setText(key == null ? "" : i18n.get(key));
        overlay.setVisible(key != null);
    }

    private static double at(double[] a, int t) { return a == null ? Double.NaN : a[t]; }

    private void relabel() {
        chart.labels(i18n.get("forecast.chart.history"), i18n.get("forecast.chart.fit"), i18n.get("forecast.chart.backtest"),
                i18n.get("forecast.chart.forecast"), i18n.get("forecast.chart.scenario"), i18n.get("forecast.chart.band"),
                i18n.get("forecast.axis.month"), i18n.get("forecast.axis.units"));
        // model keys and names are computed per cell: recompute them in the new language
        models.refresh();
        showHistory();
        showVerdict();
        showMessage();
        showOverlay();
    }

    private void showMessage() {
        org.salestrack.model.Message m = vm.messageProperty().get();
        String text = m == null ? "" : i18n.get(m, m.english());
        if (vm.filtersOutsideLevelProperty().get()) text = (text.isEmpty() ? "" : text + "  ·  ") + i18n.get("forecast.filters.outside");
        message.setText(text);
    }

    private void showHistory() {
        SeriesHistory s = vm.selectedProperty().get();
        history.setText(s == null ? "" : i18n.get("forecast.history.used", s.units().label(0), s.units().label(s.units().length() - 1),
                s.units().length()));
        org.salestrack.model.ProductLifeCycle c = vm.lifeCycleProperty().get();
        lifeCycle.setText(c == null ? "" : switch (c.stage()) {
            case NOT_LAUNCHED -> i18n.get("forecast.lifecycle.not_launched");
            case LAUNCH -> i18n.get("forecast.lifecycle.launch", c.launch());
            case GROWTH -> i18n.get("forecast.lifecycle.growth", c.launch());
            case MATURITY -> i18n.get("forecast.lifecycle.maturity", c.launch(), c.peak());
            case DECLINE -> i18n.get("forecast.lifecycle.decline", c.launch(), c.peak(), c.declineStart());
        });
    }

    private void showVerdict() {
        BacktestVerdict v = vm.verdictProperty().get();
        if (v == null) {
            verdict.setText("");
            verdict.getStyleClass().remove("error-text");
            return;
        }
        String model = ModelNames.key(i18n, v.modelKey());
        String e = String.format(java.util.Locale.ROOT, "%.1f", v.error());
        String n = String.format(java.util.Locale.ROOT, "%.1f", v.naiveError());
        verdict.setText(switch (v.kind()) {
            case BETTER -> i18n.get("forecast.verdict.better", v.holdout(), model, e, n);
            case SAME -> i18n.get("forecast.verdict.same", v.holdout(), model, e, n);
            case WORSE -> i18n.get("forecast.verdict.worse", v.holdout(), model, e, n);
            case IS_NAIVE -> i18n.get("forecast.verdict.naive");
            case NO_BACKTEST -> v.modelKey().equals(org.salestrack.forecast.service.ForecastDesk.LAUNCH) ? i18n.get("forecast.verdict.launch")
                    : i18n.get("forecast.verdict.none", v.holdout());
        });
        verdict.getStyleClass().remove("error-text");
        if (v.kind() == BacktestVerdict.Kind.WORSE) verdict.getStyleClass().add("error-text");
    }

    static String levelKey(String level) {
        return switch (level) {
            case "region" -> "dim.region";
            case "province" -> "dim.province";
            case "category" -> "dim.category";
            case "series" -> "dim.series";
            case "model" -> "dim.model";
            case "sku" -> "dim.sku";
            default -> "forecast.level.none";
        };
    }

    static String reconcileKey(ForecastViewModel.Reconcile r) {
        return switch (r) {
            case NONE -> "forecast.reconcile.none";
            case BOTTOM_UP -> "forecast.reconcile.bottom_up";
            case TOP_DOWN -> "forecast.reconcile.top_down";
            case MINT_SHRINK -> "forecast.reconcile.mint";
        };
    }

    private ComboBox<String> levelBox(String id, List<String> levels) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(levels);
        c.setCellFactory(l -> DimLabels.cell(i18n, ForecastView::levelKey));
        c.setButtonCell(DimLabels.cell(i18n, ForecastView::levelKey));
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
