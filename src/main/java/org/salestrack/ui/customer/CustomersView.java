package org.salestrack.ui.customer;

import org.salestrack.ui.Failures;
import org.salestrack.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.salestrack.analytics.customer.CustomerBase;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.analytics.customer.Cohorts;
import org.salestrack.model.customer.CustomerProfile;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.KpiTile;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;
import org.salestrack.ui.chart.ColorScale;
import org.salestrack.ui.chart.MatrixHeatMap;
import org.salestrack.ui.reports.ExportActions;

/**
 * The Customers screen: headline tiles, the RFM grid and segments, churn by group and cohort retention,
 * the lists (a grid cell's customers, win-back, high value) with a customer's history on selection, and
 * lifetime value fitted on demand. Everything follows the global region, channel and product filters.
 */
public final class CustomersView implements Screen {
    private static final int COHORT_MONTHS = 13;

    private final CustomersViewModel vm;
    private final I18n i18n;
    private final ExportActions export;
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final Map<String, KpiTile> tiles = new java.util.LinkedHashMap<>();
    private final RfmGrid grid;
    private final TableView<CustomerBase.SegmentRow> segments = new TableView<>();
    private final TableView<CustomerBase.ChurnRow> churn = new TableView<>();
    private final ComboBox<String> churnBy = new ComboBox<>();
    private final MatrixHeatMap cohorts = new MatrixHeatMap();
    private final CheckBox cohortSpend = new CheckBox();
    private final TableView<ValueBand> values = new TableView<>();
    private final Label emptyScores = new Label();
    private final Label clvSummary = new Label();
    private final Label error = new Label();
    private final InvalidationListener onLocale = o -> {
        // the combo's shown text is drawn once per value: a new button cell draws it in the new language
        churnBy.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : i18n.get("customers.churn.by." + s));
            }
        });
        render();
    };

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::customers,
                s -> new CustomersViewModel(s, ctx.state(), ctx.requests(), ctx.tasks(), ctx.dialogs(), ctx.i18n()), CustomersView::new);
    }

    CustomersView(CustomersViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.i18n = ctx.i18n();
        this.export = ExportActions.of(ctx);
        this.grid = new RfmGrid(i18n);
        grid.setOnPick((r, f) -> {
            int[] now = vm.cellProperty().get();
            vm.selectCell(now != null && now[0] == r && now[1] == f ? null : new int[] {r, f});
        });

        DatePicker asOf = new DatePicker();
        asOf.setId("customers-as-of");
        asOf.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        asOf.valueProperty().bindBidirectional(vm.asOfProperty());
        Spinner<Integer> churnMonths = new Spinner<>(1, 36, vm.churnMonthsProperty().get());
        churnMonths.setId("customers-churn-months");
        churnMonths.setPrefWidth(80);
        churnMonths.setEditable(true);
        churnMonths.valueProperty().addListener((o, a, b) -> vm.churnMonthsProperty().set(b));
        CheckBox bySpend = new CheckBox();
        bySpend.setId("customers-by-spend");
        bySpend.textProperty().bind(i18n.bind("customers.colour.spend"));
        bySpend.selectedProperty().bindBidirectional(vm.colourBySpendProperty());
        Button cutPoints = Controls.button(i18n, "customers-cuts", "customers.cuts", vm::askCuts);
        Button fit = Controls.button(i18n, "customers-fit-clv", "customers.clv.fit", vm::fitLifetimeValue);
        fit.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        HBox toolbar = new HBox(10, Controls.label(i18n, "customers.as.of"), asOf, Controls.label(i18n, "customers.churn.months"), churnMonths,
                bySpend, cutPoints, fit, spinner);
        toolbar.getStyleClass().add("toolbar-row");

        HBox tileRow = new HBox(10);
        for (String id : List.of("customers", "spend", "churned", "high", "ecosystem")) {
            KpiTile t = new KpiTile(i18n.bind("customers.tile." + id), "customers-tile-" + id, "customers-note-" + id);
            tiles.put(id, t);
            // the tiles share the row and their notes wrap, rather than "no purchase f…"
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setMaxWidth(Double.MAX_VALUE);
            tileRow.getChildren().add(t);
        }

        segmentColumns();
        churnColumns();
        churnBy.setId("customers-churn-by");
        churnBy.getItems().setAll("region", "channel", "cohort", "segment");
        churnBy.setValue("region");
        churnBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) { return s == null ? "" : i18n.get("customers.churn.by." + s); }

            @Override
            public String fromString(String s) { return s; }
        });
        churnBy.valueProperty().addListener(o -> render());

        emptyScores.setId("customers-empty-scores");
        emptyScores.setWrapText(true);
        emptyScores.getStyleClass().add("kpi-note");
        VBox rfmCard = Controls.card(i18n, "customers.rfm.title", grid, emptyScores);
        segments.setPrefHeight(330);
        VBox segmentCard = Controls.card(i18n, "customers.segments.title", segments);
        DatePicker compare = new DatePicker();
        compare.setId("customers-compare");
        compare.setConverter(new javafx.util.converter.LocalDateStringConverter(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        compare.valueProperty().bindBidirectional(vm.compareWithProperty());
        TableView<CustomersViewModel.MigrationRow> migration = new TableView<>(vm.migration());
        migration.setId("customers-migration");
        migration.getColumns().add(col("customers.col.from", r -> CustomerLabels.segment(i18n, r.from()), 140, migration));
        migration.getColumns().add(col("customers.col.to", r -> CustomerLabels.segment(i18n, r.to()), 140, migration));
        migration.getColumns().add(col("customers.col.customers", r -> Format.units(r.customers(), i18n.locale()), 90, migration));
        Label migrationHint = Controls.label(i18n, "customers.migration.hint");
        migrationHint.setWrapText(true);
        migrationHint.setPadding(new Insets(8));
        migration.setPlaceholder(migrationHint);
        org.salestrack.ui.ColumnFit.fit(migration);
        migration.setPrefHeight(290);
        Label compareWith = Controls.label(i18n, "customers.compare.with");
        compareWith.setMinWidth(Region.USE_PREF_SIZE);
        HBox compareRow = new HBox(8, compareWith, compare);
        compareRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox migrationCard = Controls.card(i18n, "customers.migration.title", compareRow, migration);
        migrationCard.setPrefWidth(360);
        // the cards keep the widths their tables need; on a narrow window the migration card moves below instead of squeezing all three
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(12, 12, rfmCard, segmentCard, migrationCard);

        churn.setPrefHeight(260);
        VBox churnCard = Controls.card(i18n, "customers.churn.title", churnBy, churn);
        ScrollPane cohortScroll = new ScrollPane(cohorts);
        cohortScroll.setPrefHeight(260);
        cohortSpend.setId("customers-cohort-spend");
        cohortSpend.textProperty().bind(i18n.bind("customers.cohorts.spend"));
        cohortSpend.selectedProperty().addListener(o -> render());
        VBox cohortCard = Controls.card(i18n, "customers.cohorts.title", cohortSpend, cohortScroll);
        HBox.setHgrow(cohortCard, Priority.ALWAYS);
        HBox middle = new HBox(12, churnCard, cohortCard);

        TableView<CustomerProfile> listed = CustomerTables.profiles(i18n, "customers-listed", vm.listed());
        TableView<CustomerProfile> winBack = CustomerTables.profiles(i18n, "customers-win-back", vm.winBack());
        TableView<CustomerProfile> high = CustomerTables.profiles(i18n, "customers-high-value", vm.highValue());
        List<TableView<CustomerProfile>> lists = List.of(listed, winBack, high);
        for (TableView<CustomerProfile> t : lists) {
            t.setPrefHeight(260);
            t.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.showHistory(p));
        }
        TabPane tabs = new TabPane(Controls.tab(i18n, "customers.tab.cell", listed), Controls.tab(i18n, "customers.tab.win.back", winBack),
                Controls.tab(i18n, "customers.tab.high.value", high));
        tabs.setId("customers-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Button exportList = Controls.button(i18n, "customers-export", "customers.export", () -> {
            int i = tabs.getSelectionModel().getSelectedIndex();
            String title = tabs.getTabs().get(i).getText();
            export.table(title, CustomerTables.exportColumns(i18n), CustomerTables.exportRows(new ArrayList<>(lists.get(i).getItems())), p -> { });
        });
        TableView<org.salestrack.model.customer.CustomerDay> history = CustomerTables.history(i18n, vm.history());
        history.setPrefHeight(260);
        VBox listCard = Controls.card(i18n, "customers.lists.title", exportList, tabs);
        HBox.setHgrow(listCard, Priority.ALWAYS);
        VBox historyCard = Controls.card(i18n, "customers.history.title", history);
        // the lists give way first: the history card keeps the width its title and columns need
        historyCard.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(12, listCard, historyCard);

        clvSummary.setId("customers-clv");
        clvSummary.setWrapText(true);
        error.setId("customers-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        values.setId("customers-clv-bands");
        values.getColumns().add(col("customers.col.value.band", b -> b.label(), 200, values));
        values.getColumns().add(col("customers.col.customers", b -> Format.units(b.customers(), i18n.locale()), 90, values));
        values.getColumns().add(col("customers.col.value", b -> Format.moneyInColumn(b.valueE4(),
                values.getItems().stream().mapToLong(x -> Math.abs(x.valueE4())).max().orElse(0), i18n.locale()), 140, values));
        Controls.followLanguage(i18n, values);
        org.salestrack.ui.ColumnFit.fit(values);
        values.setPlaceholder(new Label());
        values.setPrefHeight(230);
        VBox content = new VBox(12, tileRow, top, middle, bottom, Controls.card(i18n, "customers.clv.title", clvSummary, values));
        content.setPadding(new Insets(4, 16, 16, 16));
        scroll.setContent(content);
        scroll.setId("customers-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen");
        // the controls stay in view while the page scrolls
        VBox head = new VBox(6, toolbar, new org.salestrack.ui.FilterLine("customers-filters", ctx.state(), i18n, false), error);
        head.setPadding(new Insets(12, 16, 4, 16));
        root.setTop(head);
        root.setCenter(scroll);
        root.getStyleClass().add("screen");

        vm.analysisProperty().addListener(o -> render());
        vm.busyProperty().addListener(o -> render());
        vm.colourBySpendProperty().addListener(o -> render());
        vm.cellProperty().addListener(o -> render());
        vm.clvProperty().addListener(o -> render());
        vm.errorProperty().addListener(o -> render());
        i18n.localeProperty().addListener(onLocale);
        render();
    }


    private void segmentColumns() {
        segments.setId("customers-segments");
        segments.getColumns().add(col("customers.col.segment", r -> CustomerLabels.segment(i18n, r.segment()), 150, segments));
        segments.getColumns().add(col("customers.col.customers", r -> Format.units(r.customers(), i18n.locale()), 90, segments));
        segments.getColumns().add(col("customers.col.spend", r -> Format.moneyInColumn(r.spendE4(),
                segments.getItems().stream().mapToLong(x -> Math.abs(x.spendE4())).max().orElse(0), i18n.locale()), 140, segments));
        segments.setPlaceholder(new Label());
        Controls.followLanguage(i18n, segments);
        org.salestrack.ui.ColumnFit.fit(segments);
    }

    private void churnColumns() {
        churn.setId("customers-churn");
        churn.getColumns().add(col("customers.col.group", r -> r.key().isEmpty() ? "–" : label(r.key()), 130, churn));
        churn.getColumns().add(col("customers.col.customers", r -> Format.units(r.customers(), i18n.locale()), 90, churn));
        churn.getColumns().add(col("customers.col.churned", r -> Format.units(r.churned(), i18n.locale()), 90, churn));
        churn.getColumns().add(col("customers.col.rate", r -> Format.percent(java.util.OptionalDouble.of(r.rate()), i18n.locale()), 80, churn));
        churn.setPlaceholder(new Label());
        org.salestrack.ui.ColumnFit.fit(churn);
    }

    /** Churn rows by segment carry the enum's name; others their data value. */
    private String label(String key) {
        if ("segment".equals(churnBy.getValue())) return CustomerLabels.segment(i18n, org.salestrack.model.customer.RfmSegment.valueOf(key));
        if ("region".equals(churnBy.getValue())) return org.salestrack.ui.MemberNames.of(org.salestrack.model.Dimension.REGION, key, key, i18n);
        return key;
    }

    private <T> TableColumn<T, String> col(String key, java.util.function.Function<T, String> value, double width, TableView<T> owner) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void render() {
        Throwable e = vm.errorProperty().get();
        error.setText(e == null ? "" : i18n.get("customers.error", Failures.text(i18n, e)));
        CustomerService.Analysis a = vm.analysisProperty().get();
        Locale l = i18n.locale();
        if (a == null) {
            tiles.values().forEach(t -> t.show("–", ""));
            // while the first analysis runs there is nothing yet, not "no customers"
            tiles.get("customers").show("–", i18n.get(vm.busyProperty().get() ? "customers.loading" : "customers.none"));
            grid.show(new long[5][5], new long[5][5], false, null);
            segments.getItems().clear();
            churn.getItems().clear();
            return;
        }
        CustomerBase b = a.base();
        long n = b.customers().size();
        set("customers", Format.units(n, l), i18n.get("customers.tile.as.of", b.asOf().toString()));
        // in Chinese the headline is in 万/亿 and the exact amount on hover; English shows it under the headline
        set("spend", Format.moneyShort(b.totalSpendE4(), l), l.getLanguage().equals("zh") ? "" : Format.money(b.totalSpendE4(), l));
        tiles.get("spend").exact(Format.money(b.totalSpendE4(), l));
        set("churned", Format.units(b.churnedCount(), l), i18n.get("customers.tile.churned.note",
                Format.percent(java.util.OptionalDouble.of(n == 0 ? 0 : b.churnedCount() / (double) n), l), b.rules().churnMonths()));
        set("high", Format.units(b.highValueCount(), l), Format.percent(java.util.OptionalDouble.of(n == 0 ? 0 : b.highValueCount() / (double) n), l));
        CustomerBase.Ecosystem eco = b.ecosystem();
        set("ecosystem", Format.percent(java.util.OptionalDouble.of(eco.share(n)), l), i18n.get("customers.tile.ecosystem.note",
                Format.money(Money.e4OfYuan(eco.meanSpendEcosystem()), l), Format.money(Money.e4OfYuan(eco.meanSpendSingle()), l)));
        grid.show(b.rfm().gridCustomers(), b.rfm().gridSpendE4(), vm.colourBySpendProperty().get(), vm.cellProperty().get());
        emptyScores.setText(b.rfm().emptyScores().isEmpty() ? "" : i18n.get("customers.rfm.empty", String.join(" ", b.rfm().emptyScores())));
        segments.getItems().setAll(b.segments());
        churn.getItems().setAll(switch (churnBy.getValue()) {
            case "channel" -> b.churnByChannel();
            case "cohort" -> b.churnByCohort();
            case "segment" -> b.churnBySegment();
            default -> b.churnByRegion();
        });
        showCohorts(a.cohorts());
        CustomerService.Clv c = vm.clvProperty().get();
        clvSummary.setText(c == null ? i18n.get("customers.clv.hint") : clvText(c, l));
        values.getItems().setAll(c == null ? List.of() : ValueBand.of(c, l));
    }

    private void showCohorts(List<Cohorts.Cohort> table) {
        boolean bySpend = cohortSpend.isSelected();
        List<String> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int k = 0; k < COHORT_MONTHS; k++) months.add("+" + k);
        double[][] values = new double[table.size()][COHORT_MONTHS];   // spend: per customer of the cohort
        for (int i = 0; i < table.size(); i++) {
            Cohorts.Cohort c = table.get(i);
            keys.add(c.month().toString());
            labels.add(c.month() + " (" + Format.units(c.customers(), i18n.locale()) + ")");
            for (int k = 0; k < COHORT_MONTHS; k++) {
                boolean seen = k < c.active().length;
                values[i][k] = !seen ? Double.NaN : bySpend ? c.spendE4()[k] / (double) c.customers() : c.retention(k);
            }
        }
        double max = 0;
        for (double[] row : values) for (double v : row) if (!Double.isNaN(v)) max = Math.max(max, v);
        // retention beyond the first month is small: a fixed 25% top keeps the later months visible
        cohorts.show(keys, labels, months, values, ColorScale.sequential(0, bySpend ? Math.max(max / 4, 1) : 0.25), bySpend
                ? v -> Format.money(Math.round(v), i18n.locale())
                : v -> Format.percent(java.util.OptionalDouble.of(v), i18n.locale()));
    }

    private String clvText(CustomerService.Clv c, Locale l) {
        double total = 0;
        int counted = 0;
        for (CustomerService.Clv.Row r : c.customers()) {
            if (Double.isFinite(r.value())) {
                total += r.value();
                counted++;
            }
        }
        String spend = c.gammaGamma().map(g -> i18n.get("customers.clv.gg", String.format(l, "%.3f", g.p()), String.format(l, "%.3f", g.q()),
                String.format(l, "%.2f", g.gamma()))).orElse(i18n.get("customers.clv.no.spend"));
        return i18n.get("customers.clv.summary", c.calibrationEnd().toString(), String.format(l, "%.4f", c.bgnbd().r()),
                String.format(l, "%.4f", c.bgnbd().alpha()), String.format(l, "%.4f", c.bgnbd().a()), String.format(l, "%.4f", c.bgnbd().b()), spend,
                c.horizon(), Format.money(Money.e4OfYuan(total), l), Format.money(counted == 0 ? 0 : Money.e4OfYuan(total / counted), l));
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
