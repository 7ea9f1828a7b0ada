package org.salestrack.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.salestrack.model.SaleStatus;

/**
 * Simulates POS receipts for every store, day by day. A guard keeps natural store days quiet so the
 * planted spike is the only one: a day never exceeds {@link #NATURAL_DAY_CAP} units unless that stays
 * within {@link #NATURAL_RATIO} times the store's trailing 28-day mean.
 */
final class StoreSales {
    static final int NATURAL_DAY_CAP = 9;
    static final double NATURAL_RATIO = 2.5;
    static final int TRAILING_DAYS = 28;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Network network;
    private final Geography geo;
    private final Demand demand;
    private final Campaigns campaigns;
    private final double receiptsPerDay;
    private final SplittableRandom rng;

    StoreSales(Network network, Geography geo, Demand demand, Campaigns campaigns, double receiptsPerDay, long seed) {
        this.network = network;
        this.geo = geo;
        this.demand = demand;
        this.campaigns = campaigns;
        this.receiptsPerDay = receiptsPerDay;
        this.rng = new SplittableRandom(seed);
    }

    List<SaleRecord> simulate() {
        double totalSize = network.stores().stream().mapToDouble(Store::size).sum();
        List<SaleRecord> out = new ArrayList<>();
        int days = (int) (Seasonality.LAST_DAY.toEpochDay() - Seasonality.FIRST_DAY.toEpochDay() + 1);
        for (Store store : network.stores()) {
            String region = geo.province(store.provinceCode()).salesRegion();
            int[] units = new int[days];
            for (int d = 0; d < days; d++) {
                LocalDate day = Seasonality.FIRST_DAY.plusDays(d);
                Campaign campaign = campaigns.active(store.channel(), day, region);
                double lambda = receiptsPerDay * store.size() / totalSize * Seasonality.factor(store.channel(), day)
                        * (campaign == null ? 1 : campaign.uplift());
                List<SaleRecord> receipts = dayOfReceipts(store, day, campaign, Demand.poisson(lambda, rng));
                int cap = cap(units, d);
                int sold = 0;
                for (SaleRecord r : receipts) {
                    if (sold + r.qty() > cap) break;
                    sold += r.qty();
                    out.add(r);
                }
                units[d] = sold;
            }
        }
        return out;
    }

    /** The most units a natural day may have given the days before it. */
    static int cap(int[] units, int day) {
        int from = Math.max(0, day - TRAILING_DAYS);
        if (day - from < 7) return NATURAL_DAY_CAP;
        double mean = Arrays.stream(units, from, day).sum() / (double) TRAILING_DAYS;
        return Math.max(NATURAL_DAY_CAP, (int) Math.floor(NATURAL_RATIO * mean));
    }

    private List<SaleRecord> dayOfReceipts(Store store, LocalDate day, Campaign campaign, int count) {
        int[] seconds = new int[count];
        for (int i = 0; i < count; i++) seconds[i] = Demand.storeSecondOfDay(rng);
        Arrays.sort(seconds);
        List<SaleRecord> out = new ArrayList<>();
        WeightedPicker<Product> mix = demand.mix(store.channel(), day);
        if (mix.isEmpty()) return out;
        for (int i = 0; i < count; i++) {
            LocalDateTime at = LocalDateTime.of(day, LocalTime.ofSecondOfDay(seconds[i]));
            String receipt = store.code() + "-" + day.format(YYYYMMDD) + "-" + String.format("%03d", i + 1);
            Customer member = rng.nextDouble() < 0.4
                    ? new Customer(null, People.name(rng), People.phone(rng), store.provinceCode(), store.city().name(), null)
                    : null;
            int lineNo = 1;
            for (Product p : Demand.basket(mix, rng.nextDouble() < 0.9 ? 1 : 2, rng)) {
                int qty = p.hasImei() ? 1 : Demand.quantity(p, rng);
                long unit = Demand.unitPriceE4(p, day, campaign, rng, false);
                out.add(new SaleRecord(store.channel(), receipt, lineNo++, at, store.code(), store.dealerCode(),
                        store.provinceCode(), store.city().name(), p, qty, unit, unit * qty, member, null, null,
                        campaign == null ? null : campaign.code(), SaleStatus.PAID, store.county()));
            }
        }
        return out;
    }
}
