package org.salestrack.ui.forecast;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.salestrack.forecast.launch.LaunchCases;
import org.salestrack.forecast.launch.LaunchForecaster;
import org.salestrack.forecast.service.ForecastDesk;
import org.salestrack.forecast.service.ModelRun;
import org.salestrack.ui.Controls;
import org.salestrack.ui.I18n;

/**
 * The launch tab: what the chosen series' launch is, the products whose launch curves it can borrow (ticked: used),
 * the method (analogy or Bass curve) and the planned coverage against the analogues'.
 */
final class LaunchPanel extends VBox {
    private final LaunchModel m;
    private final ForecastViewModel vm;
    private final I18n i18n;
    private final Label note = new Label();
    private final Label bass = new Label();
    private final InvalidationListener onChange = o -> relabel();

    LaunchPanel(ForecastViewModel vm, I18n i18n) {
        super(6);
        this.vm = vm;
        this.m = vm.launch();
        this.i18n = i18n;
        setPadding(new Insets(6));
        note.setId("forecast-launch-note");
        note.setWrapText(true);
        bass.setId("forecast-launch-bass");
        bass.setWrapText(true);
        ListView<LaunchCases.Option> analogues = new ListView<>(m.options);
        analogues.setId("forecast-launch-analogues");
        analogues.setCellFactory(l -> new OptionCell());
        analogues.setPrefHeight(130);
        VBox.setVgrow(analogues, Priority.ALWAYS);
        m.picked.addListener((InvalidationListener) o -> analogues.refresh());
        ComboBox<LaunchForecaster.Method> method = new ComboBox<>();
        method.setId("forecast-launch-method");
        method.getItems().setAll(LaunchForecaster.Method.values());
        method.setCellFactory(l -> org.salestrack.ui.DimLabels.cell(i18n, LaunchPanel::methodKey));
        method.setButtonCell(org.salestrack.ui.DimLabels.cell(i18n, LaunchPanel::methodKey));
        method.valueProperty().bindBidirectional(m.method);
        Spinner<Integer> coverage = new Spinner<>(10, 300, 100, 10);
        coverage.setId("forecast-launch-coverage");
        coverage.setEditable(true);
        coverage.setPrefWidth(90);
        coverage.valueProperty().addListener((o, a, v) -> {
            if (v != null) m.coverage.set(v / 100.0);
        });
        m.coverage.addListener((o, a, v) -> {
            int pct = (int) Math.round(v.doubleValue() * 100);
            if (coverage.getValue() != pct) coverage.getValueFactory().setValue(pct);
        });
        HBox controls = new HBox(8, Controls.label(i18n, "forecast.launch.method"), method, Controls.label(i18n, "forecast.launch.coverage"), coverage);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.disableProperty().bind(m.launch.isNull());
        analogues.disableProperty().bind(m.launch.isNull());
        getChildren().addAll(note, controls, Controls.label(i18n, "forecast.launch.analogues"), analogues, bass);
        m.launch.addListener(new WeakInvalidationListener(onChange));
        vm.runs().addListener(new WeakInvalidationListener(onChange));
        i18n.localeProperty().addListener(new WeakInvalidationListener(onChange));
        relabel();
    }

    private static String methodKey(LaunchForecaster.Method method) {
        return method == LaunchForecaster.Method.BASS ? "forecast.launch.method.bass" : "forecast.launch.method.analogy";
    }

    private void relabel() {
        LaunchCases.Case c = m.launch.get();
        if (c == null) {
            note.setText(i18n.get("forecast.launch.none"));
        } else if (c.sold().length == 0) {
            note.setText(i18n.get("forecast.launch.coming", c.product().key(), c.product().launch().toString(), price(c.product().listPrice())));
        } else {
            note.setText(i18n.get("forecast.launch.young", c.product().key(), c.product().launch().toString(), c.sold().length,
                    price(c.product().listPrice())));
        }
        ModelRun run = vm.runs().isEmpty() ? null : vm.runs().get(0);
        if (c == null || run == null || !run.key().equals(ForecastDesk.LAUNCH)) {
            bass.setText(c == null ? "" : i18n.get("forecast.launch.pick"));
            return;
        }
        var p = run.parameters();
        bass.setText(i18n.get("forecast.launch.curve", String.format(Locale.ROOT, "%.3f", p.get("bass_p")),
                String.format(Locale.ROOT, "%.3f", p.get("bass_q")), String.format(i18n.locale(), "%,.0f", p.get("bass_m")),
                String.format(Locale.ROOT, "%.2f", p.get("calibration"))));
    }

    private String price(double yuan) {
        return yuan > 0 ? String.format(i18n.locale(), "¥%,.0f", yuan) : "–";
    }

    /** One analogue: ticked when used; its line, launch month and list price beside its name. */
    private final class OptionCell extends ListCell<LaunchCases.Option> {
        private final CheckBox box = new CheckBox();

        OptionCell() {
            box.setOnAction(e -> {
                if (getItem() != null) m.pick(getItem().product(), box.isSelected());
            });
        }

        @Override
        protected void updateItem(LaunchCases.Option o, boolean empty) {
            super.updateItem(o, empty);
            if (empty || o == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            box.setText(o.product() + "  ·  " + o.line() + "  ·  " + o.launch() + "  ·  " + price(o.listPrice()));
            box.setSelected(m.picked.contains(o.product()));
            box.setId("launch-analogue-" + o.product());
            setGraphic(box);
            setText(null);
        }
    }
}
