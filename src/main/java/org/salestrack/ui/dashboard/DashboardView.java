package org.salestrack.ui.dashboard;

import org.salestrack.analytics.explore.DashboardData;
import org.salestrack.model.Money;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.market.SliceShare;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.data.category.DefaultCategoryDataset;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.analytics.explore.Kpis;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measures;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.KpiTile;
import org.salestrack.ui.PartialPeriods;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.ChartControls;
import org.salestrack.ui.chart.Charts;
import org.salestrack.ui.chart.ColorScale;
import org.salestrack.ui.chart.Legend;
import org.salestrack.ui.chart.ProvinceTileMap;
import org.salestrack.ui.DimLabels;
import org.salestrack.ui.FilterSummary;
import org.salestrack.ui.reports.ExportActions;

/** The dashboard: KPI tiles, trend with last year, channel mix, rankings and the province heat map. */
public final class DashboardView implements Screen {
    /** the narrowest a KPI tile gets: wide enough for a revenue of hundreds of millions in full */
    // wide enough for the revenue headline in full (¥279,256,254.00 in the English UI): 190 cut it at 1600 px
    private static final double KPI_MIN_WIDTH = 235;
    private final DashboardViewModel vm;
    private final I18n i18n;
    private final StateManager state;
    private final ScrollPane root;
    private final Map<String, KpiTile> tiles = new HashMap<>();
    private final DefaultCategoryDataset trendData = new DefaultCategoryDataset();
    private final DefaultCategoryDataset channelData = new DefaultCategoryDataset();
    private final JFreeChart trendChart = Charts.trend(trendData);
    private final TrendCampaignMarks campaignMarks;
    private final JFreeChart channelChart = Charts.bars(channelData);
    private final ProvinceTileMap map = new ProvinceTileMap();
    private final Legend legend = new Legend();
    private final Label mapNote = new Label();
    private final Label alertNote = new Label();
    private final Label error = new Label();
    private final Label filters = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final CrossFilterMenu crossFilter;
    private final ExportActions export;
    private final DashboardExport pdf;
    private ChartEntity hoveredBar;
    /** the filters of the figures on screen, in words */
    private String summary = "";
    private final Map<String, String> channelKeys = new HashMap<>();
    private final RankTable topSkus;
    private final RankTable bottomSkus;
    private final RankTable topStores;
    private final RankTable bottomStores;
    private final ChangeListener<DashboardData> onData = (o, a, d) -> show(d);
    private final InvalidationListener onShare = o -> showShare();
    private final InvalidationListener onProvinceShares = o -> redrawShareMap();
    private final InvalidationListener onLocale = o -> relabel();
    private final DashboardLines lines;
    private org.salestrack.ui.alert.AlertMarks marks;
    private org.salestrack.analytics.alert.AlertService alerts;
    private Runnable onAlerts;
    private final boolean onStore;
    private final InvalidationListener onDataMarks = o -> refreshMarks();

