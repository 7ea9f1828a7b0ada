package org.salestrack.sample;

import org.salestrack.model.Counties;
import org.salestrack.model.County;
import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.salestrack.model.SaleStatus;

/**
 * The dealers' monthly sell-through to sub-retailers outside the POS network, by city and SKU, dated
 * the month's last day, each line in a county of its city. A dealer takes a model only from the month after its
 * launch. The dealers of {@link GradePlants} sell what is planted for them instead: premium-heavy volumes fitted
 * month by month to planted amounts (the large ones), or a fixed set of counties of their province every month.
 */
final class DealerSellThrough {
    static final YearMonth FIRST_MONTH = YearMonth.from(Seasonality.FIRST_DAY);
    static final YearMonth LAST_MONTH = YearMonth.from(Seasonality.LAST_DAY);

    /** The large planted dealers' units by the panel's phone price bands (0-2999, 3000-5999, 6000+): they lean to dearer models. */
    static final double[] BAND_UNITS = {0.2, 0.45, 0.35};

    private final Network network;
    private final Geography geo;
    private final Catalogue catalogue;
    private final double unitsPerSizePerMonth;
    private final SplittableRandom rng;
    private final SplittableRandom countyRng;
    private final SplittableRandom plantRng;

    DealerSellThrough(Network network, Geography geo, Catalogue catalogue, double unitsPerSizePerMonth, long seed, long countySeed) {
        this.network = network;
        this.geo = geo;
        this.catalogue = catalogue;
        this.unitsPerSizePerMonth = unitsPerSizePerMonth;
        this.rng = new SplittableRandom(seed);
        this.countyRng = new SplittableRandom(countySeed);
        this.plantRng = new SplittableRandom(countySeed + 1);
    }

