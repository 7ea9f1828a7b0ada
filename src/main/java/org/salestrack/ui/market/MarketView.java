package org.salestrack.ui.market;

import org.salestrack.ui.Failures;
import org.salestrack.ui.Controls;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.salestrack.model.market.EventEffect;
import org.salestrack.model.market.PolicyEffect;
import org.salestrack.model.market.ShareRow;
import org.salestrack.model.market.SliceShare;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.KpiTile;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.Charts;

/**
 * The Market screen: our unit share over the global filters, its monthly trend against the top competitors
 * with their moves marked, each province's brand ranking (double-click a province to filter everything to
 * it), the competitor events with their estimated effect on our share, and the policies with theirs.
 */
public final class MarketView implements Screen {
    private final MarketViewModel vm;
    private final I18n i18n;
    private final ScrollPane root;
    private final KpiTile share;
    private final Label error = new Label();
    private final DefaultCategoryDataset trendData = new DefaultCategoryDataset();
    private final JFreeChart trendChart = Charts.trend(trendData);
    private final ObservableList<MarketScreenData.RankingRow> ranking = FXCollections.observableArrayList();
    private final ObservableList<EventEffect> events = FXCollections.observableArrayList();
    private final ObservableList<org.salestrack.model.market.CompetitorErosion> erosion = FXCollections.observableArrayList();
    private final ObservableList<PolicyEffect> policies = FXCollections.observableArrayList();
    private final InvalidationListener onData = o -> render();

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::market,
                s -> new MarketViewModel(s, ctx.state(), ctx.requests(), ctx.queries(), 150), (vm, c) -> new MarketView(vm, c.i18n()));
    }

    MarketView(MarketViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        share = new KpiTile(i18n.bind("market.kpi.share"), "market-share", "market-share-note");
        share.setSpacing(2);
        error.setId("market-error");
        vm.errorProperty().addListener((o, a, b) -> error.setText(b == null ? "" : i18n.get("error.query", Failures.text(i18n, b))));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox head = new HBox(12, share, busy, error);

        CategoryPlot plot = trendChart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        ChartViewer trend = new ChartViewer(trendChart);
        trend.setId("market-trend");
        trend.setPrefHeight(300);
        TableView<MarketScreenData.RankingRow> rankingTable = MarketTables.ranking(i18n, ranking);
        rankingTable.setPrefHeight(300);
        rankingTable.setRowFactory(t -> {
            TableRow<MarketScreenData.RankingRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.drillProvince(row.getItem().province(), row.getItem().name());
                }
            });
            return row;
        });
        VBox trendCard = Controls.card(i18n, "market.trend.title", trend);
        VBox rankingCard = Controls.card(i18n, "market.ranking.title", rankingTable);
        HBox.setHgrow(trendCard, Priority.ALWAYS);
        rankingCard.setPrefWidth(460);
        HBox middle = new HBox(12, trendCard, rankingCard);
        TableView<EventEffect> eventTable = MarketTables.events(i18n, events);
        eventTable.setPrefHeight(190);
        Label method = new Label();
        method.textProperty().bind(i18n.bind("market.events.method"));
        method.setWrapText(true);
        method.getStyleClass().add("kpi-note");
        Label perCompetitor = new Label();
        perCompetitor.textProperty().bind(i18n.bind("market.erosion.caption"));
        perCompetitor.setWrapText(true);
        perCompetitor.getStyleClass().add("kpi-note");
        VBox eventCard = Controls.card(i18n, "market.events.title", eventTable, perCompetitor, MarketTables.erosion(i18n, erosion), method);
        VBox policyCard = Controls.card(i18n, "market.policies.title", MarketTables.policies(i18n, policies));
        VBox content = new VBox(12, head, middle, eventCard, policyCard);
        content.setPadding(new javafx.geometry.Insets(12, 16, 16, 16));
        root = new ScrollPane(content);
        root.setId("market-scroll");
        root.setFitToWidth(true);
        root.getStyleClass().add("screen");
        vm.dataProperty().addListener(onData);
        i18n.localeProperty().addListener(onData);
        render();
    }


    private void render() {
        MarketScreenData d = vm.dataProperty().get();
        if (d == null) {
            share.show("–", "");
            return;
        }
        Locale l = i18n.locale();
        showShare(d.share(), l);
        trendChart.setNotify(false);
        trendData.clear();
        CategoryPlot plot = trendChart.getCategoryPlot();
        plot.clearDomainMarkers();
        for (Map.Entry<String, Map<String, Double>> m : d.trend().entrySet()) {
            String own = d.ownBrand() == null ? "" : d.ownBrand();
            trendData.addValue(m.getValue().getOrDefault(own, 0.0), own, m.getKey());
            for (String c : d.competitors()) trendData.addValue(m.getValue().getOrDefault(c, 0.0), c, m.getKey());
        }
        for (EventEffect e : d.events()) {
            String month = java.time.YearMonth.from(e.event().date()).toString();
            if (!d.trend().containsKey(month)) continue;
            CategoryMarker marker = new CategoryMarker(month, new Color(0xd9534f), new BasicStroke(1.2f));
            marker.setDrawAsLine(true);
            marker.setLabel(e.event().brand() + " " + MarketTables.kind(i18n, e));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            marker.setLabelFont(new java.awt.Font(org.salestrack.ui.Fonts.awtFamily(), java.awt.Font.PLAIN, 11));
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
        Charts.thinLabels(trendChart, d.trend().keySet().stream().toList());
        trendChart.setNotify(true);
        ranking.setAll(d.ranking());
        events.setAll(d.events());
        erosion.setAll(d.erosion());
        policies.setAll(d.policies());
    }

    private void showShare(SliceShare s, Locale l) {
        if (!s.covered()) {
            share.show("–", i18n.get("market.kpi.no.panel") + ": " + UncoveredText.why(i18n, s));
            return;
        }
        ShareRow r = s.share().orElseThrow();
        String text = i18n.get("market.kpi.exact", Format.units(r.units(), l), Format.units(r.marketUnits(), l), s.from().toString(),
                s.to().toString());
        double change = s.changePp();
        // Chinese text takes the full-width semicolon
        String then = i18n.chinese() ? "；" : "; ";
        text += then + (Double.isNaN(change) ? i18n.get("market.kpi.no.previous") : i18n.get("market.kpi.change", String.format(l, "%+.1f", change)));
        if (s.coverage() < 0.9995) text += then + i18n.get("market.kpi.coverage", Format.percent(OptionalDouble.of(s.coverage()), l));
        share.show(Format.percent(OptionalDouble.of(r.shareUnits()), l), text);
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        vm.dataProperty().removeListener(onData);
        i18n.localeProperty().removeListener(onData);
        vm.close();
    }
}