    public DashboardView(WorkbenchContext ctx) {
        this.i18n = ctx.i18n();
        this.onStore = ctx.explore().onServer();
        this.state = ctx.state();
        this.vm = new DashboardViewModel(ctx.explore(), ctx.screens().market(),
                ctx.screens().marketing(), ctx.state(), ctx.requests(), ctx.queries(), 250);
        this.crossFilter = new CrossFilterMenu(vm, i18n);
        this.campaignMarks = new TrendCampaignMarks(trendChart, i18n);
        vm.campaignsProperty().addListener((o, a, c) -> {
            DashboardData d = vm.dataProperty().get();
            if (d != null) campaignMarks.apply(d.trend(), trendPeriods, c);
        });
        this.export = ExportActions.of(ctx);
        this.lines = new DashboardLines(ctx);
        // one right-click menu per row: keep only / add / exclude, then "Show lines"
        topSkus = new RankTable("top-skus", i18n.bind("dashboard.top.skus"), i18n.bind("dim.sku"), i18n.bind("measure.revenue"),
                i18n::locale, crossFilter.on(Dimension.SKU, lines::member));
        bottomSkus = new RankTable("bottom-skus", i18n.bind("dashboard.bottom.skus"), i18n.bind("dim.sku"), i18n.bind("measure.revenue"),
                i18n::locale, crossFilter.on(Dimension.SKU, lines::member));
        topStores = new RankTable("top-stores", i18n.bind("dashboard.top.stores"), i18n.bind("dim.store"), i18n.bind("measure.revenue"),
                i18n::locale, crossFilter.on(Dimension.STORE, lines::member));
        bottomStores = new RankTable("bottom-stores", i18n.bind("dashboard.bottom.stores"), i18n.bind("dim.store"),
                i18n.bind("measure.revenue"), i18n::locale, crossFilter.on(Dimension.STORE, lines::member));
        Node content = layout();
        root = new ScrollPane(content);
        root.setId("dashboard-scroll");
        root.setFitToWidth(true);
        root.getStyleClass().add("screen");
        this.pdf = new DashboardExport(content, ctx.dialogs(), ctx.tasks(), i18n);
        map.setOnProvinceMouse(crossFilter.on(Dimension.PROVINCE, lines::member));
        vm.dataProperty().addListener(onData);
        vm.shareProperty().addListener(onShare);
        vm.provinceSharesProperty().addListener(onProvinceShares);
        vm.mapModeProperty().addListener(o -> show(vm.dataProperty().get()));
        if (ctx.screens().alerts() != null) {
            alerts = ctx.screens().alerts();
            marks = new org.salestrack.ui.alert.AlertMarks(alerts, ctx.queries());
            vm.dataProperty().addListener(onDataMarks);
            // raised by an import, resolved in the alert centre: the tiles follow
            onAlerts = () -> javafx.application.Platform.runLater(this::refreshMarks);
            alerts.onChange(onAlerts);
        }
        vm.errorProperty().addListener((o, a, b) -> error.setText(b == null ? "" : i18n.get("error.query", i18n.get(b, b.english()))));
        i18n.localeProperty().addListener(onLocale);
        relabel();
        show(vm.dataProperty().get());
    }

