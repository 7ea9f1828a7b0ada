package org.salestrack.ui.dealer;

import org.salestrack.ui.reports.ExportActions;
import org.salestrack.ui.Failures;
import org.salestrack.model.Money;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.salestrack.analytics.dealer.WhatIf;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.dealer.BalanceLine;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.Grade;
import org.salestrack.report.CsvExport;
import org.salestrack.task.BackgroundTask;
import org.salestrack.ui.Controls;
import org.salestrack.ui.Format;
import org.salestrack.ui.I18n;
import org.salestrack.ui.Screen;
import org.salestrack.ui.WorkbenchContext;

/**
 * The Dealers screen: the ranking with grade, sales, growth, attainment, cover and rebate (sortable,
 * exported as CSV); the selected dealer's scorecard with its grade's reasons, its rebate worked out, its
 * balance by month and a what-if; the grade migration matrix; the grade rules, editable. The period is the
 * month, quarter or year holding the end of the global date filter.
 */
public final class DealersView implements Screen {
    private final DealersViewModel vm;
    private final I18n i18n;
    private final WorkbenchContext ctx;
    private final BorderPane root = new BorderPane();
    private final Label period = new Label();
    private final Label error = new Label();
    private final Label whatIfResult = new Label();
    private final TableView<DealerRow> ranking;
    private final TableView<BalanceLine> balance;
    private final DealerCard card;
    private final RulesEditor rules;
    private final Label[][] migration = new Label[3][3];
    private final Label migrationTitle = new Label();
    private final ComboBox<Grain> grain = new ComboBox<>();
    private final DealerMap map;
    private final InvalidationListener onLocale = o -> {
        // a new converter makes the combo redraw its shown value in the new language
        grain.setConverter(grainNames());
        render();
        renderMap();
    };

    public static Screen create(WorkbenchContext ctx) {
        return org.salestrack.ui.ScreenModel.screen(ctx, org.salestrack.ui.ScreenServices::dealers,
                s -> new DealersViewModel(s, ctx.state(), ctx.requests(), ctx.tasks()), DealersView::new);
    }

