package org.salestrack.ui.forecast;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.salestrack.forecast.service.SeriesHistory;
import org.salestrack.forecast.service.SubsidyResponse;
import org.salestrack.forecast.scenario.ElasticityEstimate;
import org.salestrack.forecast.scenario.UpliftEstimate;
import org.salestrack.ui.I18n;

/** The what-if drivers as sliders and spinners, bound to a {@link ScenarioModel}. */
final class ScenarioPanel extends VBox {
    private final I18n i18n;

    ScenarioPanel(ScenarioModel m, ForecastViewModel vm, I18n i18n) {
        super(6);
        this.i18n = i18n;
        setPadding(new Insets(8));
        getStyleClass().add("scenario-panel");
        setPrefWidth(350);

        CheckBox global = check("scenario-global", "forecast.scenario.global");
        global.selectedProperty().bindBidirectional(m.global);
        global.setWrapText(true);
        Label globalEffect = new Label();
        globalEffect.setId("scenario-global-effect");
        globalEffect.setWrapText(true);
        globalEffect.textProperty().bind(Bindings.createStringBinding(() -> explainGlobal(m, vm),
                m.global, m.globalResponse, m.globalNote, vm.baseProperty(), i18n.localeProperty()));

        Slider price = slider("scenario-price", -30, 30, 0, 5);
        price.valueProperty().addListener((o, a, v) -> m.priceChange.set(Math.round(v.doubleValue()) / 100.0));
        Label priceValue = new Label();
        priceValue.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%+.0f%%", m.priceChange.get() * 100), m.priceChange));
        CheckBox useEstimate = check("scenario-use-estimate", "forecast.scenario.use.estimate");
        useEstimate.selectedProperty().bindBidirectional(m.useEstimate);
        Slider elasticity = slider("scenario-elasticity", -4, 0, m.elasticity.get(), 1);
        elasticity.valueProperty().bindBidirectional(m.elasticity);
        elasticity.disableProperty().bind(m.useEstimate);
        Label elasticityValue = new Label();
        elasticityValue.setId("scenario-elasticity-value");
        elasticityValue.setWrapText(true);
        elasticityValue.textProperty().bind(Bindings.createStringBinding(() -> explain(m.estimate.get(), m.elasticity.get()),
                m.estimate, m.elasticity, i18n.localeProperty()));

        CheckBox promo = check("scenario-promo", "forecast.scenario.promotion");
        promo.selectedProperty().bindBidirectional(m.promotion);
        Slider uplift = slider("scenario-uplift", ScenarioModel.MIN_UPLIFT, ScenarioModel.MAX_UPLIFT, m.uplift.get(), 0.5);
        uplift.valueProperty().bindBidirectional(m.uplift);
        Label upliftValue = percentLabel(m.uplift, 1, true);
        ComboBox<String> promoType = new ComboBox<>();
        promoType.setId("scenario-promo-type");
        promoType.setMaxWidth(Double.MAX_VALUE);
        m.uplifts.addListener((o, a, map) -> {
            // replacing the items clears the combo's value, and through the binding the model's type
            String keep = m.promoType.get();
            promoType.getItems().setAll(map.keySet());
            m.promoType.set(keep);
        });
        promoType.getItems().setAll(m.uplifts.get().keySet());
        promoType.valueProperty().bindBidirectional(m.promoType);
        // the types are the campaign files' own words (直降): the English UI names them in English. The box shows its
        // value, not its cell's item: the item was stale after the types were replaced (the raw 直降 in English, or
        // nothing after a language switch), and the skin draws an item-less value through the converter
        promoType.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String t) { return t == null ? "" : org.salestrack.ui.DataTerms.shown(t, i18n); }