    List<SaleRecord> simulate() {
        List<SaleRecord> out = new ArrayList<>();
        for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
            List<Product> range = range(m);
            double season = monthFactor(m);
            double[] share = shares(range, m);
            for (Dealer d : network.dealers()) {
                double cityTotal = d.cities().stream().mapToDouble(City::weight).sum();
                boolean planted = GradePlants.planted(d.code());
                for (City city : d.cities()) {
                    double lambda = d.size() * unitsPerSizePerMonth * season * city.weight() / cityTotal;
                    List<County> counties = geo.counties(city);
                    for (int i = 0; i < range.size(); i++) {
                        int qty = Demand.poisson(lambda * share[i], rng);
                        // a planted dealer's draws are made and dropped, so every other dealer's lines stay as they were drawn
                        if (qty > 0) {
                            SaleRecord r = row(d, city, m, range.get(i), qty, rng, counties.get(countyRng.nextInt(counties.size())));
                            if (!planted) out.add(r);
                        }
                    }
                }
            }
        }
        for (GradePlants plant : GradePlants.ALL) out.addAll(planted(plant));
        return out;
    }

    /** A planted dealer's lines, month by month. */
    private List<SaleRecord> planted(GradePlants plant) {
        Dealer d = network.dealer(plant.code());
        // a large one sells in its seat's first three counties (the city centre): its lines stay few enough for samples/
        List<County> seat = geo.counties(d.seat());
        List<County> counties = plant.big() ? seat.subList(0, Math.min(3, seat.size()))
                : Counties.get().ofProvince(d.provinceCode()).subList(0, plant.counties());
        List<SaleRecord> out = new ArrayList<>();
        for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
            List<Product> range = range(m);
            double[] share = shares(range, m);
            if (plant.big()) {
                // phones only, each price band (the market panel's) a fixed share of the units, its best sellers by weight:
                // its mix leans dear and stays the same in every month, so it moves no band's share over time
                List<Product> all = range;
                double[] w = share;
                List<Integer> keep = new ArrayList<>();
                for (int band = 0; band < BAND_UNITS.length; band++) {
                    int b = band;
                    java.util.stream.IntStream.range(0, all.size()).boxed()
                            .filter(i -> all.get(i).category().equals(Catalogue.PHONE) && MarketPanel.band(all.get(i).listPriceE4()) == b)
                            .sorted(java.util.Comparator.comparingDouble((Integer i) -> -w[i]).thenComparing(i -> i)).limit(3).forEach(keep::add);
                }
                keep.sort(null);
                range = keep.stream().map(all::get).toList();
                share = new double[keep.size()];
                double[] bandWeight = new double[BAND_UNITS.length];
                for (int i : keep) bandWeight[MarketPanel.band(all.get(i).listPriceE4())] += w[i];
                double present = 0;
                for (int band = 0; band < BAND_UNITS.length; band++) if (bandWeight[band] > 0) present += BAND_UNITS[band];
                for (int k = 0; k < keep.size(); k++) {
                    int band = MarketPanel.band(all.get(keep.get(k)).listPriceE4());
                    share[k] = BAND_UNITS[band] / present * w[keep.get(k)] / bandWeight[band];
                }
            } else {
                // a district distributor carries the month's four best sellers: its lines stay few enough for samples/
                List<Product> all = range;
                double[] w = share;
                List<Integer> top = java.util.stream.IntStream.range(0, all.size()).boxed()
                        .sorted(java.util.Comparator.comparingDouble((Integer i) -> -w[i]).thenComparing(i -> i)).limit(4).sorted().toList();
                range = top.stream().map(all::get).toList();
                share = top.stream().mapToDouble(i -> w[i]).toArray();
                double sum = java.util.Arrays.stream(share).sum();
                for (int i = 0; i < share.length; i++) share[i] /= sum;
            }
            double asp = 0;
            for (int i = 0; i < share.length; i++) asp += share[i] * Money.yuan(range.get(i).listPriceE4()) * 0.95;
            long wanted = plant.monthSalesYuan(m);
            double lambda = wanted / asp / counties.size();
            List<SaleRecord> month = new ArrayList<>();
            int best = 0;
            for (int i = 1; i < share.length; i++) if (share[i] > share[best]) best = i;
            for (County c : counties) {
                int before = month.size();
                for (int i = 0; i < range.size(); i++) {
                    int qty = Demand.poisson(lambda * share[i], plantRng);
                    if (qty > 0) month.add(row(d, d.seat(), m, range.get(i), qty, plantRng, c));
                }
                // every county of the plant sells every month: its coverage is the same in every period
                if (month.size() == before) month.add(row(d, d.seat(), m, range.get(best), 1, plantRng, c));
            }
            fit(month, Money.e4OfWholeYuan(wanted));
            out.addAll(month);
        }
        return out;
    }

    /**
     * Moves the month's total to just below {@code wantedE4} (within one unit's price) a unit at a time on its largest
     * line; when every line is down to one unit, drops lines of counties that have another, so every county keeps one.
     */
    static void fit(List<SaleRecord> month, long wantedE4) {
        long total = month.stream().mapToLong(SaleRecord::amountE4).sum();
        while (total < wantedE4) {
            int i = largest(month, 0);
            total += month.get(i).unitPriceE4();
            month.set(i, month.get(i).withQty(month.get(i).qty() + 1));
        }
        while (total > wantedE4) {
            int i = largest(month, 1);
            if (i < 0) {
                int drop = spare(month);
                if (drop < 0) throw new IllegalStateException("cannot fit a planted dealer's month: one unit in each county is too much");
                total -= month.remove(drop).amountE4();
                continue;
            }
            total -= month.get(i).unitPriceE4();
            month.set(i, month.get(i).withQty(month.get(i).qty() - 1));
        }
    }

    /** The last line whose county has another line, or -1. */
    private static int spare(List<SaleRecord> lines) {
        java.util.Map<String, Integer> perCounty = new java.util.HashMap<>();
        for (SaleRecord r : lines) perCounty.merge(r.county().code(), 1, Integer::sum);
        for (int i = lines.size() - 1; i >= 0; i--) if (perCounty.get(lines.get(i).county().code()) > 1) return i;
        return -1;
    }

    /** The line with the most units above {@code floor} (the first on a tie), or -1. */
    private static int largest(List<SaleRecord> lines, int floor) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).qty() > floor && (at < 0 || lines.get(i).qty() > lines.get(at).qty())) at = i;
        }
        return at;
    }

    private static SaleRecord row(Dealer d, City city, YearMonth m, Product p, int qty, SplittableRandom rng, County county) {
        long unit = Money.e4OfWholeYuan(Math.round(Money.yuan(p.listPriceE4()) * (0.93 + 0.04 * rng.nextDouble())));
        return new SaleRecord(Channel.DEALER, null, 1, m.atEndOfMonth().atTime(LocalTime.MIDNIGHT), null, d.code(),
                city.provinceCode(), city.name(), p, qty, unit, unit * qty, null, null, null, null, SaleStatus.PAID, county);
    }

    /** Dealers carry phones and tablets launched before the month began. */
    List<Product> range(YearMonth m) {
        LocalDate mid = m.atDay(15);
        return catalogue.products().stream()
                .filter(p -> !p.category().equals(Catalogue.WEARABLE))
                .filter(p -> p.launch().isBefore(m.atDay(1)) && p.onSale(mid))
                .toList();
    }

    private static double[] shares(List<Product> range, YearMonth m) {
        double[] w = new double[range.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            Product p = range.get(i);
            w[i] = p.popularity() * p.lifeCycle(m.atDay(15)) * Demand.affinity(p, Channel.DEALER);
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) w[i] /= sum;
        return w;
    }

    private static double monthFactor(YearMonth m) {
        double sum = 0;
        for (int d = 1; d <= m.lengthOfMonth(); d++) sum += Seasonality.factor(Channel.DEALER, m.atDay(d));
        return sum / m.lengthOfMonth();
    }
}
