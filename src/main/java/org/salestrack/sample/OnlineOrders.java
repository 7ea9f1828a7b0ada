package org.salestrack.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.salestrack.model.Province;
import org.salestrack.model.SaleStatus;

/** Simulates the orders of one online channel, day by day, with its own order-number scheme. */
final class OnlineOrders {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Channel channel;
    private final double ordersPerDay;
    private final Demand demand;
    private final Geography geo;
    private final Campaigns campaigns;
    private final SplittableRandom rng;
    private final List<Customer> regulars = new ArrayList<>();
    private long jdSequence;

    OnlineOrders(Channel channel, double ordersPerDay, Demand demand, Geography geo, Campaigns campaigns, long seed) {
        this.channel = channel;
        this.ordersPerDay = ordersPerDay;
        this.demand = demand;
        this.geo = geo;
        this.campaigns = campaigns;
        this.rng = new SplittableRandom(seed);
    }

    List<SaleRecord> simulate() {
        List<SaleRecord> out = new ArrayList<>();
        for (LocalDate day = Seasonality.FIRST_DAY; !day.isAfter(Seasonality.LAST_DAY); day = day.plusDays(1)) {
            Campaign national = campaigns.active(channel, day, "");
            double lambda = ordersPerDay * Seasonality.factor(channel, day) * (national == null ? 1 : national.uplift());
            int orders = Demand.poisson(lambda, rng);
            int[] seconds = new int[orders];
            for (int i = 0; i < orders; i++) seconds[i] = Demand.onlineSecondOfDay(rng);
            java.util.Arrays.sort(seconds);
            for (int i = 0; i < orders; i++) order(day, i, LocalDateTime.of(day, java.time.LocalTime.ofSecondOfDay(seconds[i])), out);
        }
        return out;
    }

    private void order(LocalDate day, int sequence, LocalDateTime at, List<SaleRecord> out) {
        Customer customer = customer();
        Campaign campaign = campaigns.active(channel, day, geo.province(customer.provinceCode()).salesRegion());
        double u = rng.nextDouble();
        int lines = u < 0.88 ? 1 : u < 0.98 ? 2 : 3;
        List<Product> basket = Demand.basket(demand.mix(channel, day), lines, rng);
        String orderId = orderId(day, sequence);
        double s = rng.nextDouble();
        SaleStatus status = channel == Channel.JD || s >= 0.015 ? SaleStatus.PAID
                : s < 0.01 ? SaleStatus.REFUNDED : SaleStatus.CANCELLED;
        String waybill = channel == Channel.MALL ? "SF" + (1_400_000_000_000L + rng.nextLong(599_999_999_999L)) : null;
        int lineNo = 1;
        for (Product p : basket) {
            // the mall binds one IMEI to each line, so devices with an IMEI go one per line
            int qty = channel == Channel.MALL && p.hasImei() ? 1 : Demand.quantity(p, rng);
            long unit = Demand.unitPriceE4(p, day, campaign, rng, true);
            out.add(new SaleRecord(channel, orderId, lineNo++, at, null, null, customer.provinceCode(), customer.city(),
                    p, qty, unit, unit * qty, customer, null, waybill, campaign == null ? null : campaign.code(), status, null));
        }
    }

    private Customer customer() {
        if (!regulars.isEmpty() && rng.nextDouble() < (channel == Channel.MALL ? 0.45 : 0.12)) {
            return regulars.get(rng.nextInt(regulars.size()));
        }
        Province p = geo.pickProvince(rng);
        City city = geo.pickCity(p.code(), rng);
        String member = channel == Channel.MALL ? String.format("M%08d", 10_000_000 + regulars.size() * 7 + rng.nextInt(7)) : null;
        Customer c = new Customer(member, People.name(rng), People.phone(rng), p.code(), city.name(), People.address(city, rng));
        regulars.add(c);
        return c;
    }

    private String orderId(LocalDate day, int sequence) {
        return switch (channel) {
            case TMALL -> "3" + day.format(YYMMDD) + String.format("%04d%08d", sequence, rng.nextInt(100_000_000));
            case JD -> String.valueOf(280_000_000_000L + (jdSequence++) * 53 + rng.nextInt(53));
            case MALL -> "GM" + day.format(YYYYMMDD) + String.format("%05d", sequence);
            case DOUYIN -> "69" + day.format(YYMMDD) + String.format("%04d%07d", sequence, rng.nextInt(10_000_000));
            default -> throw new IllegalStateException(channel + " is not an online channel");
        };
    }
}
