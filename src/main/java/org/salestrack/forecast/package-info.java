/**
 * The forecasting engine: pure functions over {@code double[]} series, no files, no database, no UI.
 *
 * <h2>Fitting one series</h2>
 * <pre>{@code
 * ForecastModel model = ModelCatalog.byKey("auto");          // or "ets", "arima", "theta", "stl", "naive",
 *                                                             // "snaive", "drift", "croston", "sba", "tsb", "combo"
 * FittedModel fit = model.fit(values, 12);                    // season length: 1, 4, 12, 7 (daily), 52 (weekly)
 * fit.name();                                                 // "ETS(M,Ad,M)", "ARIMA(0,1,1)(0,1,1)[12]", "Theta", ...
 * fit.parameters();                                           // alpha, beta, ..., ar1, ma1, ..., sigma2 (show them)
 * fit.fitted();                                               // one-step in-sample fits (NaN where undefined)
 * fit.aicc();                                                 // NaN when the method has no likelihood
 * Prediction p = fit.predict(12);
 * p.mean(); p.quantile(0.1); p.quantile(0.9);                 // any level; analytic or simulated
 * p.floorAtZero();                                            // unit counts: nothing below zero
 * }</pre>
 * Models are stateless and thread-safe; a fit throws {@link java.lang.IllegalArgumentException} when the
 * series is too short or not finite for that method. Simulated intervals are seeded from the data, so the
 * same series always gets the same band.
 *
 * <h2>Many series</h2>
 * {@link org.salestrack.forecast.ForecastRunner#run} takes {@link org.salestrack.forecast.series.TimeSeries}
 * (id, period kind, first period, values, season length) and a {@link org.salestrack.forecast.ForecastRequest}
 * (horizon, model keys, holdout, auto's {@link org.salestrack.forecast.ensemble.Selection}, flooring) and
 * returns one {@link org.salestrack.forecast.SeriesForecast} per series and model: name, parameters, steps
 * with period labels and P10/P50/P90, and holdout accuracy. A model that fails on a series falls back to
 * the naive method with a warning instead of failing the run. An overload takes an
 * {@code IntConsumer} (series done so far) and a {@code BooleanSupplier} (cancelled?) for a background task.
 *
 * <h2>Accuracy</h2>
 * {@link org.salestrack.forecast.accuracy.Accuracy} (MAPE, sMAPE, WAPE, RMSE, MASE, coverage) and
 * {@link org.salestrack.forecast.accuracy.Backtest} (holdout, rolling origin).
 *
 * <h2>Subpackages</h2>
 * {@code ets} (Hyndman et al. 2008, as forecast::ets), {@code arima} (Hyndman-Khandakar stepwise, as
 * auto.arima), {@code theta} (as thetaf), {@code stl} (STL + ETS, several seasons), {@code intermittent}
 * (Croston, SBA, TSB), {@code baseline} (naive, seasonal naive, drift, Naive2), {@code ensemble}
 * (combination, automatic selection), {@code accuracy}, {@code series} (period labels), {@code util}
 * (optimisers and decompositions, internal). {@code hierarchy} and {@code scenario} build on this API.
 */
package org.salestrack.forecast;