            @Override
            public String fromString(String s) { return s; }
        });
        javafx.scene.control.ListCell<String> shown = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String t, boolean empty) {
                super.updateItem(t, empty);
                String v = promoType.getValue();
                setText(v == null ? null : org.salestrack.ui.DataTerms.shown(v, i18n));
            }
        };
        javafx.beans.InvalidationListener reshow = o -> {
            String v = promoType.getValue();
            shown.setText(v == null ? null : org.salestrack.ui.DataTerms.shown(v, i18n));
        };
        promoType.valueProperty().addListener(reshow);
        promoType.getItems().addListener(reshow);
        i18n.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(reshow));
        promoType.getProperties().put("reshow", reshow);
        promoType.setButtonCell(shown);
        promoType.setCellFactory(l -> promoCell());
        Label measured = new Label();
        measured.setId("scenario-uplift-measured");
        measured.setWrapText(true);
        measured.textProperty().bind(Bindings.createStringBinding(() -> explainUplift(m.promoType.get() == null ? null : m.uplifts.get().get(m.promoType.get())),
                m.uplifts, m.promoType, i18n.localeProperty()));
        Node promoWhen = row(label("forecast.scenario.start"), spinner(m.promoStart, 1, ForecastViewModel.HORIZON, 1),
                label("forecast.scenario.length"), spinner(m.promoLength, 1, 6, 0));
        disableUnless(promo, uplift, promoWhen, promoType);

        CheckBox competitor = check("scenario-competitor", "forecast.scenario.competitor");
        competitor.selectedProperty().bindBidirectional(m.competitor);
        Slider depth = slider("scenario-depth", 0, 0.6, m.depth.get(), 0.1);
        depth.valueProperty().bindBidirectional(m.depth);
        Label depthValue = percentLabel(m.depth, 0, false);
        Node dipWhen = row(label("forecast.scenario.dip"), spinner(m.dipStep, 1, ForecastViewModel.HORIZON, 1),
                label("forecast.scenario.recovery"), spinner(m.recovery, 0, 12, 0));
        disableUnless(competitor, depth, dipWhen);

        CheckBox subsidy = check("scenario-subsidy", "forecast.scenario.subsidy");
        subsidy.selectedProperty().bindBidirectional(m.subsidy);
        Slider rate = slider("scenario-subsidy-rate", 0, 0.3, m.subsidyRate.get(), 0.05);
        rate.setBlockIncrement(0.05);
        rate.valueProperty().addListener((o, a, v) -> m.subsidyRate.set(Math.round(v.doubleValue() * 100) / 100.0));
        m.subsidyRate.addListener((o, a, v) -> {
            if (Math.abs(rate.getValue() - v.doubleValue()) >= 0.005) rate.setValue(v.doubleValue());
        });
        Label rateValue = percentLabel(m.subsidyRate, 0, false);
        Label subsidyEffect = new Label();
        subsidyEffect.setId("scenario-subsidy-effect");
        subsidyEffect.setWrapText(true);
        subsidyEffect.textProperty().bind(Bindings.createStringBinding(() -> explainSubsidy(m, vm),
                m.subsidyResponse, m.subsidyNote, m.subsidy, vm.baseProperty(), i18n.localeProperty()));
        Node subsidyRate = row(label("forecast.scenario.subsidy.rate"), rate, rateValue);
        disableUnless(subsidy, subsidyRate);

        ComboBox<SeriesHistory> shiftTo = new ComboBox<>(vm.series());
        shiftTo.setId("scenario-shift-to");
        shiftTo.setMaxWidth(Double.MAX_VALUE);
        shiftTo.setConverter(new StringConverter<>() {
            @Override
            public String toString(SeriesHistory s) { return s == null ? "" : SeriesNames.of(s.id(), vm.level(), i18n); }

            @Override
            public SeriesHistory fromString(String s) { return null; }
        });
        shiftTo.setButtonCell(SeriesNames.cell(vm::level, i18n));
        shiftTo.setCellFactory(l -> SeriesNames.cell(vm::level, i18n));
        shiftTo.valueProperty().addListener((o, a, s) -> m.shiftTo.set(s == null ? null : s.id()));
        m.shiftTo.addListener((o, a, id) -> {
            if (id == null) shiftTo.setValue(null);
        });
        Slider shift = slider("scenario-shift", 0, 0.5, 0, 0.1);
        shift.valueProperty().bindBidirectional(m.shiftFraction);
        Label shiftValue = percentLabel(m.shiftFraction, 0, false);

        getChildren().addAll(title("forecast.scenario.title"), global, globalEffect, new Separator(),
                label("forecast.scenario.price"), row(price, priceValue), useEstimate, row(elasticity), elasticityValue, new Separator(),
                promo, row(label("forecast.scenario.promotype"), promoType), measured,
                row(label("forecast.scenario.uplift"), uplift, upliftValue), promoWhen, new Separator(),
                competitor, row(label("forecast.scenario.depth"), depth, depthValue), dipWhen, new Separator(),
                subsidy, subsidyRate, subsidyEffect, new Separator(),
                label("forecast.scenario.shift"), shiftTo, row(shift, shiftValue));
    }

    private String explain(ElasticityEstimate e, double value) {
        String v = String.format(i18n.locale(), "%.2f", value);
        if (e == null) return i18n.get("forecast.elasticity.prior", v);
        if (Double.isNaN(e.estimate())) return i18n.get("forecast.elasticity.noestimate", v, e.observations());
        return i18n.get("forecast.elasticity.estimated", v, String.format(i18n.locale(), "%.2f", e.estimate()), e.observations(),
                Math.round(e.shrinkageWeight() * 100));
    }

    private String explainUplift(UpliftEstimate e) {
        if (e == null) return i18n.get("forecast.uplift.none");
        String pct = String.format(i18n.locale(), "%+.0f%%", (e.uplift() - 1) * 100);
        String type = org.salestrack.ui.DataTerms.shown(e.type(), i18n);
        if (Double.isNaN(e.standardError())) return i18n.get("forecast.uplift.one", type, pct);
        return i18n.get("forecast.uplift.measured", e.windowRatios().size(), type, pct,
                String.format(i18n.locale(), "%.0f%%", e.standardError() * 100));
    }

    /** What the subsidy what-if does to the chosen forecast, as the global model answers it, or why there is no answer. */
    private String explainSubsidy(ScenarioModel m, ForecastViewModel vm) {
        if (!m.subsidy.get()) return i18n.get("forecast.subsidy.hint");
        if (!m.subsidyNote.get().isEmpty()) return i18n.get(m.subsidyNote.get());
        SubsidyResponse r = m.subsidyResponse.get();
        var base = vm.baseProperty().get();
        if (r == null || base == null || !base.series().containsKey(r.seriesId())) return i18n.get("forecast.subsidy.computing");
        double change = r.overall(base.series(r.seriesId()).mean()) - 1;
        return i18n.get("forecast.subsidy.effect", String.format(i18n.locale(), "%.1f%%", r.plannedMean() * 100),
                String.format(i18n.locale(), "%.0f%%", r.rate() * 100), String.format(i18n.locale(), "%+.1f%%", change * 100));
    }

    /** What the global model makes of the price change and the campaign as set, or why it has no answer yet. */
    private String explainGlobal(ScenarioModel m, ForecastViewModel vm) {
        if (!m.global.get()) return i18n.get("forecast.global.hint");
        if (!m.globalNote.get().isEmpty()) return i18n.get(m.globalNote.get());
        var r = m.globalResponse.get();
        var base = vm.baseProperty().get();
        if (r == null || base == null || !base.series().containsKey(r.target())) return i18n.get("forecast.global.set");
        double[] mean = base.series(r.target()).mean();
        double[] mult = r.multiplier();
        double a = 0;
        double b = 0;
        for (int k = 0; k < Math.min(mean.length, mult.length); k++) {
            a += mean[k] * mult[k];
            b += mean[k];
        }
        return i18n.get("forecast.global.effect", String.format(i18n.locale(), "%+.1f%%", (b > 0 ? a / b - 1 : 0) * 100));
    }

    private javafx.scene.control.ListCell<String> promoCell() {
        return new javafx.scene.control.ListCell<>() {
            private final javafx.beans.InvalidationListener onLocale = o -> update();

            {
                i18n.localeProperty().addListener(new javafx.beans.WeakInvalidationListener(onLocale));
            }

            private void update() { setText(isEmpty() || getItem() == null ? null : org.salestrack.ui.DataTerms.shown(getItem(), i18n)); }

            @Override
            protected void updateItem(String t, boolean empty) {
                super.updateItem(t, empty);
                update();
            }
        };
    }

    private static void disableUnless(CheckBox on, Node... nodes) {
        for (Node n : nodes) n.disableProperty().bind(on.selectedProperty().not());
    }

    private static Slider slider(String id, double min, double max, double value, double tick) {
        Slider s = new Slider(min, max, value);
        s.setId(id);
        s.setMajorTickUnit(tick);
        s.setShowTickMarks(true);
        s.setPrefWidth(190);
        return s;
    }

    /** @param shift what the screen adds to the model's value: steps are 0-based in the model, months 1-based on screen */
    private static Spinner<Integer> spinner(IntegerProperty p, int minShown, int maxShown, int shift) {
        Spinner<Integer> s = new Spinner<>(minShown, maxShown, p.get() + shift);
        s.setPrefWidth(64);
        s.valueProperty().addListener((o, a, v) -> p.set(v - shift));
        return s;
    }

    private static Label percentLabel(DoubleProperty p, double minus, boolean signed) {
        Label l = new Label();
        String format = signed ? "%+.0f%%" : "%.0f%%";
        l.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, format, (p.get() - minus) * 100), p));
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(6, nodes);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }

    private Label title(String key) {
        Label l = label(key);
        l.getStyleClass().add("section-title");
        return l;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private CheckBox check(String id, String key) {
        CheckBox c = new CheckBox();
        c.setId(id);
        c.textProperty().bind(i18n.bind(key));
        return c;
    }
}
