package org.salestrack.forecast.launch;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.forecast.SeriesForecast;
import org.salestrack.forecast.scenario.ElasticityEstimator;

/**
 * A launch case forecast from the analogues chosen, as any model's result: the CLI writes it where {@code auto}'s
 * would be, the screen lists it among the models. Its name says the method and the analogues used, its parameters
 * each analogue's scale, the coverage, the calibration to months already sold and the Bass curve (p, q, m).
 */
public final class LaunchRun {
    /** Names the engine gives the two methods; the screen translates them. */
    public static final String ANALOGY = "Launch by analogy";
    public static final String BASS = "Launch by Bass curve";

    private LaunchRun() {}

    /** Units scale with the price tier by the elasticity prior of the what-ifs (a Pro at 1.3x the price sells 0.67x). */
    public static LaunchForecaster forecaster() {
        return new LaunchForecaster(ElasticityEstimator.DEFAULT_PRIOR);
    }

    /**
     * @param analogues the options' product names to use; empty: none (the caller keeps another model)
     * @param last      the data's last month: step 1 is the month after
     */
    public static SeriesForecast forecast(LaunchCases.Case c, List<String> analogues, LaunchForecaster.Method method, double coverage,
                                          int horizon, YearMonth last, String modelKey) {
        List<LaunchForecaster.Analogue> used = c.analogues(analogues);
        LaunchForecaster.Curve curve = forecaster().forecast(c.target(coverage), used, method, c.fromMonth(), horizon);
        List<SeriesForecast.Step> steps = new ArrayList<>();
        for (int i = 0; i < horizon; i++) {
            steps.add(new SeriesForecast.Step(i + 1, last.plusMonths(i + 1L).toString(), curve.mean()[i], curve.p10()[i], curve.mean()[i],
                    curve.p90()[i]));
        }
        String name = (method == LaunchForecaster.Method.BASS ? BASS : ANALOGY) + " (" + String.join(", ", curve.analogues()) + ")";
        return new SeriesForecast(c.seriesId(), modelKey, name, curve.parameters(), steps, null, null);
    }
}
