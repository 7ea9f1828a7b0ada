package org.salestrack.sample;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What gets bought where and at what price: SKU mix by channel and life cycle, unit prices, and the
 * random draws (Poisson counts, order times) the channel simulators share.
 */
final class Demand {
    /** Shop hours of the POS stores. */
    static final int STORE_OPENS = 10;
    static final int STORE_CLOSES = 22;
    /** No sale is cheaper than this share of list price (dealer retail and planted lines included). */
    static final double LOWEST_PRICE_SHARE = 0.85;
    /** Online orders never fall in [02:00, 05:00): those hours belong to the planted night burst alone. */
    private static final double[] ONLINE_HOURS = {2.2, 1.0, 0, 0, 0, 0.4, 0.8, 1.8, 3.2, 4.2, 4.6, 4.8, 5.2, 4.4,
        4.2, 4.3, 4.4, 4.6, 4.8, 5.6, 6.8, 7.6, 7.4, 4.6};

    private final Catalogue catalogue;
    private final Map<Channel, Map<LocalDate, WeightedPicker<Product>>> pickers = new EnumMap<>(Channel.class);

    Demand(Catalogue catalogue) { this.catalogue = catalogue; }

    Catalogue catalogue() { return catalogue; }

    /** Products on sale on a day, drawn in proportion to popularity, life cycle and channel fit. */
    WeightedPicker<Product> mix(Channel channel, LocalDate day) {
        return pickers.computeIfAbsent(channel, c -> new HashMap<>()).computeIfAbsent(day, d -> new WeightedPicker<>(
                catalogue.products(), p -> p.popularity() * p.lifeCycle(d) * affinity(p, channel)));
    }

    static double affinity(Product p, Channel channel) {
        return switch (p.series()) {
            case "星河" -> pick(channel, 1.2, 1.3, 1.3, 0.8, 1.5, 1.0, 0.8, 0.8);
            case "星河折叠" -> pick(channel, 1.0, 1.2, 1.5, 0.5, 2.0, 0.8, 0.4, 0.5);
            case "青春" -> pick(channel, 1.3, 1.0, 0.8, 1.6, 0.8, 1.0, 1.0, 1.0);
            case "畅享" -> pick(channel, 0.8, 0.8, 0.5, 1.2, 0.5, 1.2, 1.8, 1.6);
            default -> p.category().equals(Catalogue.TABLET)
                    ? pick(channel, 1.2, 1.2, 1.2, 0.9, 0.8, 0.8, 0.3, 0.6)
                    : pick(channel, 1.3, 1.2, 1.1, 1.5, 0.8, 0.8, 0.4, 0.5);
        };
    }

    private static double pick(Channel c, double tmall, double jd, double mall, double douyin, double direct,
                               double authorised, double carrier, double dealer) {
        return switch (c) {
            case TMALL -> tmall;
            case JD -> jd;
            case MALL -> mall;
            case DOUYIN -> douyin;
            case DIRECT -> direct;
            case AUTHORISED -> authorised;
            case CARRIER -> carrier;
            case DEALER -> dealer;
        };
    }

    /**
     * Unit price in whole yuan: list price less the life-cycle markdown, the campaign's discount and a
     * small coupon; never below {@link #LOWEST_PRICE_SHARE} of list, so no line is a price outlier.
     */
    static long unitPriceE4(Product p, LocalDate day, Campaign campaign, SplittableRandom rng, boolean coupons) {
        double cut = p.lifeCycleDiscount(day) + (campaign == null ? 0 : campaign.discount())
                + (coupons ? 0.03 * rng.nextDouble() : 0);
        double factor = Math.max(LOWEST_PRICE_SHARE, 1.0 - cut);
        long yuan = (long) Math.ceil(Money.yuan(p.listPriceE4()) * factor - 1e-9);
        return Money.e4OfWholeYuan(yuan);
    }

    static int poisson(double lambda, SplittableRandom rng) {
        if (lambda <= 0) return 0;
        if (lambda > 40) {
            double g = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * g));
        }
        double limit = Math.exp(-lambda);
        double prod = rng.nextDouble();
        int n = 0;
        while (prod > limit) {
            prod *= rng.nextDouble();
            n++;
        }
        return n;
    }

    static int onlineSecondOfDay(SplittableRandom rng) {
        double total = 0;
        for (double w : ONLINE_HOURS) total += w;
        double u = rng.nextDouble() * total;
        int hour = 0;
        while (u >= ONLINE_HOURS[hour] || ONLINE_HOURS[hour] == 0) {
            u -= ONLINE_HOURS[hour];
            hour++;
            if (hour == 23) break;
        }
        return hour * 3600 + rng.nextInt(3600);
    }

    static int storeSecondOfDay(SplittableRandom rng) {
        return STORE_OPENS * 3600 + rng.nextInt((STORE_CLOSES - STORE_OPENS) * 3600);
    }

    static int quantity(Product p, SplittableRandom rng) {
        if (p.category().equals(Catalogue.WEARABLE)) return rng.nextDouble() < 0.85 ? 1 : 2;
        return rng.nextDouble() < 0.96 ? 1 : 2;
    }

    /** Distinct products for an order of {@code lines} lines. */
    static List<Product> basket(WeightedPicker<Product> mix, int lines, SplittableRandom rng) {
        Product first = mix.pick(rng);
        if (lines == 1) return List.of(first);
        java.util.LinkedHashSet<Product> set = new java.util.LinkedHashSet<>();
        set.add(first);
        for (int tries = 0; set.size() < lines && tries < 10; tries++) set.add(mix.pick(rng));
        return List.copyOf(set);
    }
}
