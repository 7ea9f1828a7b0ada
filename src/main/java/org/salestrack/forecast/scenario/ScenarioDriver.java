package org.salestrack.forecast.scenario;

import org.salestrack.model.ScenarioDriverSpec;

/** One what-if adjustment of a forecast set. Drivers are values: applying one returns a new set. */
public sealed interface ScenarioDriver permits PriceChange, Promotion, CompetitorLaunch, ChannelShift, SubsidyChange, GlobalWhatIf {
    /** The target that means every series of the set. */
    String ALL_SERIES = "*";

    ForecastSet apply(ForecastSet forecast);

    /** The driver as plain data, for saving. */
    ScenarioDriverSpec toSpec();
}
