package org.salestrack.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.salestrack.forecast.scenario.ChannelShift;
import org.salestrack.forecast.scenario.CompetitorLaunch;
import org.salestrack.forecast.scenario.ElasticityEstimate;
import org.salestrack.forecast.scenario.ElasticityEstimator;
import org.salestrack.forecast.scenario.GlobalWhatIf;
import org.salestrack.forecast.scenario.PriceChange;
import org.salestrack.forecast.scenario.Promotion;
import org.salestrack.forecast.scenario.UpliftEstimate;
import org.salestrack.forecast.scenario.Scenario;
import org.salestrack.forecast.scenario.ScenarioDriver;
import org.salestrack.forecast.scenario.SubsidyChange;
import org.salestrack.forecast.service.SubsidyResponse;

/**
 * The scenario panel's drivers as plain properties: a price change with its elasticity (estimated, or
 * the prior, or typed), a promotion with its uplift, a competitor's launch, a shift of share to another
 * series, the subsidy in the forecast months at another rate (or off). Only drivers that change something go into
 * the scenario, so "no change" saves as no drivers.
 */
public final class ScenarioModel {
    static final double MIN_UPLIFT = 0.5;
    static final double MAX_UPLIFT = 3.0;
    final DoubleProperty priceChange = new SimpleDoubleProperty(0);
    final DoubleProperty elasticity = new SimpleDoubleProperty(ElasticityEstimator.DEFAULT_PRIOR);
    final ObjectProperty<ElasticityEstimate> estimate = new SimpleObjectProperty<>();
    final BooleanProperty useEstimate = new SimpleBooleanProperty(true);
    final BooleanProperty promotion = new SimpleBooleanProperty(false);
    final IntegerProperty promoStart = new SimpleIntegerProperty(0);
    final IntegerProperty promoLength = new SimpleIntegerProperty(1);
    final DoubleProperty uplift = new SimpleDoubleProperty(1.2);
    /** the promotion's type, and the uplift measured for each type on the series' past campaigns */
    final StringProperty promoType = new SimpleStringProperty();
    final ObjectProperty<Map<String, UpliftEstimate>> uplifts = new SimpleObjectProperty<>(Map.of());
    final BooleanProperty competitor = new SimpleBooleanProperty(false);
    final IntegerProperty dipStep = new SimpleIntegerProperty(0);
    final DoubleProperty depth = new SimpleDoubleProperty(0.2);
    final IntegerProperty recovery = new SimpleIntegerProperty(3);
    final StringProperty shiftTo = new SimpleStringProperty();
    final DoubleProperty shiftFraction = new SimpleDoubleProperty(0);
    /** the subsidy in the forecast months changed to {@code subsidyRate} (0: off), as the global model answers it */
    final BooleanProperty subsidy = new SimpleBooleanProperty(false);
    final DoubleProperty subsidyRate = new SimpleDoubleProperty(0);
    final ObjectProperty<SubsidyResponse> subsidyResponse = new SimpleObjectProperty<>();
    /** what the subsidy line says: a bundle key, or "key|argument" */
    final StringProperty subsidyNote = new SimpleStringProperty("");
    /** the price change and the campaign answered by the global model instead of the elasticity and the uplift */
    final BooleanProperty global = new SimpleBooleanProperty(false);
    final ObjectProperty<GlobalWhatIf> globalResponse = new SimpleObjectProperty<>();
    /** what the global line says while there is no answer: a bundle key, or empty */
    final StringProperty globalNote = new SimpleStringProperty("");

    ScenarioModel() {
        estimate.addListener((o, a, e) -> {
            if (useEstimate.get()) elasticity.set(e == null ? ElasticityEstimator.DEFAULT_PRIOR : e.elasticity());
        });
        promoType.addListener(o -> useMeasuredUplift());
        uplifts.addListener((o, a, m) -> {
            if (promoType.get() == null || !m.containsKey(promoType.get())) promoType.set(m.isEmpty() ? null : m.keySet().iterator().next());
            useMeasuredUplift();
        });
        useEstimate.addListener((o, a, on) -> {
            ElasticityEstimate e = estimate.get();
            elasticity.set(on && e != null ? e.elasticity() : ElasticityEstimator.DEFAULT_PRIOR);
        });
    }

    /** A type's measured uplift replaces the slider's value; the user can still move it afterwards. */
    private void useMeasuredUplift() {
        UpliftEstimate e = promoType.get() == null ? null : uplifts.get().get(promoType.get());
        if (e != null) uplift.set(Math.max(MIN_UPLIFT, Math.min(MAX_UPLIFT, e.uplift())));
    }

