package org.salestrack.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.accuracy.BacktestResult;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.SeriesDrivers;
import org.salestrack.forecast.series.SubsidyDriver;
import java.util.LinkedHashSet;
import java.util.Set;
import org.salestrack.model.Provinces;
import org.salestrack.model.market.PolicyMeasure;
import org.salestrack.store.market.MarketData;
import org.salestrack.forecast.series.TimeSeries;
import java.time.YearMonth;
import org.salestrack.model.DataAsOf;
import org.salestrack.model.PromotionPeriod;
import org.salestrack.store.PromotionCalendar;
import org.salestrack.model.ForecastPoint;
import org.salestrack.model.MonthlySeries;
import org.salestrack.model.StoredForecast;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.SeriesQuery;
import org.salestrack.model.cube.PureSales;
import org.salestrack.store.Workspace;
import org.salestrack.store.ProductMaster;
import org.salestrack.forecast.launch.LaunchCases;
import org.salestrack.forecast.ensemble.SeasonalParents;
import org.salestrack.forecast.launch.LaunchForecaster;
import org.salestrack.forecast.launch.LaunchRun;

/**
 * Forecasts from the workspace: loads monthly series of counted sales at a level (e.g. region x series),
 * runs the engine, and keeps the runs so reports and the forecast screen show the same numbers.
 */
