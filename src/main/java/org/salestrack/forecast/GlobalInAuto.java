package org.salestrack.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.ensemble.AutoModel;
import org.salestrack.forecast.ensemble.SeasonalDonors;
import org.salestrack.forecast.ensemble.Selection;
import org.salestrack.forecast.global.GlobalBoostModel;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.TimeSeries;

/**
 * How auto uses the global model on a level: the series' own auto forecast, the global model's, or their
 * equal-weight mean, whichever has the lowest level WAPE (total absolute error over total units) on a
 * selection window that ends before any evaluation holdout, so the choice never sees the points it is scored on.
 */
enum GlobalInAuto {
    OWN, COMBINED, GLOBAL;

    /**
     * @param evaluation the request's holdout (0 for none): the selection window ends that many points before the end
     * @param window     the selection window's length
     */
    static GlobalInAuto choose(List<TimeSeries> series, Map<String, SeriesDrivers> drivers, Selection selection, int evaluation,
                               int window, boolean floor) {
        List<TimeSeries> cut = new ArrayList<>();
        for (TimeSeries s : series) {
            int keep = s.length() - evaluation - window;
            if (keep >= 6) cut.add(new TimeSeries(s.id(), s.kind(), s.firstOrdinal(), Arrays.copyOf(s.values(), keep), s.seasonLength()));
        }
        if (cut.size() < GlobalBoostModel.MIN_SERIES) return COMBINED;
        double[][] global;
        try (GlobalBoostModel.Trained trained = new GlobalBoostModel().train(cut, drivers)) {
            global = trained.forecast(window, null);
        } catch (IllegalArgumentException e) {
            return OWN;
        }
        SeasonalDonors donors = SeasonalDonors.ofLevel(cut);
        double own = 0;
        double glob = 0;
        double both = 0;
        for (int i = 0; i < cut.size(); i++) {
            TimeSeries c = cut.get(i);
            double[] y = series.stream().filter(s -> s.id().equals(c.id())).findFirst().orElseThrow().values();
            ForecastModel model = new AutoModel(selection, 3);
            ForecastModel borrowed = donors.modelFor(c);
            if (borrowed != null) model = ((AutoModel) model).withBorrowedSeasonality(borrowed);
            double[] f;
            try {
                f = model.fit(c.values(), c.seasonLength()).predict(window).mean();
            } catch (IllegalArgumentException | ArithmeticException e) {
                f = new double[window];
                Arrays.fill(f, c.values()[c.length() - 1]);
            }
            for (int k = 0; k < window; k++) {
                double actual = y[c.length() + k];
                double o = floor ? Math.max(0, f[k]) : f[k];
                own += Math.abs(actual - o);
                glob += Math.abs(actual - global[i][k]);
                both += Math.abs(actual - (o + global[i][k]) / 2);
            }
        }
        if (glob <= own && glob <= both) return GLOBAL;
        return both <= own ? COMBINED : OWN;
    }
}