    DealersView(DealersViewModel vm, WorkbenchContext ctx) {
        this.vm = vm;
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.card = new DealerCard(i18n);
        this.rules = new RulesEditor(i18n, vm::saveRules);
        this.map = new DealerMap(i18n, vm);
        ranking = DealerTables.ranking(i18n, vm.rows());
        ranking.setPrefHeight(520);
        ranking.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && r != vm.selectedProperty().get()) vm.select(r);
        });
        balance = DealerTables.balance(i18n);
        balance.setPrefHeight(300);

        grain.setId("dealers-grain");
        grain.getItems().setAll(Grain.MONTH, Grain.QUARTER, Grain.YEAR);
        grain.valueProperty().bindBidirectional(vm.grainProperty());
        grain.setConverter(grainNames());
        // cells that relabel themselves on a language switch: the shown value stayed "Quarter" in 中文
        grain.setButtonCell(org.salestrack.ui.DimLabels.cell(i18n, g -> "grain." + g.id()));
        grain.setCellFactory(l -> org.salestrack.ui.DimLabels.cell(i18n, g -> "grain." + g.id()));
        period.setId("dealers-period");
        Button export = Controls.button(i18n, "dealers-export", "dealers.export", this::exportCsv);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        HBox toolbar = new HBox(10, Controls.label(i18n, "dealers.period"), grain, period, export, spinner);
        toolbar.getStyleClass().add("toolbar-row");
        error.setId("dealers-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        Button reach = Controls.button(i18n, "dealers-whatif-target", "dealers.whatif.target", () -> vm.whatIfProperty().set(WhatIf.REACH_TARGET));
        Button plus = Controls.button(i18n, "dealers-whatif-plus10", "dealers.whatif.plus10", () -> vm.whatIfProperty().set(WhatIf.PLUS_10));
        Button clear = Controls.button(i18n, "dealers-whatif-clear", "dealers.whatif.clear", () -> vm.whatIfProperty().set(null));
        Button filter = Controls.button(i18n, "dealers-filter", "dealers.filter", vm::filterBySelected);
        filter.disableProperty().bind(vm.selectedProperty().isNull());
        whatIfResult.setId("dealers-whatif-result");
        whatIfResult.setWrapText(true);
        whatIfResult.setMaxWidth(DealerCard.WIDTH);
        // the what-if sits above the figures, where the eye already is after picking a dealer
        VBox scorecard = Controls.card(i18n, "dealers.scorecard.title", new HBox(8, Controls.label(i18n, "dealers.whatif.title"), reach, plus, clear),
                whatIfResult, filter, card.node());
        scorecard.setPrefWidth(DealerCard.WIDTH + 30);
        scorecard.setMinWidth(DealerCard.WIDTH + 30);
        VBox rankingCard = Controls.card(i18n, "dealers.ranking.title", map.filterLine(), ranking);
        // a province picked on the map: its dealers from the top
        vm.provinceProperty().addListener(o -> ranking.scrollTo(0));
        VBox.setVgrow(ranking, Priority.ALWAYS);
        HBox.setHgrow(rankingCard, Priority.ALWAYS);
        HBox top = new HBox(12, rankingCard, scorecard);

        GridPane matrix = new GridPane();
        matrix.setId("dealers-migration");
        matrix.setHgap(16);
        matrix.setVgap(4);
        for (Grade g : Grade.values()) {
            matrix.add(new Label("→ " + g), g.ordinal() + 1, 0);
            matrix.add(new Label(g.name()), 0, g.ordinal() + 1);
        }
        for (Grade from : Grade.values()) {
            for (Grade to : Grade.values()) {
                Label n = new Label("0");
                n.setId("dealers-migration-" + from + "-" + to);
                migration[from.ordinal()][to.ordinal()] = n;
                matrix.add(n, to.ordinal() + 1, from.ordinal() + 1);
            }
        }
        migrationTitle.setId("dealers-migration-title");
        migrationTitle.setWrapText(true);
        migrationTitle.setMaxWidth(240);
        Label balanceNote = Controls.label(i18n, "dealers.balance.note");
        balanceNote.setWrapText(true);
        VBox balanceCard = Controls.card(i18n, "dealers.balance.title", balanceNote, balance);
        VBox.setVgrow(balance, Priority.ALWAYS);
        HBox.setHgrow(balanceCard, Priority.ALWAYS);
        // the migration and the rules stacked: the row fits a 1280-wide window
        HBox bottom = new HBox(12, balanceCard, new VBox(12, Controls.card(i18n, "dealers.migration.title", migrationTitle, matrix),
                Controls.card(i18n, "dealers.rules.title", rules.node())));

        VBox content = new VBox(12, top, map.node(), bottom);
        content.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("dealers-scroll");
        scroll.setFitToWidth(true);
        VBox head = new VBox(6, toolbar, error);
        head.setPadding(new Insets(12, 16, 4, 16));
        root.setTop(head);
        root.setCenter(scroll);
        root.getStyleClass().add("screen");

        vm.boardProperty().addListener(o -> render());
        vm.selectedProperty().addListener(o -> render());
        vm.whatIfRowProperty().addListener(o -> render());
        vm.balanceProperty().addListener(o -> DealerTables.showBalance(balance, vm.balanceProperty().get(), i18n));
        vm.rulesProperty().addListener(o -> rules.show(vm.rulesProperty().get()));
        vm.errorProperty().addListener(o -> render());
        vm.busyProperty().addListener(o -> { if (vm.boardProperty().get() == null) render(); });
        i18n.localeProperty().addListener(onLocale);
        render();
    }

    private void renderMap() { map.render(); }

    private javafx.util.StringConverter<Grain> grainNames() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Grain g) { return g == null ? "" : i18n.get("grain." + g.id()); }

            @Override
            public Grain fromString(String s) { return null; }
        };
    }


    private void render() {
        Throwable e = vm.errorProperty().get();
        error.setText(e == null ? "" : i18n.get("dealers.error", Failures.text(i18n, e)));
        DealerBoard b = vm.boardProperty().get();
        // while the first board is computed the spinner beside it says so: "No dealer figures" then was false
        period.setText(b == null ? (vm.busyProperty().get() ? "" : i18n.get("dealers.none")) : i18n.get("dealers.period.shown", b.period().toString()));
        DealerRow s = vm.selectedProperty().get();
        card.show(s, b);
        if (s != null && ranking.getSelectionModel().getSelectedItem() != s) ranking.getSelectionModel().select(s);
        if (b != null) {
            migrationTitle.setText(i18n.get("dealers.migration.from.to", b.migrationFrom(), b.migrationTo()));
            for (Grade from : Grade.values()) {
                for (Grade to : Grade.values()) migration[from.ordinal()][to.ordinal()].setText(String.valueOf(b.migration()[from.ordinal()][to.ordinal()]));
            }
        }
        DealerRow w = vm.whatIfRowProperty().get();
        if (w == null || s == null) {
            whatIfResult.setText(i18n.get("dealers.whatif.hint"));
        } else {
            Locale l = i18n.locale();
            whatIfResult.setText(i18n.get(vm.whatIfProperty().get() == WhatIf.REACH_TARGET
                    ? "dealers.whatif.result.target" : "dealers.whatif.result.plus10", Format.moneyHeadline(w.card().salesE4(), l),
                    w.grade().name(), Format.moneyHeadline(Money.roundedE4(w.rebate().total()), l), s.grade().name(),
                    Format.moneyHeadline(Money.roundedE4(s.rebate().total()), l)));
        }
    }

    private void exportCsv() {
        DealerBoard b = vm.boardProperty().get();
        String name = "dealers-" + (b == null ? "" : b.period().toString()) + ".csv";
        List<List<Object>> rows = DealerTables.exportRows(new ArrayList<>(ranking.getItems()));
        ExportActions.of(ctx).csv("dealers " + name, name, DealerTables.exportColumns(i18n), rows, p -> { });
    }

    @Override
    public Node node() { return root; }

    @Override
    public void close() {
        i18n.localeProperty().removeListener(onLocale);
        vm.close();
    }
}