public final class ForecastService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SeriesQuery series;
    private final ForecastRuns runs;
    private final PromotionCalendar campaigns;
    private final MarketData market;
    private final PureSales pure;
    private final ProductMaster master;

    public ForecastService(Workspace workspace) { this(workspace, PureSales.OFF); }

    /**
     * Forecasts of "pure" sales: the series leave out the sales of the campaigns {@code pure} names (issue 16 #5).
     * Their runs are not kept: a forecast of the unpromoted base is not what forecast tracking compares with the
     * months that arrive.
     */
    public ForecastService(Workspace workspace, PureSales pure) {
        this.pure = pure;
        this.series = new SeriesQuery(workspace);
        this.runs = new ForecastRuns(workspace);
        this.campaigns = new PromotionCalendar(workspace);
        this.market = new MarketData(workspace);
        this.master = new ProductMaster(workspace);
    }

    /** A level's series and their drivers, as the runner takes them. */
    public record LevelSeries(List<TimeSeries> series, Map<String, SeriesDrivers> drivers) {}

    /**
     * As {@link #load}, with each series' drivers: its average selling price (revenue / units; the last
     * month's price carried over the horizon, and into months without sales) and the days of each month in a
     * campaign of the campaign calendar (planned campaigns included, which is what makes them known ahead);
     * and, when the workspace holds policy measures, the share of its price the subsidies pay back
     * ({@link SubsidyDriver}, from the mix of SKUs it sells), which they plan ahead as well.
     */
    public LevelSeries loadWithDrivers(List<String> level, Measure measure, int horizon) {
        return loadWithDrivers(level, measure, horizon, null);
    }

    /**
     * As above; with {@code subsidyWhatIf} not null the forecast months get that subsidy rate instead of what
     * the policies plan ({@link SubsidyDriver#whatIf}: 0 turns it off).
     */
    public LevelSeries loadWithDrivers(List<String> level, Measure measure, int horizon, Double subsidyWhatIf) {
        List<TimeSeries> out = new ArrayList<>();
        Map<String, SeriesDrivers> drivers = new LinkedHashMap<>();
        List<PromotionPeriod> calendar = campaigns.all();
        List<MonthlySeries> all = monthly(level, null, null);
        Subsidies subsidies = all.isEmpty() ? null : subsidies(level, all.get(0), subsidyWhatIf);
        for (MonthlySeries s : all) {
            TimeSeries ts = timeSeries(s, measure);
            out.add(ts);
            int n = s.length() + horizon;
            double[] price = new double[n];
            double[] days = new double[n];
            double last = Double.NaN;
            YearMonth first = YearMonth.parse(s.firstMonth());
            for (int t = 0; t < n; t++) {
                if (t < s.length() && s.units()[t] > 0) last = s.revenue()[t] / s.units()[t];
                price[t] = last;
                YearMonth month = first.plusMonths(t);
                for (PromotionPeriod p : calendar) {
                    LocalDate from = p.starts().isAfter(month.atDay(1)) ? p.starts() : month.atDay(1);
                    LocalDate to = p.ends().isBefore(month.atEndOfMonth()) ? p.ends() : month.atEndOfMonth();
                    if (!to.isBefore(from)) days[t] += to.toEpochDay() - from.toEpochDay() + 1;
                }
            }
            if (subsidies == null) {
                drivers.put(ts.id(), new SeriesDrivers(List.of("price", "campaign_days"), new double[][] {price, days}));
            } else {
                drivers.put(ts.id(), new SeriesDrivers(List.of("price", "campaign_days", SubsidyDriver.NAME),
                        new double[][] {price, days, subsidies.rates(s, level, n)}));
            }
        }
        return new LevelSeries(out, drivers);
    }

    /** The policies in force (as imported, or as a what-if puts them) and each series' SKUs, for the subsidy driver. */
    private record Subsidies(List<PolicyMeasure> policies, Map<String, List<SubsidyDriver.Item>> items) {
        double[] rates(MonthlySeries s, List<String> level, int length) {
            return SubsidyDriver.rates(policies, provinces(level, s.keys()), YearMonth.parse(s.firstMonth()), length,
                    items.getOrDefault(s.id(), List.of()));
        }
    }

    private Subsidies subsidies(List<String> level, MonthlySeries first, Double whatIf) {
        List<PolicyMeasure> policies = market.policies();
        if (policies.isEmpty()) return null;
        if (whatIf != null) policies = SubsidyDriver.whatIf(policies, YearMonth.parse(first.month(first.length())), whatIf);
        Map<String, String> categories = market.skuCategories();
        List<String> bySku = new ArrayList<>(level);
        if (!bySku.contains("sku")) bySku.add("sku");
        int skuAt = bySku.indexOf("sku");
        Map<String, List<SubsidyDriver.Item>> items = new LinkedHashMap<>();
        for (MonthlySeries k : monthly(bySku, null, null)) {
            List<String> keys = new ArrayList<>(k.keys());
            String sku = keys.get(skuAt);
            if (!level.contains("sku")) keys.remove(skuAt);
            String id = level.isEmpty() ? "total" : String.join("/", keys);
            // the SKU breakdown spans the same months as the level's series: both read the same rollup rows
            items.computeIfAbsent(id, x -> new ArrayList<>()).add(new SubsidyDriver.Item(categories.get(sku), k.units(), k.revenue()));
        }
        return new Subsidies(policies, items);
    }

    /** The provinces a series covers: its province, its sales region's, or (none of them in the level) the country. */
    private static Set<String> provinces(List<String> level, List<String> keys) {
        int p = level.indexOf("province");
        if (p >= 0) return Provinces.get().normalise(keys.get(p)).map(Set::of).orElse(Set.of());
        int r = level.indexOf("region");
        if (r >= 0) {
            Set<String> out = new LinkedHashSet<>();
            Provinces.get().all().stream().filter(x -> x.salesRegion().equals(keys.get(r))).forEach(x -> out.add(x.code()));
            return out;
        }
        return Set.of();
    }

    /** What to forecast: units or revenue. */
    public enum Measure { UNITS, REVENUE }

    /**
     * Monthly series at a level, as the engine takes them; ids are the level's values joined with "/". They
     * end with the last complete month: a month the data reaches only part of would be fitted as a collapse.
     */
    public List<TimeSeries> load(List<String> level, Measure measure, String fromMonth, String toMonth) {
        List<TimeSeries> out = new ArrayList<>();
        for (MonthlySeries s : monthly(level, fromMonth, toMonth)) out.add(timeSeries(s, measure));
        return out;
    }

    /**
     * Units and revenue of a level read at once, for callers that need both (the forecast screen); they end
     * with the last complete month, as {@link #load}'s do.
     */
    public List<MonthlySeries> monthly(List<String> level, String fromMonth, String toMonth) {
        return monthly(level, fromMonth, toMonth, pure);
    }

    /** As above, leaving out the sales of the campaigns {@code leftOut} names. */
    public List<MonthlySeries> monthly(List<String> level, String fromMonth, String toMonth, PureSales leftOut) {
        String last = series.lastSaleDate();
        if (last == null) return List.of();
        String complete = new DataAsOf(LocalDate.parse(last)).lastCompleteMonth().toString();
        String to = toMonth == null || toMonth.compareTo(complete) > 0 ? complete : toMonth;
        return series.monthly(level, fromMonth, to, leftOut);
    }

    /** One measure of a monthly series as the engine takes it. */
    public static TimeSeries timeSeries(MonthlySeries s, Measure measure) {
        double[] v = measure == Measure.UNITS ? s.units() : s.revenue();
        return new TimeSeries(s.id(), PeriodKind.MONTH, PeriodKind.MONTH.ordinal(s.firstMonth()), v, 12);
    }

    /** Fits and forecasts every series, then saves one run per series and model; returns the results. */
    public List<SeriesForecast> forecastAndSave(List<String> level, List<TimeSeries> input, ForecastRequest request, int threads) {
        // without drivers (tracking's refit after every import) auto stays per series: no XGBoost in the import's follow-up
        return keep(level, new ForecastRunner(threads).run(input, request), request);
    }

    /** As above, with drivers: the series of a workspace level are related, so auto may bring in the global model. */
    public List<SeriesForecast> forecastAndSave(List<String> level, LevelSeries input, ForecastRequest request, int threads) {
        return forecastAndSave(level, input, request, threads, Measure.REVENUE);
    }

    /**
     * As above; forecasting units, auto forecasts a product launched less than three months before the data ends
     * (or launching after) from its predecessors' launch curves ({@link LaunchCases}), its model named for it.
     */
    public List<SeriesForecast> forecastAndSave(List<String> level, LevelSeries input, ForecastRequest request, int threads, Measure measure) {
        ForecastRunner runner = new ForecastRunner(threads).withDrivers(input.drivers(), true);
        // a product level: each product from its first sale, a short one borrowing its line's (or category's) seasonality
        Map<String, TimeSeries> parents = SeasonalParents.of(level, input.series(), master.all());
        if (!parents.isEmpty()) runner = runner.withParents(parents);
        List<SeriesForecast> results = runner.run(input.series(), request);
        return keep(level, measure == Measure.UNITS ? withLaunches(level, results, request) : results, request);
    }

    /** Each product of a product level with the parent it borrows seasonality from (its line, else its category); empty at other levels. */
    public Map<String, TimeSeries> parents(List<String> level, List<TimeSeries> series) {
        return SeasonalParents.of(level, series, master.all());
    }

    private List<SeriesForecast> withLaunches(List<String> level, List<SeriesForecast> results, ForecastRequest request) {
        if (!request.modelKeys().contains("auto")) return results;
        LaunchCases cases = LaunchCases.of(level, monthly(level, null, null), master.all());
        if (cases.all().isEmpty()) return results;
        List<SeriesForecast> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (SeriesForecast f : results) {
            seen.add(f.seriesId());
            LaunchCases.Case c = f.modelKey().equals("auto") ? cases.of(f.seriesId()).orElse(null) : null;
            out.add(c == null || c.defaults().isEmpty() ? f : launch(c, cases, request));
        }
        for (LaunchCases.Case c : cases.all()) {
            if (!seen.contains(c.seriesId()) && !c.defaults().isEmpty()) out.add(launch(c, cases, request));
        }
        return out;
    }

    private static SeriesForecast launch(LaunchCases.Case c, LaunchCases cases, ForecastRequest request) {
        return LaunchRun.forecast(c, c.defaults(), LaunchForecaster.Method.ANALOGY, 1.0, request.horizon(), cases.lastMonth(), "auto");
    }

    /** The level's launch cases with their analogues, from its monthly series and the product master. */
    public LaunchCases launches(List<String> level, List<MonthlySeries> series) {
        return LaunchCases.of(level, series, master.all());
    }

    private List<SeriesForecast> keep(List<String> level, List<SeriesForecast> results, ForecastRequest request) {
        if (pure.on()) return results;
        runs.save(toStored(String.join(",", level), results, request.horizon()));
        return results;
    }

    /** Keeps forecasts made elsewhere (the forecast screen) as runs of {@code level}, exactly as the CLI keeps its own. */
    public void save(List<String> level, List<SeriesForecast> results, int horizon) {
        runs.save(toStored(String.join(",", level), results, horizon));
    }

    public List<StoredForecast> latest(List<String> level) {
        return runs.latest(String.join(",", level));
    }

    static List<StoredForecast> toStored(String level, List<SeriesForecast> results, int horizon) {
        List<StoredForecast> out = new ArrayList<>();
        for (SeriesForecast f : results) {
            List<ForecastPoint> points = new ArrayList<>();
            for (SeriesForecast.Step s : f.steps()) {
                points.add(new ForecastPoint(s.step(), s.period(), s.mean(), s.p10(), s.p50(), s.p90(), null));
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("modelKey", f.modelKey());
            params.putAll(f.parameters());
            out.add(new StoredForecast(0, null, level, f.seriesId(), f.modelName(), json(params), horizon, 12,
                    f.accuracy() == null ? null : json(accuracy(f.accuracy())), points));
        }
        return out;
    }

    private static Map<String, Object> accuracy(BacktestResult a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mape", a.mape());
        m.put("smape", a.smape());
        m.put("wape", a.wape());
        m.put("rmse", a.rmse());
        m.put("mase", a.mase());
        m.put("coverage80", a.coverage80());
        return m;
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