    private Node layout() {
        filters.setId("dashboard-filters");
        filters.getStyleClass().add("filter-summary");
        filters.setWrapText(true);
        filters.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(filters, Priority.ALWAYS);
        loading.setId("dashboard-loading");
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(vm.loadingProperty());
        Button toPdf = new Button();
        toPdf.setId("dashboard-export-pdf");
        toPdf.textProperty().bind(i18n.bind("dashboard.export.pdf"));
        toPdf.setOnAction(e -> pdf.export(i18n.get("dashboard.export.filters", summary), asOf(), true));
        Button toPng = new Button();
        toPng.setId("dashboard-export-png");
        toPng.textProperty().bind(i18n.bind("dashboard.export.png"));
        toPng.setOnAction(e -> pdf.export(i18n.get("dashboard.export.filters", summary), asOf(), false));
        toPdf.setMinWidth(Region.USE_PREF_SIZE);
        toPng.setMinWidth(Region.USE_PREF_SIZE);
        // until the first figures arrive the page says what it is waiting for (the launch's last step on a big workspace)
        Label firstLoad = new Label();
        firstLoad.setId("dashboard-first-load");
        firstLoad.textProperty().bind(i18n.bind("dashboard.loading.figures"));
        firstLoad.visibleProperty().bind(vm.loadingProperty().and(vm.dataProperty().isNull()));
        firstLoad.managedProperty().bind(firstLoad.visibleProperty());
        firstLoad.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, filters, loading, firstLoad, toPdf, toPng);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // seven tiles: in one row where they fit whole, else in balanced rows, never cutting a figure off
        javafx.scene.layout.FlowPane kpis = new javafx.scene.layout.FlowPane(10, 10);
        kpis.getStyleClass().add("kpi-row");
        for (String id : List.of("units", "revenue", "asp", "growth", "online", "cover")) {
            KpiTile t = new KpiTile(id, i18n.bind("kpi." + id));
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setMaxWidth(Double.MAX_VALUE);
            tiles.put(id, t);
            kpis.getChildren().add(t);
        }
        KpiTile share = new KpiTile("share", i18n.bind("market.kpi.share"));
        HBox.setHgrow(share, Priority.ALWAYS);
        share.setMaxWidth(Double.MAX_VALUE);
        tiles.put("share", share);
        kpis.getChildren().add(2, share);
        kpis.widthProperty().addListener((o, a, w) -> fitTiles(kpis));
        ChartViewer trend = new ChartViewer(trendChart);
        trend.setPrefHeight(260);
        VBox trendCard = card("dashboard.trend",
                ChartControls.wrap(trend, "dashboard-trend", i18n, export, lines.chart(trend, this::trendSlice)), grainSwitch());
        trendCard.getChildren().add(campaignMarks.note());
        ChartViewer channels = new ChartViewer(channelChart);
        channels.setPrefHeight(220);
        channels.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof CategoryItemEntity item && e.getTrigger().getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    String label = String.valueOf(item.getColumnKey());
                    vm.click(Dimension.CHANNEL, channelKeys.getOrDefault(label, label), label,
                            e.getTrigger().isShortcutDown() || e.getTrigger().isControlDown());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) { hoveredBar = e.getEntity(); }
        });
        Supplier<List<MenuItem>> barLines = lines.chart(channels, (series, column) -> {
            DashboardData d = vm.dataProperty().get();
            String key = channelKeys.get(String.valueOf(column));
            return d == null || key == null ? null : d.slice().with(Dimension.CHANNEL, key);
        });
        VBox channelCard = card("dashboard.channels", ChartControls.wrap(channels, "dashboard-channels", i18n, export, () -> {
            List<MenuItem> items = new ArrayList<>(barItems());
            if (!items.isEmpty()) items.add(new SeparatorMenuItem());
            items.addAll(barLines.get());
            return items;
        }), null);
        ComboBox<MapMode> mode = new ComboBox<>();
        mode.getItems().addAll(MapMode.values());
        mode.setValue(vm.mapModeProperty().get());
        mode.setId("map-mode");
        mode.valueProperty().bindBidirectional(vm.mapModeProperty());
        mode.setButtonCell(DimLabels.cell(i18n, MapMode::key));
        mode.setCellFactory(l -> DimLabels.cell(i18n, MapMode::key));
        mapNote.setId("map-note");
        mapNote.setWrapText(true);
        mapNote.getStyleClass().add("note");
        mapNote.managedProperty().bind(mapNote.visibleProperty());
        mapNote.setVisible(false);
        alertNote.setId("map-alert-note");
        alertNote.setWrapText(true);
        alertNote.getStyleClass().addAll("note", "alert-note");
        alertNote.managedProperty().bind(alertNote.visibleProperty());
        alertNote.setVisible(false);
        VBox mapBox = new VBox(8, map, legend, mapNote, alertNote);
        VBox mapCard = card("dashboard.map", mapBox, mode);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(trendCard, 0, 0);
        grid.add(mapCard, 1, 0, 1, 2);
        grid.add(channelCard, 0, 1);
        GridPane ranks = new GridPane();
        ranks.setHgap(12);
        ColumnConstraints quarter = new ColumnConstraints();
        quarter.setPercentWidth(25);
        ranks.getColumnConstraints().addAll(quarter, quarter, quarter, quarter);
        ranks.addRow(0, topSkus, bottomSkus, topStores, bottomStores);
        error.getStyleClass().add("error-text");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(12, head, error, kpis, grid, ranks);
        box.setPadding(new Insets(14));
        box.setId("dashboard");
        return box;
    }

    /** The days of the trend point under the pointer; last year's series stands for the same days a year earlier. */
    private Slice trendSlice(Comparable<?> series, Comparable<?> period) {
        DashboardData d = vm.dataProperty().get();
        if (d == null) return null;
        Slice s = ExploreService.periodSlice(d.slice(), String.valueOf(period), d.trend().grain());
        boolean lastYear = String.valueOf(series).equals(i18n.get("dashboard.trend.last.year"));
        return lastYear ? s.withRange(s.from().minusYears(1), s.to().minusYears(1)) : s;
    }

    /** Keep only / exclude for the channel bar under the pointer when the chart's menu opens. */
    private List<MenuItem> barItems() {
        if (!(hoveredBar instanceof CategoryItemEntity item)) return List.of();
        String label = String.valueOf(item.getColumnKey());
        return crossFilter.items(Dimension.CHANNEL, channelKeys.getOrDefault(label, label), label);
    }

    /** The data's as-of date: the last day with sales. */
    private java.time.LocalDate asOf() { return vm.state().lastDay(); }

    private HBox grainSwitch() {
        ToggleGroup g = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (Grain grain : new Grain[] {Grain.DAY, Grain.WEEK, Grain.MONTH}) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(i18n.bind("grain." + grain.id()));
            b.setUserData(grain);
            b.setId("dashboard-grain-" + grain.id());
            b.setToggleGroup(g);
            box.getChildren().add(b);
        }
        g.selectedToggleProperty().addListener((o, a, t) -> vm.grainProperty().set(t == null ? null : (Grain) t.getUserData()));
        return box;
    }

    private VBox card(String titleKey, Node content, Node tool) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        title.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = tool == null ? new HBox(title) : new HBox(8, title, spacer, tool);
        VBox card = new VBox(8, head, content);
        card.getStyleClass().add("card");
        VBox.setVgrow(content, Priority.ALWAYS);
        return card;
    }

    private void relabel() {
        map.setChinese(i18n.chinese());
        show(vm.dataProperty().get());
        markAlerts();
    }

    private void show(DashboardData d) {
        if (d == null) return;
        Locale l = i18n.locale();
        summary = FilterSummary.describe(d.slice(), vm.state(), i18n);
        filters.setText(i18n.get("dashboard.filters", summary, asOf().toString()));
        Kpis k = d.kpis();
        Measures m = k.current();
        OptionalDouble vsLy = d.lastYearCovered() ? Kpis.growth(m.qty(), k.lastYear().qty()) : OptionalDouble.empty();
        OptionalDouble revPrev = d.previousCovered() ? k.growthVsPrevious() : OptionalDouble.empty();
        OptionalDouble revLy = d.lastYearCovered() ? k.growthVsLastYear() : OptionalDouble.empty();
        String vsPrev = d.previousCovered() ? i18n.get("kpi.vs.previous", Format.signedPercent(revPrev, l)) : i18n.get("kpi.no.previous");
        tiles.get("units").show(Format.units(m.qty(), l), Format.units(m.qty(), l),
                d.lastYearCovered() ? i18n.get("kpi.vs.last.year", Format.signedPercent(vsLy, l)) : i18n.get("kpi.no.last.year"), arrow(vsLy));
        tiles.get("revenue").show(Format.moneyHeadline(m.amountE4(), l), Format.money(m.amountE4(), l), vsPrev, arrow(revPrev));
        tiles.get("asp").show(Format.money(m.aspE4(), l), Format.money(m.aspE4(), l),
                i18n.get("kpi.margin", Format.moneyShort(m.marginE4(), l)), KpiTile.Trend.NONE);
        tiles.get("growth").show(d.lastYearCovered() ? Format.signedPercent(revLy, l) : i18n.get("kpi.no.data"),
                d.lastYearCovered() ? Format.signedPercent(revLy, l) : i18n.get("kpi.no.last.year"), vsPrev, arrow(revLy));
        tiles.get("online").show(Format.percent(k.onlineShare(), l), Format.percent(k.onlineShare(), l),
                i18n.get("kpi.online.units", Format.units(k.onlineUnits(), l)), KpiTile.Trend.NONE);
        showCover(k, l);
        showShare();
        Measures held = k.held();
        tiles.get("units").held(held.qty() == 0 ? "" : i18n.get("kpi.held.units", Format.units(held.qty(), l)));
        tiles.get("revenue").held(held.amountE4() == 0 ? "" : i18n.get("kpi.held.revenue", Format.moneyShort(held.amountE4(), l)));
        showTrend(d);
        showChannels(d.channels());
        topSkus.show(d.top(d.skus(), 5));
        bottomSkus.show(d.bottom(d.skus(), 5));
        topStores.show(d.top(d.stores(), 5));
        bottomStores.show(d.bottom(d.stores(), 5));
        showMap(d);
    }

    private void showCover(Kpis k, Locale l) {
        KpiTile cover = tiles.get("cover");
        if (!k.stock().applies()) {
            String why = i18n.get("kpi.cover.unstocked", String.join(", ", k.stock().unstockedChannels()));
            cover.show("–", why, why, KpiTile.Trend.NONE);
        } else if (k.weeksOfCover().isPresent()) {
            String v = String.format(l, "%.1f", k.weeksOfCover().getAsDouble());
            cover.show(v, i18n.get("kpi.cover.exact", v, Format.units(k.stock().units().getAsLong(), l)), i18n.get("kpi.cover.note"),
                    KpiTile.Trend.NONE);
        } else {
            cover.show("–", i18n.get("kpi.cover.none"), i18n.get("kpi.cover.none"), KpiTile.Trend.NONE);
        }
    }

    /** Lays the KPI tiles out in as few rows as keep each at least {@link #KPI_MIN_WIDTH} wide, the rows as even as can be. */
    private static void fitTiles(javafx.scene.layout.FlowPane row) {
        int count = row.getChildren().size();
        double w = row.getWidth();
        if (w <= 0 || count == 0) return;
        int most = Math.max(1, (int) ((w + row.getHgap()) / (KPI_MIN_WIDTH + row.getHgap())));
        int rows = (count + most - 1) / most;
        int perRow = (count + rows - 1) / rows;
        double each = Math.floor((w - row.getHgap() * (perRow - 1)) / perRow) - 1;
        for (Node t : row.getChildren()) ((Region) t).setPrefWidth(each);
    }

    /** The share tile: our unit share where the panel covers the filters, else why there is none. */
    private void showShare() {
        KpiTile tile = tiles.get("share");
        SliceShare s = vm.shareProperty().get();
        Locale l = i18n.locale();
        if (s == null) {
            // before the first answer the tile says it is loading, not that there is no panel
            // the national store holds the published panel, but the share is worked out in a workspace (extract)
            String why = i18n.get(vm.hasMarket() ? "dashboard.share.loading" : onStore ? "market.kpi.store" : "market.kpi.none");
            tile.show("–", why, why, KpiTile.Trend.NONE);
            return;
        }
        if (!s.covered()) {
            String why = org.salestrack.ui.market.UncoveredText.why(i18n, s);
            tile.show("–", why, i18n.get("market.kpi.no.panel"), KpiTile.Trend.NONE);
            return;
        }
        ShareRow r = s.share().orElseThrow();
        String v = Format.percent(OptionalDouble.of(r.shareUnits()), l);
        double change = s.changePp();
        String note = Double.isNaN(change) ? i18n.get("market.kpi.no.previous")
                : i18n.get("market.kpi.change", String.format(l, "%+.1f", change));
        if (s.coverage() < 0.9995) note += "\n" + i18n.get("market.kpi.coverage", Format.percent(OptionalDouble.of(s.coverage()), l));
        String exact = i18n.get("market.kpi.exact", Format.units(r.units(), l), Format.units(r.marketUnits(), l), s.from().toString(),
                s.to().toString());
        // the share of value beside the share of units: a premium mix shows as the gap between them
        if (!Double.isNaN(r.shareValue())) {
            exact += "\n" + i18n.get("market.kpi.value", Format.percent(OptionalDouble.of(r.shareValue()), l),
                    Format.moneyShort(r.valueE4(), l), Format.moneyShort(r.marketValueE4(), l));
        }
        tile.show(v, exact, note, Double.isNaN(change) || change == 0 ? KpiTile.Trend.NONE : change > 0 ? KpiTile.Trend.UP : KpiTile.Trend.DOWN);
    }

    private static KpiTile.Trend arrow(OptionalDouble g) {
        if (g.isEmpty() || g.getAsDouble() == 0) return KpiTile.Trend.NONE;
        return g.getAsDouble() > 0 ? KpiTile.Trend.UP : KpiTile.Trend.DOWN;
    }

    private List<String> trendPeriods = List.of();

    private void showTrend(DashboardData d) {
        trendChart.setNotify(false);
        trendData.clear();
        String now = i18n.get("dashboard.trend.current");
        String ly = i18n.get("dashboard.trend.last.year");
        // weeks as the reader reads them: 2025年第46周 in Chinese
        List<String> periods = new java.util.ArrayList<>(d.trend().periods().stream().map(p -> org.salestrack.ui.Format.period(p, i18n)).toList());
        if (d.trend().grain() == Grain.MONTH && !periods.isEmpty() && state.lastDay() != null) {
            // a month the data reaches only part of says so, rather than looking like a collapse
            int last = periods.size() - 1;
            periods.set(last, PartialPeriods.month(i18n, YearMonth.parse(periods.get(last)), new DataAsOf(state.lastDay())));
        }
        for (int i = 0; i < periods.size(); i++) {
            trendData.addValue(Money.yuan(d.trend().current().get(i).amountE4()), now, periods.get(i));
            trendData.addValue(Money.yuan(d.trend().lastYear().get(i).amountE4()), ly, periods.get(i));
        }
        Charts.thinLabels(trendChart, periods);
        Charts.moneyAxis(trendChart, i18n.get("chart.axis.revenue"), i18n.locale());
        trendChart.getCategoryPlot().getDomainAxis().setLabel(i18n.get("grain." + d.trend().grain().id()));
        ChartControls.refit(trendChart);
        trendPeriods = periods;
        campaignMarks.apply(d.trend(), periods, vm.campaignsProperty().get());
        trendChart.setNotify(true);
    }

    private void showChannels(List<Cell> channels) {
        channelChart.setNotify(false);
        channelData.clear();
        channelKeys.clear();
        String series = i18n.get("measure.revenue");
        for (Cell c : channels) {
            // 直营店 reads "Direct store" in the English UI, as everywhere channels are named
            String shown = org.salestrack.ui.MemberNames.of(Dimension.CHANNEL, c.key(), c.label(), i18n);
            channelKeys.put(shown, c.key());
            channelData.addValue(Money.yuan(c.measures().amountE4()), series, shown);
        }
        Charts.moneyAxis(channelChart, i18n.get("chart.axis.revenue"), i18n.locale());
        channelChart.getCategoryPlot().getDomainAxis().setLabel(i18n.get("dim.channel"));
        ChartControls.refit(channelChart);
        channelChart.setNotify(true);
    }

    private void showMap(DashboardData d) {
        MapMode mode = vm.mapModeProperty().get();
        if (mode == MapMode.MARKET_SHARE_UNITS) {
            showShareMap(d);
            return;
        }
        mapNote.setVisible(false);
        Map<String, Double> values = new HashMap<>();
        Map<String, String> tips = new HashMap<>();
        double max = 0;
        Locale l = i18n.locale();
        for (Map.Entry<String, Measures[]> e : d.provinces().entrySet()) {
            Measures now = e.getValue()[0];
            // growth against a previous period the data does not cover is no growth
            Double v = mode == MapMode.GROWTH && !d.previousCovered() ? null : mode.value(now, e.getValue()[1]);
            if (v == null) continue;
            values.put(e.getKey(), v);
            max = Math.max(max, Math.abs(v));
            tips.put(e.getKey(), i18n.get("map.tooltip", Format.units(now.qty(), l), Format.money(now.amountE4(), l),
                    d.previousCovered() ? Format.signedPercent(Kpis.growth(now.amountE4(), e.getValue()[1].amountE4()), l)
                            : i18n.get("kpi.no.data")));
        }
        ColorScale scale = mode == MapMode.GROWTH ? ColorScale.diverging(Math.max(0.01, max)) : ColorScale.sequential(0, max);
        map.show(values, scale, tips);
        map.highlight(d.slice().keys(Dimension.PROVINCE), d.slice().excludedKeys(Dimension.PROVINCE));
        Format.Scale unit = Format.scaleFor(Money.e4OfYuan(max), l);
        legend.show(scale, v -> mode == MapMode.GROWTH ? String.format(l, "%+.0f%%", v * 100)
                : mode == MapMode.UNITS ? Format.units(Math.round(v), l) : Format.money(Money.e4OfYuan(v), unit, l));
    }

    private void redrawShareMap() {
        if (vm.mapModeProperty().get() == MapMode.MARKET_SHARE_UNITS && vm.dataProperty().get() != null) showMap(vm.dataProperty().get());
    }

    /**
     * Our unit share by province: a province the panel does not cover stays grey, and when the filters leave
     * no share at all the note says why (the same words as the share tile) rather than showing a wrong number.
     */
    private void showShareMap(DashboardData d) {
        Locale l = i18n.locale();
        Map<String, Double> values = new HashMap<>();
        Map<String, String> tips = new HashMap<>();
        double max = 0;
        double min = 1;
        for (Map.Entry<String, SliceShare> e : vm.provinceSharesProperty().get().entrySet()) {
            ShareRow r = e.getValue().share().orElseThrow();
            values.put(e.getKey(), r.shareUnits());
            max = Math.max(max, r.shareUnits());
            min = Math.min(min, r.shareUnits());
            double change = e.getValue().changePp();
            tips.put(e.getKey(), i18n.get("map.tooltip.share", Format.percent(OptionalDouble.of(r.shareUnits()), l),
                    Format.units(r.units(), l), Format.units(r.marketUnits(), l),
                    Double.isNaN(change) ? i18n.get("market.kpi.no.previous") : i18n.get("market.kpi.change", String.format(l, "%+.1f", change))));
        }
        ColorScale scale = values.isEmpty() ? ColorScale.sequential(0, 1) : ColorScale.spread(min, max);
        map.show(values, scale, tips);
        map.highlight(d.slice().keys(Dimension.PROVINCE), d.slice().excludedKeys(Dimension.PROVINCE));
        legend.show(scale, v -> Format.percent(OptionalDouble.of(v), l));
        SliceShare total = vm.shareProperty().get();
        String why = values.isEmpty() ? org.salestrack.ui.market.UncoveredText.why(i18n, total) : null;
        mapNote.setText(why == null ? "" : why);
        mapNote.setVisible(why != null);
    }

    private void refreshMarks() {
        if (marks != null) marks.refresh(this::markAlerts);
    }

    /** Marks red the province tiles an open alert covers in the dashboard's period, and says which in their tooltips. */
    private void markAlerts() {
        DashboardData d = vm.dataProperty().get();
        if (marks == null || d == null) return;
        Map<String, String> notes = new HashMap<>();
        marks.provinces(d.slice().from(), d.slice().to()).forEach((code, list) -> {
            org.salestrack.model.Alert a = list.get(0);
            String said = a.why() != null ? i18n.get(a.why(), a.message()) : a.message();
            notes.put(code, list.size() == 1 ? i18n.get("dashboard.alert.tile", said) : i18n.get("dashboard.alert.tiles", list.size(), said));
        });
        map.markAlerts(notes);
        alertNote.setText(notes.isEmpty() ? "" : i18n.get("dashboard.alert.note", notes.size()));
        alertNote.setVisible(!notes.isEmpty());
    }

    @Override
    public Node node() { return root; }

    @Override
    public javafx.beans.value.ObservableBooleanValue loading() { return vm.loadingProperty(); }

    @Override
    public void close() {
        vm.dataProperty().removeListener(onDataMarks);
        if (alerts != null) alerts.removeOnChange(onAlerts);
        vm.dataProperty().removeListener(onData);
        vm.shareProperty().removeListener(onShare);
        vm.provinceSharesProperty().removeListener(onProvinceShares);
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }

}
