package org.salestrack.forecast.ensemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.ForecastModel;
import org.salestrack.forecast.series.TimeSeries;
import org.salestrack.forecast.util.SeasonalProfile;

/**
 * Where a short series borrows its seasonality: its parent in the hierarchy when the caller names one
 * (SKU from series, series from category, category from total), otherwise the sum of the series it is
 * forecast with (the level's total), which is the parent of every series of a complete level.
 */
public final class SeasonalDonors {
    private final Map<String, SeasonalProfile> byId;
    private final SeasonalProfile level;

    private SeasonalDonors(Map<String, SeasonalProfile> byId, SeasonalProfile level) {
        this.byId = byId;
        this.level = level;
    }

    public static SeasonalDonors none() {
        return new SeasonalDonors(Map.of(), null);
    }

    /** The level's total lends to every short series of the level (needs two or more series of one calendar). */
    public static SeasonalDonors ofLevel(List<TimeSeries> series) {
        return new SeasonalDonors(Map.of(), levelProfile(series));
    }

    /** Each series' parent lends first, the level's total otherwise; {@code parents} maps series id to its parent series. */
    public static SeasonalDonors ofParents(List<TimeSeries> series, Map<String, TimeSeries> parents) {
        Map<String, SeasonalProfile> byId = new HashMap<>();
        Map<TimeSeries, SeasonalProfile> cache = new HashMap<>();
        parents.forEach((id, p) -> {
            SeasonalProfile profile = cache.computeIfAbsent(p, x -> SeasonalProfile.estimate(x.values(), x.firstOrdinal(), x.seasonLength()));
            if (profile != null) byId.put(id, profile);
        });
        return new SeasonalDonors(byId, levelProfile(series));
    }

    /** The borrowed-seasonality model for a series, or null when it needs none or none is to be had. */
    public ForecastModel modelFor(TimeSeries s) {
        if (!AutoModel.shortOfSeasons(s.length(), s.seasonLength())) return null;
        SeasonalProfile p = byId.getOrDefault(s.id(), level);
        if (p == null || p.seasonLength() != s.seasonLength()) return null;
        return new BorrowedSeasonalityModel(p, s.firstOrdinal());
    }

    private static SeasonalProfile levelProfile(List<TimeSeries> series) {
        if (series.size() < 2) return null;
        TimeSeries first = series.get(0);
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (TimeSeries s : series) {
            if (s.kind() != first.kind() || s.seasonLength() != first.seasonLength()) return null;
            start = Math.min(start, s.firstOrdinal());
            end = Math.max(end, s.firstOrdinal() + s.length() - 1);
        }
        if (end - start > 100_000) return null;
        double[] total = new double[(int) (end - start + 1)];
        for (TimeSeries s : series) {
            double[] v = s.values();
            int offset = (int) (s.firstOrdinal() - start);
            for (int t = 0; t < v.length; t++) total[offset + t] += v[t];
        }
        return SeasonalProfile.estimate(total, start, first.seasonLength());
    }
}
