package org.salestrack.ui.marketing;

import java.util.ArrayList;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.salestrack.analytics.marketing.CampaignBaseline;
import org.salestrack.model.marketing.AbResult;
import org.salestrack.model.marketing.CampaignImpact;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.ChartControls;
import org.salestrack.ui.reports.ExportActions;

/**
 * The Marketing screen: every campaign with spend, incremental revenue, its interval and ROI (sortable,
 * exportable); the picked campaign's daily revenue against its baseline band with the window shaded; the
 * channels' spend, incremental revenue, ROI and CAC by month with the customers each campaign brought; the
 * touchpoints' conversions by every attribution model side by side; and the A/B calculator.
 */
public final class MarketingView implements Screen {
    private final MarketingViewModel vm;
    private final I18n i18n;
    private final ExportActions export;
    private final BorderPane root = new BorderPane();
    private final CampaignChart chart = new CampaignChart();
    private final Label detail = new Label();
    private final Label effects = new Label();
    private final Label error = new Label();
    private final Label abAnswer = new Label();
    private final Label abA = new Label();
    private final Label abB = new Label();
    private final Label abSplit = new Label();
    private final InvalidationListener onLocale = o -> render();

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::marketing,
                s -> new MarketingViewModel(s, ctx.tasks(), ctx.i18n().get("marketing.task")), MarketingView::new);
    }

    MarketingView(MarketingViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.i18n = ctx.i18n();
        this.export = ExportActions.of(ctx);

        TableView<CampaignImpact> campaigns = MarketingTables.campaigns(i18n, vm.campaigns());
        campaigns.setPrefHeight(330);
        campaigns.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> vm.select(c));
        Button exportButton = Controls.button(i18n, "marketing-export", "marketing.export", () ->
                export.table(i18n.get("marketing.campaigns.title"), MarketingTables.exportColumns(i18n),
                        MarketingTables.exportRows(new ArrayList<>(campaigns.getItems())), p -> { }));
        Button reload = Controls.button(i18n, "marketing-reload", "marketing.reload", vm::load);
        reload.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label note = Controls.label(i18n, "marketing.campaigns.note");
        note.getStyleClass().add("kpi-note");
        note.setWrapText(true);
        HBox toolbar = new HBox(10, reload, exportButton, spinner);
        toolbar.getStyleClass().add("toolbar-row");

        ChartViewer viewer = new ChartViewer(chart.chart());
        viewer.setPrefSize(900, 320);
        viewer.setMinHeight(300);
        detail.setId("marketing-detail");
        detail.setWrapText(true);
        effects.setId("marketing-effects");
        effects.setWrapText(true);
        VBox chartCard = Controls.card(i18n, "marketing.chart.title", detail, effects,
                ChartControls.wrap(viewer, "marketing-chart", i18n, export, java.util.List::of));

        TableView<MarketingViewModel.AttributionRow> attribution = MarketingTables.attribution(i18n, vm.attribution());
        attribution.setPrefHeight(230);
        Label attributionNote = Controls.label(i18n, "marketing.attribution.note");
        attributionNote.getStyleClass().add("kpi-note");
        attributionNote.setWrapText(true);
        VBox attributionCard = Controls.card(i18n, "marketing.attribution.title", attributionNote, attribution);
        HBox.setHgrow(attributionCard, Priority.ALWAYS);

        VBox content = new VBox(12, Controls.card(i18n, "marketing.campaigns.title", note, campaigns), chartCard,
                roiCard(), new HBox(12, attributionCard, abCard()));
        content.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("marketing-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen");
        error.setId("marketing-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox head = new VBox(6, toolbar, error);
        head.setPadding(new Insets(12, 16, 4, 16));
        root.setTop(head);
        root.setCenter(scroll);
        root.getStyleClass().add("screen");

        vm.selectedProperty().addListener(o -> render());
        vm.abProperty().addListener(o -> render());
        vm.errorProperty().addListener(o -> render());
        i18n.localeProperty().addListener(onLocale);
        render();
    }

    private VBox roiCard() {
        TableView<org.salestrack.model.marketing.ChannelReturn> months = ChannelRoiTables.months(i18n, vm.channelMonths());
        months.setPrefHeight(260);
        TableView<org.salestrack.model.marketing.CampaignCustomers> brought = ChannelRoiTables.campaigns(i18n, vm.campaignCustomers());
        brought.setPrefHeight(200);
        Label note = Controls.label(i18n, "marketing.roi.note");
        note.getStyleClass().add("kpi-note");
        note.setWrapText(true);
        Label customersNote = Controls.label(i18n, "marketing.roi.customers.note");
        customersNote.getStyleClass().add("kpi-note");
        customersNote.setWrapText(true);
        return Controls.card(i18n, "marketing.roi.title", note, months, customersNote, brought);
    }

    private VBox abCard() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(Controls.label(i18n, "marketing.ab.conversions"), 1, 0);
        grid.add(Controls.label(i18n, "marketing.ab.trials"), 2, 0);
        grid.add(Controls.label(i18n, "marketing.ab.variant.a"), 0, 1);
        grid.add(field("marketing-ab-a-conversions", vm.aConversionsProperty()), 1, 1);
        grid.add(field("marketing-ab-a-trials", vm.aTrialsProperty()), 2, 1);
        grid.add(Controls.label(i18n, "marketing.ab.variant.b"), 0, 2);
        grid.add(field("marketing-ab-b-conversions", vm.bConversionsProperty()), 1, 2);
        grid.add(field("marketing-ab-b-trials", vm.bTrialsProperty()), 2, 2);
        abAnswer.setId("marketing-ab-answer");
        abAnswer.getStyleClass().add("kpi-value");
        for (Label l : new Label[] {abA, abB, abSplit}) l.setWrapText(true);
        abA.setId("marketing-ab-a");
        abB.setId("marketing-ab-b");
        abSplit.setId("marketing-ab-split");
        VBox box = Controls.card(i18n, "marketing.ab.title", grid, abAnswer, abA, abB, abSplit);
        box.setPrefWidth(430);
        box.setMinWidth(430);
        return box;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.textProperty().bindBidirectional(value);
        return f;
    }


    private void render() {
        Locale l = i18n.locale();
        Throwable e = vm.errorProperty().get();
        error.setText(e == null ? "" : i18n.get("marketing.error", org.salestrack.ui.Failures.text(i18n, e)));
        chart.labels(i18n.get("marketing.chart.actual"), i18n.get("marketing.chart.baseline"),
                i18n.get("marketing.chart.band", Math.round(CampaignBaseline.LEVEL * 100)), i18n.get("marketing.chart.synthetic"),
                i18n.get("marketing.chart.revenue"),
                i18n.get("marketing.chart.hint"), l);
        CampaignImpact c = vm.selectedProperty().get();
        chart.show(c);
        // before a pick the empty chart says what to do; the line above it said the same again
        detail.setText(c == null ? "" : i18n.get("marketing.chart.detail", c.code(), c.name(),
                MarketingTables.yuan(c.revenue().incremental(), l), MarketingTables.yuan(c.revenue().incrementalLow(), l),
                MarketingTables.yuan(c.revenue().incrementalHigh(), l), Format.units(Math.round(c.units().incremental()), l),
                MarketingTables.yuan(c.margin().incremental(), l), MarketingTables.ratio(c.roi(), l),
                MarketingTables.ratio(c.revenuePerSpend(), l), c.dipDays(), MarketingTables.yuan(c.dipRevenue(), l), c.baselineModel()));
        effects.setText(c == null ? "" : effects(c, l));
        MarketingViewModel.AbOutcome ab = vm.abProperty().get();
        if (ab == null || ab.result() == null) {
            abAnswer.setText(ab == null ? "" : ab.problem().equals("number") ? i18n.get("marketing.ab.not.number")
                    : i18n.get("marketing.ab.out.of.range"));
            abA.setText(ab == null ? i18n.get("marketing.ab.hint") : "");
            abB.setText("");
            abSplit.setText("");
            return;
        }
        AbResult r = ab.result();
        abAnswer.setText(i18n.get("marketing.ab.p.b.beats.a", String.format(l, "%.4f", r.probabilityBBeatsA())));
        abA.setText(i18n.get("marketing.ab.posterior.a", pct(r.a().mean(), l), pct(r.a().low(), l), pct(r.a().high(), l),
                Math.round(r.credibleLevel() * 100), String.format(l, "%.5f", r.expectedLossA())));
        abB.setText(i18n.get("marketing.ab.posterior.b", pct(r.b().mean(), l), pct(r.b().low(), l), pct(r.b().high(), l),
                Math.round(r.credibleLevel() * 100), String.format(l, "%.5f", r.expectedLossB())));
        abSplit.setText(i18n.get("marketing.ab.split", pct(ab.split()[0], l), pct(ab.split()[1], l)));
    }

    /** The synthetic control, the halo and the dip after, each with its 90% interval, or why there is none. */
    private String effects(CampaignImpact c, Locale l) {
        StringBuilder b = new StringBuilder();
        CampaignImpact.Synthetic s = c.synthetic();
        if (s == null) {
            b.append(i18n.get("marketing.synthetic.none"));
        } else {
            StringBuilder donors = new StringBuilder();
            for (int i : s.heaviest()) {
                if (donors.length() > 0) donors.append(", ");
                donors.append(s.donors().get(i)).append(' ').append(String.format(l, "%.2f", s.weights()[i]));
            }
            b.append(i18n.get("marketing.synthetic.detail", MarketingTables.yuan(s.revenue().baseline(), l),
                    MarketingTables.yuan(s.revenue().incremental(), l), MarketingTables.yuan(s.revenue().incrementalLow(), l),
                    MarketingTables.yuan(s.revenue().incrementalHigh(), l), donors.toString(), s.fitDays()));
        }
        b.append('\n');
        CampaignImpact.Effect h = c.halo();
        b.append(h == null ? i18n.get("marketing.halo.none") : i18n.get("marketing.halo.detail", MarketingTables.yuan(h.revenue().incremental(), l),
                MarketingTables.yuan(h.revenue().incrementalLow(), l), MarketingTables.yuan(h.revenue().incrementalHigh(), l),
                Format.units(Math.round(h.units().incremental()), l)));
        b.append('\n');
        CampaignImpact.Effect d = c.dip();
        b.append(d == null || d.days() == 0 ? i18n.get("marketing.dip.none") : i18n.get("marketing.dip.detail", d.days(),
                MarketingTables.yuan(d.revenue().incremental(), l), MarketingTables.yuan(d.revenue().incrementalLow(), l),
                MarketingTables.yuan(d.revenue().incrementalHigh(), l), Format.units(Math.round(d.units().incremental()), l)));
        return b.toString();
    }

    private static String pct(double v, Locale l) { return Format.percent(OptionalDouble.of(v), l); }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }
}
