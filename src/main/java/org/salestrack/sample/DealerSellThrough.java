package org.salestrack.sample;

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
 * the month's last day. A dealer takes a model only from the month after its launch.
 */
final class DealerSellThrough {
    static final YearMonth FIRST_MONTH = YearMonth.from(Seasonality.FIRST_DAY);
    static final YearMonth LAST_MONTH = YearMonth.from(Seasonality.LAST_DAY);

    private final Network network;
    private final Catalogue catalogue;
    private final double unitsPerSizePerMonth;
    private final SplittableRandom rng;

    DealerSellThrough(Network network, Catalogue catalogue, double unitsPerSizePerMonth, long seed) {
        this.network = network;
        this.catalogue = catalogue;
        this.unitsPerSizePerMonth = unitsPerSizePerMonth;
        this.rng = new SplittableRandom(seed);
    }

    List<SaleRecord> simulate() {
        List<SaleRecord> out = new ArrayList<>();
        for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_MONTH); m = m.plusMonths(1)) {
            List<Product> range = range(m);
            double season = monthFactor(m);
            double[] share = shares(range, m);
            for (Dealer d : network.dealers()) {
                double cityTotal = d.cities().stream().mapToDouble(City::weight).sum();
                for (City city : d.cities()) {
                    double lambda = d.size() * unitsPerSizePerMonth * season * city.weight() / cityTotal;
                    for (int i = 0; i < range.size(); i++) {
                        int qty = Demand.poisson(lambda * share[i], rng);
                        if (qty > 0) out.add(row(d, city, m, range.get(i), qty));
                    }
                }
            }
        }
        return out;
    }

    SaleRecord row(Dealer d, City city, YearMonth m, Product p, int qty) {
        long unit = Money.e4OfWholeYuan(Math.round(Money.yuan(p.listPriceE4()) * (0.93 + 0.04 * rng.nextDouble())));
        return new SaleRecord(Channel.DEALER, null, 1, m.atEndOfMonth().atTime(LocalTime.MIDNIGHT), null, d.code(),
                city.provinceCode(), city.name(), p, qty, unit, unit * qty, null, null, null, null, SaleStatus.PAID);
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
