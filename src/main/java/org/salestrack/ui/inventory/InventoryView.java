package org.salestrack.ui.inventory;

import org.salestrack.ui.Failures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.salestrack.model.inventory.InventoryReport;
import org.salestrack.model.inventory.ReplenishmentLine;
import org.salestrack.model.inventory.SlowMover;
import org.salestrack.model.inventory.Transfer;
import org.salestrack.report.CsvExport;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.Charts;
import org.salestrack.ui.chart.ColorScale;
import org.salestrack.ui.chart.MatrixHeatMap;
import org.salestrack.ui.chart.ProvinceTileMap;
import org.salestrack.ui.chart.TileArrows;
import org.salestrack.ui.reports.ExportActions;

/**
 * The Inventory screen: weeks of cover per province x SKU, the replenishment table with the purchase-order
 * list's export (CSV, XLSX), the slow movers with the chart of a slow mover's weeks (actual against what
 * was expected), and the transfer plan. Everything follows the global geography and product filters.
 */
public final class InventoryView implements Screen {
    /** Cover above this many weeks shows in the darkest colour. */
    private static final double COVER_SCALE_TOP = 16;

    private final InventoryViewModel vm;
    private final I18n i18n;
    private final WorkbenchContext ctx;
    private final ExportActions export;
    private final BorderPane root = new BorderPane();
    private final MatrixHeatMap cover = new MatrixHeatMap();
    private final DefaultCategoryDataset weeks = new DefaultCategoryDataset();
    private final JFreeChart chart = weeklyUnits(weeks);
    private final Label summary = new Label();
    private final Label chartTitle = new Label();
    private final Label error = new Label();
    private final TileArrows routes = new TileArrows(new ProvinceTileMap());
    private final Label routeDetail = new Label();
    private final TableView<Transfer> transfers;
    private final InvalidationListener onLocale = o -> render();

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::inventory,
                s -> new InventoryViewModel(s, ctx.state(), ctx.requests(), ctx.tasks()), InventoryView::new);
    }

    InventoryView(InventoryViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.export = ExportActions.of(ctx);

        DatePicker asOf = new DatePicker();
        asOf.setId("inventory-as-of");
        asOf.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        ComboBox<Double> level = new ComboBox<>();
        level.setId("inventory-service-level");
        level.getItems().setAll(0.90, 0.95, 0.98, 0.99);
        level.valueProperty().bindBidirectional(vm.serviceLevelProperty());
        level.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double d) { return d == null ? "" : String.format(Locale.ROOT, "%.0f%%", d * 100); }

            @Override
            public Double fromString(String s) { return Double.parseDouble(s.replace("%", "").trim()) / 100; }
        });
        Button csv = Controls.button(i18n, "inventory-export-csv", "inventory.export.csv", this::exportCsv);
        Button xlsx = Controls.button(i18n, "inventory-export-xlsx", "inventory.export.xlsx", () -> export.table(i18n.get("inventory.orders.title"),
                InventoryTables.orderColumns(i18n), InventoryTables.orderRows(i18n, vm.purchaseOrders()), p -> { }));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        HBox toolbar = new HBox(10, Controls.label(i18n, "inventory.as.of"), asOf, Controls.label(i18n, "inventory.service.level"), level, csv, xlsx,
                spinner);
        toolbar.getStyleClass().add("toolbar-row");

        cover.setId("inventory-cover");
        ScrollPane coverScroll = new ScrollPane(cover);
        coverScroll.setPrefHeight(300);

        TableView<ReplenishmentLine> lines = InventoryTables.replenishment(i18n, vm.replenishment());
        lines.setPrefHeight(320);
        // what to order first, the cover map one click away: below the map the table was out of a 1280x720 window
        VBox orders = new VBox(8, summary, lines);
        orders.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(lines, Priority.ALWAYS);
        javafx.scene.control.Tab replenishment = Controls.tab(i18n, "inventory.replenishment.title", orders);
        javafx.scene.control.Tab weeksOfCover = Controls.tab(i18n, "inventory.cover.title", coverScroll);
        javafx.scene.control.TabPane planTabs = new javafx.scene.control.TabPane(replenishment, weeksOfCover);
        planTabs.setId("inventory-plan-tabs");
        planTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox planCard = new VBox(planTabs);
        planCard.getStyleClass().add("card");

        TableView<SlowMover> slow = InventoryTables.slowMovers(i18n, vm.slowMovers());
        slow.setPrefHeight(260);
        slow.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> { if (m != null) vm.chart(m); });
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("inventory-slow-chart");
        viewer.setPrefSize(520, 260);
        chartTitle.setId("inventory-slow-chart-title");
        VBox slowCard = Controls.card(i18n, "inventory.slow.title", slow);
        HBox.setHgrow(slowCard, Priority.ALWAYS);
        HBox slowRow = new HBox(12, slowCard, new VBox(6, chartTitle, viewer));

        transfers = InventoryTables.transfers(i18n, vm.transfers());
        transfers.setPrefHeight(240);
        transfers.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        routes.setId("inventory-transfer-map");
        routes.setOnArrowClicked(a -> selectTransfers(t -> t.from().equals(a.from()) && t.to().equals(a.to()), a.tooltip()));
        routes.map().setOnProvinceClicked((code, name) -> selectTransfers(t -> t.from().equals(code) || t.to().equals(code), ""));
        routeDetail.setId("inventory-transfer-detail");
        routeDetail.setWrapText(true);
        routeDetail.setMaxWidth(460);
        Label routeNote = Controls.label(i18n, "inventory.route.note");
        routeNote.getStyleClass().add("filter-summary");
        routeNote.setWrapText(true);
        routeNote.setMaxWidth(460);
        VBox mapBox = new VBox(6, routes, routeNote, routeDetail);
        HBox.setHgrow(transfers, Priority.ALWAYS);
        transfers.prefHeightProperty().bind(mapBox.heightProperty());
        VBox transferCard = Controls.card(i18n, "inventory.transfers.title", new HBox(12, transfers, mapBox));

        error.setId("inventory-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        summary.setId("inventory-summary");
        VBox content = new VBox(12, planCard, slowRow, transferCard);
        content.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("inventory-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen");
        VBox head = new VBox(6, toolbar, error);
        head.setPadding(new Insets(12, 16, 4, 16));
        root.setTop(head);
        root.setCenter(scroll);
        root.getStyleClass().add("screen");

        vm.reportProperty().addListener(o -> render());
        vm.chartedProperty().addListener(o -> renderChart());
        vm.errorProperty().addListener(o -> render());
        vm.busyProperty().addListener(o -> { if (vm.reportProperty().get() == null) render(); });
        i18n.localeProperty().addListener(onLocale);
        render();
    }

    /** Units are whole: ticks at whole numbers, so small counts do not repeat a label. */
    private static JFreeChart weeklyUnits(DefaultCategoryDataset data) {
        JFreeChart c = Charts.trend(data);
        c.getCategoryPlot().getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        return c;
    }


    private void render() {
        Throwable e = vm.errorProperty().get();
        error.setText(e == null ? "" : i18n.get("inventory.error", Failures.text(i18n, e)));
        InventoryReport r = vm.reportProperty().get();
        InventoryViewModel.CoverMatrix m = vm.cover();
        List<String> labels = new ArrayList<>();
        for (String p : m.provinces()) labels.add(InventoryTables.province(i18n, p));
        double[][] shown = new double[m.weeks().length][];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = m.weeks()[i].clone();
            for (int j = 0; j < shown[i].length; j++) if (shown[i][j] == Double.POSITIVE_INFINITY) shown[i][j] = COVER_SCALE_TOP;
        }
        cover.show(m.provinces(), labels, m.skus(), shown, ColorScale.sequential(0, COVER_SCALE_TOP),
                v -> i18n.get("inventory.cover.weeks", String.format(i18n.locale(), "%.1f", v)));
        if (r == null) {
            summary.setText(vm.busyProperty().get() ? i18n.get("task.inventory") : i18n.get("inventory.none"));
        } else {
            long orders = vm.purchaseOrders().size();
            long units = vm.purchaseOrders().stream().mapToLong(ReplenishmentLine::orderQty).sum();
            List<org.salestrack.model.inventory.StockPosition> outs = r.positions().stream().filter(org.salestrack.model.inventory.StockPosition::stockOut).toList();
            double lost = outs.stream().mapToDouble(org.salestrack.model.inventory.StockPosition::lostUnits).sum();
            summary.setText(i18n.get("inventory.summary", r.asOf().toString(), org.salestrack.ui.Format.units(r.replenishment().size(), i18n.locale()),
                    org.salestrack.ui.Format.units(orders, i18n.locale()), org.salestrack.ui.Format.units(units, i18n.locale()),
                    org.salestrack.ui.Format.units(outs.size(), i18n.locale()), String.format(i18n.locale(), "%.1f", lost),
                    String.join(", ", outs.stream().map(p -> p.location() + " " + p.sku()).limit(5).toList())));
        }
        renderRoutes();
        renderChart();
    }

    /** The transfer plan on the tile map: an arrow per route, as wide as its units; tiles coloured by units received or sent. */
    private void renderRoutes() {
        List<TransferRoute> plan = TransferRoute.of(vm.transfers());
        long most = plan.stream().mapToLong(TransferRoute::units).max().orElse(1);
        List<TileArrows.Arrow> arrows = new ArrayList<>();
        for (TransferRoute r : plan) {
            arrows.add(new TileArrows.Arrow("inventory-route-" + r.from() + "-" + r.to(), r.from(), r.to(), 2 + 6 * Math.sqrt((double) r.units() / most),
                    org.salestrack.ui.Format.units(r.units(), i18n.locale()), routeText(r)));
        }
        java.util.Map<String, Double> net = new java.util.HashMap<>();
        java.util.Map<String, String> tips = new java.util.HashMap<>();
        TransferRoute.net(vm.transfers()).forEach((code, units) -> {
            net.put(code, units.doubleValue());
            tips.put(code, i18n.get(units >= 0 ? "inventory.route.receives" : "inventory.route.sends",
                    org.salestrack.ui.Format.units(Math.abs(units), i18n.locale())));
        });
        double top = net.values().stream().mapToDouble(Math::abs).max().orElse(1);
        routes.map().setChinese(i18n.chinese());
        routes.map().show(net, ColorScale.diverging(Math.max(1, top)), tips);
        routes.show(arrows);
        routeDetail.setText("");
    }

    private String routeText(TransferRoute r) {
        StringBuilder b = new StringBuilder(i18n.get("inventory.route.tip", InventoryTables.province(i18n, r.from()), InventoryTables.province(i18n, r.to()),
                org.salestrack.ui.Format.units(r.units(), i18n.locale()), String.format(i18n.locale(), "%,.2f", r.cost())));
        for (Transfer t : r.transfers()) {
            b.append('\n').append(i18n.get("inventory.route.line", t.sku(), org.salestrack.ui.Format.units(t.units(), i18n.locale()),
                    String.format(i18n.locale(), "%,.2f", t.cost())));
        }
        return b.toString();
    }

    /** Selects the plan's rows a click on the map chose, first of them scrolled into view, and says what they are. */
    private void selectTransfers(java.util.function.Predicate<Transfer> chosen, String detail) {
        var selection = transfers.getSelectionModel();
        selection.clearSelection();
        int first = -1;
        for (int i = 0; i < transfers.getItems().size(); i++) {
            if (!chosen.test(transfers.getItems().get(i))) continue;
            selection.select(i);
            if (first < 0) first = i;
        }
        if (first >= 0) transfers.scrollTo(first);
        routeDetail.setText(detail);
    }

    private void renderChart() {
        SlowMover s = vm.chartedProperty().get();
        chart.setNotify(false);
        weeks.clear();
        if (s != null) {
            String actual = i18n.get("inventory.chart.actual");
            String expected = i18n.get("inventory.chart.expected");
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < s.weeks().size(); i++) {
                String w = s.weeks().get(i).substring(5);
                labels.add(w);
                weeks.addValue(s.actual()[i], actual, w);
                weeks.addValue(Double.isFinite(s.expected()[i]) ? s.expected()[i] : null, expected, w);
            }
            Charts.thinLabels(chart, labels);
            chartTitle.setText(i18n.get("inventory.chart.title", s.sku(),
                    org.salestrack.ui.MemberNames.of(org.salestrack.model.Dimension.REGION, s.region(), s.region(), i18n)));
        } else {
            chartTitle.setText(i18n.get("inventory.chart.none"));
        }
        chart.setNotify(true);
    }

    private void exportCsv() {
        export.csv("purchase orders", i18n.get("inventory.orders.title") + ".csv", InventoryTables.orderColumns(i18n),
                InventoryTables.orderRows(i18n, vm.purchaseOrders()), p -> { });
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }
}