    public DoubleProperty priceChangeProperty() { return priceChange; }

    public DoubleProperty elasticityProperty() { return elasticity; }

    public ObjectProperty<ElasticityEstimate> estimateProperty() { return estimate; }

    public BooleanProperty useEstimateProperty() { return useEstimate; }

    public BooleanProperty promotionProperty() { return promotion; }

    public IntegerProperty promoStartProperty() { return promoStart; }

    public IntegerProperty promoLengthProperty() { return promoLength; }

    public DoubleProperty upliftProperty() { return uplift; }

    public StringProperty promoTypeProperty() { return promoType; }

    public ObjectProperty<Map<String, UpliftEstimate>> upliftsProperty() { return uplifts; }

    public BooleanProperty competitorProperty() { return competitor; }

    public IntegerProperty dipStepProperty() { return dipStep; }

    public DoubleProperty depthProperty() { return depth; }

    public IntegerProperty recoveryProperty() { return recovery; }

    public StringProperty shiftToProperty() { return shiftTo; }

    public DoubleProperty shiftFractionProperty() { return shiftFraction; }

    public BooleanProperty subsidyProperty() { return subsidy; }

    public DoubleProperty subsidyRateProperty() { return subsidyRate; }

    public ObjectProperty<SubsidyResponse> subsidyResponseProperty() { return subsidyResponse; }

    /** Everything whose change alters the scenario, for one listener. */
    Observable[] inputs() {
        return new Observable[] {priceChange, elasticity, promotion, promoStart, promoLength, uplift, promoType, competitor, dipStep, depth,
                recovery, shiftTo, shiftFraction, subsidy, subsidyResponse, global, globalResponse};
    }

    /**
     * The drivers as set; {@code from} is the series share is shifted away from, and the shift is left out
     * until the target's forecast is part of the base ({@code shiftReady}).
     */
    Scenario scenario(String name, String from, int horizon, boolean shiftReady) {
        List<ScenarioDriver> drivers = new ArrayList<>();
        if (global.get()) {
            // the model's answer for this series, this price and these months; one still computing waits for its own
            GlobalWhatIf r = globalResponse.get();
            if (r != null && r.answers(from, priceChange.get(), globalStart(horizon), globalLength())) drivers.add(r);
        }
        if (!global.get() && priceChange.get() != 0) drivers.add(new PriceChange(ScenarioDriver.ALL_SERIES, priceChange.get(), elasticity.get(), 0));
        if (!global.get() && promotion.get()) {
            int start = Math.min(promoStart.get(), horizon - 1);
            drivers.add(new Promotion(ScenarioDriver.ALL_SERIES, promoType.get(), start, Math.max(1, promoLength.get()), uplift.get()));
        }
        if (competitor.get()) {
            drivers.add(new CompetitorLaunch(ScenarioDriver.ALL_SERIES, Math.min(dipStep.get(), horizon - 1), depth.get(), recovery.get()));
        }
        SubsidyResponse r = subsidyResponse.get();
        // the response answers one rate for one series: a rate moved since, or another series, waits for its own
        if (subsidy.get() && r != null && r.seriesId().equals(from) && Math.abs(r.rate() - subsidyRate.get()) < 1e-9) {
            drivers.add(new SubsidyChange(from, r.rate(), r.multiplier()));
        }
        if (shiftReady && shiftTo.get() != null && shiftFraction.get() > 0 && !shiftTo.get().equals(from)) {
            drivers.add(new ChannelShift(from, shiftTo.get(), shiftFraction.get(), 0));
        }
        return new Scenario(name, drivers);
    }

    /** The campaign's first forecast month as the global model is asked it (0 without a campaign). */
    int globalStart(int horizon) { return promotion.get() ? Math.min(promoStart.get(), horizon - 1) : 0; }

    /** The campaign's months as the global model is asked them (0: no campaign). */
    int globalLength() { return promotion.get() ? Math.max(1, promoLength.get()) : 0; }

    public BooleanProperty globalProperty() { return global; }

    public ObjectProperty<GlobalWhatIf> globalResponseProperty() { return globalResponse; }

    /** Back to no change, keeping the estimated elasticity. */
    void reset() {
        priceChange.set(0);
        promotion.set(false);
        competitor.set(false);
        shiftTo.set(null);
        shiftFraction.set(0);
        subsidy.set(false);
        subsidyRate.set(0);
        global.set(false);
    }
}
