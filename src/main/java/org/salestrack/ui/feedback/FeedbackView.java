package org.salestrack.ui.feedback;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.data.category.DefaultCategoryDataset;
import org.salestrack.analytics.feedback.Aspect;
import org.salestrack.analytics.feedback.FeedbackOverview;
import org.salestrack.analytics.feedback.FeedbackRow;
import org.salestrack.analytics.feedback.ReadReview;
import org.salestrack.analytics.feedback.TicketAgeing;
import org.salestrack.ui.Controls;
import org.salestrack.model.Dimension;
import org.salestrack.model.Provinces;
import org.salestrack.ui.Format;
import org.salestrack.ui.MemberNames;
import org.salestrack.ui.I18n;
import org.salestrack.ui.KpiTile;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.Charts;

/**
 * The Feedback screen: headline tiles, the aspect x model heat map of negative share, the weekly negative
 * reviews with spikes marked (and listed), the reviews behind a picked cell or spike, and ticket ageing by
 * dealer. Everything follows the global filters.
 */
public final class FeedbackView implements Screen {
    private final FeedbackViewModel vm;
    private final I18n i18n;
    private final List<Aspect> aspects;
    private final BorderPane root = new BorderPane();
    private final Map<String, KpiTile> tiles = new java.util.LinkedHashMap<>();
    private final AspectGrid grid = new AspectGrid();
    private final DefaultCategoryDataset weekly = new DefaultCategoryDataset();
    private final JFreeChart trend = Charts.trend(weekly);
    private final TableView<FeedbackOverview.Spike> spikes = new TableView<>();
    private final TableView<ReadReview> sentences;
    private final TableView<TicketAgeing.Row> dealers = new TableView<>();
    private final Label pickLabel = new Label();
    private final Label keywordsTitle = new Label();
    private final Label keywords = new Label();
    private final DefaultCategoryDataset sold = new DefaultCategoryDataset();
    private final JFreeChart sales = Charts.trend(sold);
    private final Label salesNote = new Label();
    private final Label refundsNote = new Label();
    private final Label error = new Label();
    private final Label placesNote = new Label();
    private final TableView<FeedbackRow> provinces = new TableView<>();
    private final TableView<FeedbackRow> lifeCycle = new TableView<>();
    private final InvalidationListener onLocale = o -> {
        tabled = null;
        render();
        showBreakdown();
    };
    private FeedbackOverview tabled;

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::feedback,
                s -> new FeedbackViewModel(s, ctx.state(), ctx.tasks()),
                (vm, c) -> new FeedbackView(vm, c.i18n(), c.screens().feedback().lexicon().aspects()));
    }

    FeedbackView(FeedbackViewModel vm, I18n i18n, List<Aspect> aspects) {
        this.vm = vm;
        this.i18n = i18n;
        this.aspects = aspects;
        this.sentences = new TableView<>(vm.sentences());
        grid.setOnPick(vm::toggle);

        HBox tileRow = new HBox(10);
        tileRow.getChildren().addAll(tile("reviews", "feedback.tile.reviews"), tile("negative", "feedback.tile.negative"),
                tile("spikes", "feedback.tile.spikes"), tile("resolved", "feedback.tile.resolved"));

        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setPrefHeight(330);
        gridScroll.setFitToHeight(true);
        Label gridHint = Controls.label(i18n, "feedback.grid.hint");
        gridHint.setWrapText(true);
        VBox gridCard = Controls.card(i18n, "feedback.grid.title", gridHint, gridScroll);

        trend.getCategoryPlot().getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        ChartViewer chart = new ChartViewer(trend);
        chart.setId("feedback-trend");
        chart.setPrefSize(640, 260);
        spikes.setId("feedback-spikes");
        spikes.getColumns().add(col("feedback.col.week", s -> Format.period(s.week(), i18n), 90, spikes));
        spikes.getColumns().add(col("feedback.col.model", FeedbackOverview.Spike::model, 130, spikes));
        spikes.getColumns().add(col("feedback.col.aspect", s -> aspectName(s.aspect()), 110, spikes));
        spikes.getColumns().add(col("feedback.col.count", s -> Format.units(s.count(), i18n.locale()), 80, spikes));
        spikes.getColumns().add(col("feedback.col.baseline", s -> String.format(i18n.locale(), "%.1f", s.baseline()), 90, spikes));
        spikes.setPlaceholder(Controls.label(i18n, "feedback.spikes.none"));
        spikes.setPrefHeight(200);
        spikes.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) vm.select(new FeedbackViewModel.Pick(s.aspect(), s.model(), s.week()));
        });
        Label spikesTitle = Controls.label(i18n, "feedback.spikes.title");
        spikesTitle.setWrapText(true);
        VBox trendCard = Controls.card(i18n, "feedback.trend.title", chart, spikesTitle, spikes);
        HBox.setHgrow(trendCard, Priority.ALWAYS);
        HBox top = new HBox(12, gridCard, trendCard);

        sentences.setId("feedback-sentences");
        sentences.getColumns().add(col("feedback.col.date", r -> r.fact().at().toLocalDate().toString(), 95, sentences));
        sentences.getColumns().add(col("feedback.col.channel", r -> r.fact().channel() == null ? "–" : r.fact().channel(), 70, sentences));
        sentences.getColumns().add(col("feedback.col.label", r -> i18n.get(r.reading().negative() ? "feedback.label.negative" : "feedback.label.positive"), 80, sentences));
        sentences.getColumns().add(col("feedback.col.score", r -> String.format(i18n.locale(), "%.2f", r.reading().score()), 60, sentences));
        sentences.getColumns().add(col("feedback.col.text", r -> r.fact().text(), 520, sentences));
        sentences.setPlaceholder(Controls.label(i18n, "feedback.sentences.hint"));
        sentences.setPrefHeight(260);
        pickLabel.setId("feedback-pick");
        VBox sentenceCard = Controls.card(i18n, "feedback.sentences.title", pickLabel, sentences);
        HBox.setHgrow(sentenceCard, Priority.ALWAYS);

        dealers.setId("feedback-dealers");
        dealers.getColumns().add(col("feedback.col.dealer", r -> r.key().isEmpty() ? i18n.get("feedback.dealer.direct") : r.key(), 80, dealers));
        dealers.getColumns().add(col("feedback.col.name", r -> r.name() == null ? "–" : r.name(), 200, dealers));
        dealers.getColumns().add(col("feedback.col.tickets", r -> Format.units(r.tickets(), i18n.locale()), 70, dealers));
        dealers.getColumns().add(col("feedback.col.open", r -> Format.units(r.open(), i18n.locale()), 60, dealers));
        dealers.getColumns().add(col("feedback.col.resolved48", r -> percent(r.share48h()), 90, dealers));
        dealers.getColumns().add(col("feedback.col.median", r -> Double.isNaN(r.medianHours()) ? "–"
                : String.format(i18n.locale(), "%.1f", r.medianHours()), 90, dealers));
        dealers.setPlaceholder(Controls.label(i18n, "feedback.tickets.none"));
        dealers.setPrefHeight(260);
        HBox bottom = new HBox(12, sentenceCard, Controls.card(i18n, "feedback.tickets.title", dealers));

        keywordsTitle.setId("feedback-keywords-title");
        keywords.setId("feedback-keywords");
        keywords.setWrapText(true);
        // reviews and units are whole: an empty or loading chart's 0..1 axis read 0 0 0 0 0 1 1 1 1 1
        for (JFreeChart c : List.of(trend, sales)) {
            ((org.jfree.chart.axis.NumberAxis) c.getCategoryPlot().getRangeAxis())
                    .setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        }
        ChartViewer salesChart = new ChartViewer(sales);
        salesChart.setId("feedback-sales");
        salesChart.setPrefSize(640, 200);
        salesNote.setId("feedback-sales-note");
        salesNote.setWrapText(true);
        VBox words = new VBox(6, keywordsTitle, keywords);
        words.setPrefWidth(420);
        refundsNote.setId("feedback-refunds-note");
        refundsNote.setWrapText(true);
        VBox salesBox = new VBox(6, salesChart, salesNote, refundsNote);
        HBox.setHgrow(salesBox, Priority.ALWAYS);
        VBox detailCard = Controls.card(i18n, "feedback.detail.title", Controls.label(i18n, "feedback.detail.hint"), new HBox(16, words, salesBox));

        placesNote.setId("feedback-places");
        placesNote.setWrapText(true);
        HBox breakdowns = new HBox(12, provincesCard(), lifeCycleCard());

        ScrollPane scroll = new ScrollPane(new VBox(12, tileRow, placesNote, top, detailCard, bottom, breakdowns));
        scroll.setId("feedback-scroll");
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(4, 16, 16, 16));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        error.setId("feedback-error");
        error.getStyleClass().add("error-text");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        HBox head = new HBox(10, Controls.label(i18n, "feedback.follows.filters"), spinner, error);
        head.setPadding(new Insets(12, 16, 4, 16));
        root.setTop(head);
        root.setCenter(scroll);
        root.getStyleClass().add("screen");

        vm.overviewProperty().addListener(o -> render());
        vm.pickProperty().addListener(o -> render());
        vm.detailProperty().addListener(o -> render());
        vm.errorProperty().addListener(o -> render());
        vm.breakdownProperty().addListener(o -> showBreakdown());
        i18n.localeProperty().addListener(onLocale);
        render();
        showBreakdown();
    }

    /** Reviews by the province of their order: volume, negative share, what they complain of most. */
    private VBox provincesCard() {
        provinces.setId("feedback-provinces");
        provinces.getColumns().add(col("feedback.col.province", r -> r.keys().get(0).isEmpty() ? i18n.get("feedback.places.none")
                : MemberNames.of(Dimension.PROVINCE, r.keys().get(0), Provinces.get().name(r.keys().get(0), true, r.keys().get(0)), i18n), 150, provinces));
        provinces.getColumns().add(col("feedback.col.reviews", r -> Format.units(r.reviews(), i18n.locale()), 80, provinces));
        provinces.getColumns().add(col("feedback.col.negative_share", r -> percent(r.negativeShare()), 100, provinces));
        provinces.getColumns().add(col("feedback.col.top_aspects", r -> String.join(i18n.get("feedback.places.join"),
                r.topAspects().stream().map(this::aspectName).toList()), 220, provinces));
        provinces.setPlaceholder(Controls.label(i18n, "feedback.places.empty"));
        provinces.setPrefHeight(260);
        VBox card = Controls.card(i18n, "feedback.places.title", provinces);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    /** Negative share by months since the model's launch (the product life cycle). */
    private VBox lifeCycleCard() {
        lifeCycle.setId("feedback-lifecycle");
        lifeCycle.getColumns().add(col("feedback.col.months", r -> r.keys().get(0), 130, lifeCycle));
        lifeCycle.getColumns().add(col("feedback.col.reviews", r -> Format.units(r.reviews(), i18n.locale()), 80, lifeCycle));
        lifeCycle.getColumns().add(col("feedback.col.negative", r -> Format.units(r.negative(), i18n.locale()), 80, lifeCycle));
        lifeCycle.getColumns().add(col("feedback.col.negative_share", r -> percent(r.negativeShare()), 100, lifeCycle));
        lifeCycle.setPlaceholder(Controls.label(i18n, "feedback.life.empty"));
        lifeCycle.setPrefHeight(260);
        Label hint = Controls.label(i18n, "feedback.life.hint");
        hint.setWrapText(true);
        VBox card = Controls.card(i18n, "feedback.life.title", hint, lifeCycle);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private void showBreakdown() {
        FeedbackViewModel.Breakdown b = vm.breakdownProperty().get();
        if (b == null) return;
        Locale l = i18n.locale();
        int shown = b.provinces().stream().mapToInt(FeedbackRow::reviews).sum();
        placesNote.setText(b.placeFiltered() ? i18n.get("feedback.places.note.filtered", Format.units(b.withoutProvince(), l))
                : b.withoutProvince() == 0 ? i18n.get("feedback.places.note.all")
                : i18n.get("feedback.places.note.without", Format.units(b.withoutProvince(), l), Format.units(shown, l)));
        provinces.getItems().setAll(b.provinces());
        lifeCycle.getItems().setAll(b.lifeCycle());
        provinces.refresh();
        lifeCycle.refresh();
    }

    private String aspectName(String id) {
        for (Aspect a : aspects) if (a.id().equals(id)) return i18n.chinese() ? a.nameZh() : a.nameEn();
        return id;
    }

    private String percent(double v) { return Double.isNaN(v) ? "–" : Format.percent(OptionalDouble.of(v), i18n.locale()); }

    private KpiTile tile(String id, String titleKey) {
        KpiTile t = new KpiTile(i18n.bind(titleKey), "feedback-tile-" + id, null);
        tiles.put(id, t);
        return t;
    }


    private <T> TableColumn<T, String> col(String key, Function<T, String> value, double width, TableView<T> owner) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void render() {
        Throwable e = vm.errorProperty().get();
        error.setText(e == null ? "" : i18n.get("feedback.error", org.salestrack.ui.Failures.text(i18n, e)));
        FeedbackOverview o = vm.overviewProperty().get();
        Locale l = i18n.locale();
        FeedbackViewModel.Pick p = vm.pickProperty().get();
        pickLabel.setText(p == null ? "" : i18n.get("feedback.sentences.for", aspectName(p.aspect()), p.model(), vm.sentences().size()));
        grid.show(o, aspects, p, l, i18n.chinese());
        showDetail(vm.detailProperty().get(), p);
        if (o == null) return;
        set("reviews", Format.units(o.reviews(), l), i18n.get("feedback.tile.reviews.note", Format.units(o.negative(), l)));
        set("negative", percent(o.reviews() == 0 ? Double.NaN : (double) o.negative() / o.reviews()), "");
        set("spikes", Format.units(o.spikes().size(), l), o.spikes().isEmpty() ? ""
                : Format.period(o.spikes().get(0).week(), i18n) + " " + o.spikes().get(0).model() + " · " + aspectName(o.spikes().get(0).aspect()));
        set("resolved", percent(o.share48h()), i18n.get("feedback.tile.resolved.note", Format.units(o.tickets(), l)));
        // refilling the spike table re-selects, which picks again: only a new overview refills the tables
        if (o == tabled) return;
        tabled = o;
        spikes.getItems().setAll(o.spikes());
        dealers.getItems().setAll(o.dealers());
        showTrend(o);
    }

    private void showTrend(FeedbackOverview o) {
        trend.setNotify(false);
        weekly.clear();
        String series = i18n.get("feedback.trend.series");
        // weeks as the reader reads them (2025年第46周), the spike markers on the same labels
        List<String> weeks = o.weeks().stream().map(w -> Format.period(w, i18n)).toList();
        for (int i = 0; i < weeks.size(); i++) weekly.addValue(o.negativeByWeek()[i], series, weeks.get(i));
        var plot = trend.getCategoryPlot();
        plot.clearDomainMarkers();
        for (String week : o.spikes().stream().map(FeedbackOverview.Spike::week).distinct().toList()) {
            CategoryMarker m = new CategoryMarker(Format.period(week, i18n), new java.awt.Color(0xb03a2e), new BasicStroke(6f));
            m.setDrawAsLine(true);
            m.setAlpha(0.5f);
            plot.addDomainMarker(m);
        }
        // the trend sits in the narrow side card: six week labels fit at 1280x720 where twelve ran together
        Charts.thinLabels(trend, weeks, 6);
        plot.getRangeAxis().setLabel(i18n.get("feedback.trend.axis"));
        trend.setNotify(true);
    }

    /** The keywords and the model's weekly sell-out behind the pick. */
    private void showDetail(FeedbackViewModel.Detail shown, FeedbackViewModel.Pick p) {
        FeedbackViewModel.Detail d = shown != null && shown.pick().equals(p) ? shown : null;
        Locale l = i18n.locale();
        keywordsTitle.setText(p == null ? "" : d == null ? i18n.get("feedback.keywords.working", p.model())
                : i18n.get("feedback.keywords.title", p.model(), d.from().toString(), d.to().toString()));
        keywords.setText(d == null ? "" : d.keywords().isEmpty() ? i18n.get("feedback.keywords.none")
                : d.keywords().stream().map(k -> i18n.get("feedback.keywords.word", k.word(), Format.units(k.reviews(), l)))
                        .collect(java.util.stream.Collectors.joining("  ·  ")));
        sales.setNotify(false);
        sold.clear();
        sales.getCategoryPlot().clearDomainMarkers();
        if (d != null) {
            String series = i18n.get("feedback.sales.series", p.model());
            for (var w : d.weeks()) sold.addValue(w.soldUnits(), series, Format.period(w.week(), i18n));
            for (String week : d.spikeWeeks()) {
                CategoryMarker m = new CategoryMarker(Format.period(week, i18n), new java.awt.Color(0xb03a2e), new BasicStroke(6f));
                m.setDrawAsLine(true);
                m.setAlpha(0.5f);
                sales.getCategoryPlot().addDomainMarker(m);
            }
            Charts.thinLabels(sales, d.weeks().stream().map(w -> Format.period(w.week(), i18n)).toList());
        }
        sales.setNotify(true);
        var s = d == null ? null : d.sales();
        salesNote.setText(s == null ? (d == null ? "" : i18n.get("feedback.sales.pick_spike"))
                : i18n.get("feedback.sales.note", Format.period(s.firstWeek(), i18n), s.span(), Format.units(s.beforeUnits(), l), percent(s.beforeRefundRate()),
                        Format.units(s.afterUnits(), l), percent(s.afterRefundRate())));
        var f = d == null ? null : d.refunds();
        refundsNote.setText(f == null ? "" : f.complaining().orders() == 0 ? i18n.get("feedback.refunds.none", Format.units(f.complaints(), l))
                : i18n.get("feedback.refunds.note", Format.units(f.complaining().refunded(), l), Format.units(f.complaining().orders(), l),
                        percent(f.complaining().rate()), p.model(), Format.units(f.overall().refunded(), l), Format.units(f.overall().orders(), l),
                        percent(f.overall().rate())));
    }

    private void set(String id, String value, String note) { tiles.get(id).show(value, note); }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }
}
