package org.salestrack.sample;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.salestrack.model.Province;
import org.salestrack.model.SaleStatus;

/**
 * Plants the order-level problems: the night-time burst on Tmall, the store spike, the IMEI sold
 * twice, the broken IMEIs and the IMEI bound to two waybills. Counts are fixed by construction.
 */
final class SalePlants {
    static final LocalDate NIGHT_DAY = LocalDate.of(2025, 3, 12);
    static final int NIGHT_ORDERS = 12;
    static final int NIGHT_ORDERS_BY_ONE_BUYER = 8;
    static final LocalDate SPIKE_DAY = LocalDate.of(2025, 4, 16);
    static final int SPIKE_EXTRA_UNITS = 45;
    static final int IMEI_DUPLICATES = 3;
    static final int IMEI_INVALID = 4;
    static final int IMEI_TWO_WAYBILLS = 2;

    private final SplittableRandom rng;

    SalePlants(long seed) { this.rng = new SplittableRandom(seed); }

    /** Twelve Tmall orders between 02:00 and 05:00, eight of them by one buyer at one address. */
    void nightBurst(List<SaleRecord> tmall, Geography geo, Catalogue catalogue) {
        Product phone = catalogue.sku("XH-X6-256");
        Province p = geo.province("44");
        City city = geo.cities("44").get(1);
        Customer hoarder = new Customer(null, People.name(rng), People.phone(rng), p.code(), city.name(), People.address(city, rng));
        long unit = phone.listPriceE4() - Money.e4OfWholeYuan(200);
        for (int i = 0; i < NIGHT_ORDERS; i++) {
            Customer c = i < NIGHT_ORDERS_BY_ONE_BUYER ? hoarder : new Customer(null, People.name(rng), People.phone(rng),
                    p.code(), city.name(), People.address(city, rng));
            LocalDateTime at = NIGHT_DAY.atTime(LocalTime.of(2, 7).plusSeconds(i * 823L + rng.nextInt(300)));
            String orderId = "3" + "250312" + String.format("%04d%08d", 9000 + i, rng.nextInt(100_000_000));
            tmall.add(new SaleRecord(Channel.TMALL, orderId, 1, at, null, null, p.code(), city.name(), phone, 1, unit,
                    unit, c, null, null, null, SaleStatus.PAID, null));
        }
    }

    /** 45 extra units of one model rung up at one authorised store on a day no campaign covers. */
    Store storeSpike(List<SaleRecord> pos, Network network, Catalogue catalogue, Campaigns campaigns, Geography geo,
                     Imeis imeis) {
        Store store = network.stores().stream()
                .filter(s -> s.channel() == Channel.AUTHORISED && s.provinceCode().equals("41"))
                .findFirst().orElseThrow();
        if (campaigns.active(store.channel(), SPIKE_DAY, geo.province("41").salesRegion()) != null) {
            throw new IllegalStateException("the spike day must not be covered by a campaign");
        }
        Product p = catalogue.sku("CX-E40-128");
        long unit = p.listPriceE4() - Money.e4OfWholeYuan(100);
        for (int i = 0; i < SPIKE_EXTRA_UNITS; i++) {
            String receipt = store.code() + "-20250416-" + (901 + i / 5);
            LocalDateTime at = SPIKE_DAY.atTime(LocalTime.of(20, 40).plusMinutes(i / 5 * 6L).plusSeconds(i % 5));
            pos.add(new SaleRecord(Channel.AUTHORISED, receipt, 1 + i % 5, at, store.code(), store.dealerCode(),
                    store.provinceCode(), store.city().name(), p, 1, unit, unit, null, imeis.next(p), null, null,
                    SaleStatus.PAID, store.county()));
        }
        return store;
    }

    /**
     * At direct stores (so no dealer's sell-out changes): three phones sold a second time under the IMEI
     * of an earlier sale, two IMEIs with a wrong check digit, one with 14 and one with 16 digits.
     */
    void imeiProblems(List<SaleRecord> pos) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < pos.size(); i++) {
            SaleRecord r = pos.get(i);
            if (r.channel() == Channel.DIRECT && r.product().isPhone() && r.imei() != null) candidates.add(i);
        }
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < IMEI_DUPLICATES; k++) {
            int first = candidates.get(pickUnused(candidates.size() / 3, used, candidates));
            int second = candidates.get(candidates.size() / 2 + pickUnused(candidates.size() / 2, used,
                    candidates.subList(candidates.size() / 2, candidates.size())));
            used.add(first);
            used.add(second);
            pos.set(second, pos.get(second).withImei(pos.get(first).imei()));
        }
        for (int k = 0; k < IMEI_INVALID; k++) {
            int i = candidates.get(pickUnused(candidates.size(), used, candidates));
            used.add(i);
            String imei = pos.get(i).imei();
            String broken = switch (k) {
                case 0, 1 -> imei.substring(0, 14) + (char) ('0' + (imei.charAt(14) - '0' + 3 + k) % 10);
                case 2 -> imei.substring(0, 14);
                default -> imei + (k % 10);
            };
            pos.set(i, pos.get(i).withImei(broken));
        }
    }

    private int pickUnused(int bound, Set<Integer> used, List<Integer> among) {
        while (true) {
            int j = rng.nextInt(bound);
            if (!used.contains(among.get(j))) return j;
        }
    }

    /** Two mall orders whose phone line appears again as line 2 with the same IMEI and another waybill. */
    void imeiOnTwoWaybills(List<SaleRecord> mall) {
        List<Integer> singles = new ArrayList<>();
        for (int i = 0; i < mall.size(); i++) {
            SaleRecord r = mall.get(i);
            boolean alone = (i == 0 || !mall.get(i - 1).orderId().equals(r.orderId()))
                    && (i + 1 == mall.size() || !mall.get(i + 1).orderId().equals(r.orderId()));
            if (alone && r.imei() != null && r.status() == SaleStatus.PAID && r.soldAt().getYear() == 2025) singles.add(i);
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < IMEI_TWO_WAYBILLS) {
            int i = singles.get(rng.nextInt(singles.size()));
            if (!chosen.contains(i)) chosen.add(i);
        }
        chosen.sort(java.util.Comparator.reverseOrder());
        for (int i : chosen) {
            SaleRecord r = mall.get(i);
            mall.add(i + 1, r.withLineNo(2).withWaybill("SF" + (1_400_000_000_000L + rng.nextLong(599_999_999_999L))));
        }
    }
}
