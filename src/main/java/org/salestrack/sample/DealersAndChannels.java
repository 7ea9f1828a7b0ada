package org.salestrack.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Counties;
import org.salestrack.model.SaleStatus;

/**
 * The channel mix and the planted dealer grades as the generation wrote them (paid lines, each once), for
 * samples/README.md and the tests.
 *
 * @param onlineUnits paid units of the online channels; {@code offlineUnits} of stores and dealers
 * @param o2oOrders official-mall orders picked up at a store (paid lines' orders), with their units and revenue
 * @param both customers seen in both channel types (the importer's pseudonym: member id, else phone), then online only and
 *             offline only: count, spend (e4), repeaters (bought on more than one day)
 */
public record DealersAndChannels(long onlineUnits, long onlineE4, long offlineUnits, long offlineE4, long o2oOrders, long o2oUnits,
                                 long o2oE4, long[] both, long[] onlineOnly, long[] offlineOnly, List<PlantedGrade> grades) {

    public double onlineUnitShare() { return (double) onlineUnits / (onlineUnits + offlineUnits); }

    /** Offline ASP over online ASP, minus one. */
    public double aspGap() { return ((double) offlineE4 * onlineUnits) / ((double) onlineE4 * offlineUnits) - 1; }

    static DealersAndChannels of(List<SaleRecord> everything, List<SaleRecord> dealerRows, Network network, Map<String, Long> plantedTargets) {
        long[] u = new long[4];
        Set<String> o2o = new HashSet<>();
        long o2oUnits = 0;
        long o2oE4 = 0;
        Map<String, long[]> shoppers = new HashMap<>();
        Map<String, Set<java.time.LocalDate>> days = new HashMap<>();
        for (SaleRecord r : everything) {
            if (r.status() != SaleStatus.PAID) continue;
            int at = r.channel().online() ? 0 : 2;
            u[at] += r.qty();
            u[at + 1] += r.amountE4();
            if (r.channel() == Channel.MALL && MallJsonWriter.pickup(r)) {
                o2o.add(r.orderId());
                o2oUnits += r.qty();
                o2oE4 += r.amountE4();
            }
            Customer c = r.customer();
            if (c == null) continue;
            String key = c.memberId() != null ? "id:" + c.memberId() : c.phone() != null ? "phone:" + c.phone() : null;
            if (key == null) continue;
            long[] s = shoppers.computeIfAbsent(key, k -> new long[2]);
            s[0] |= r.channel().online() ? 1 : 2;
            s[1] += r.amountE4();
            days.computeIfAbsent(key, k -> new HashSet<>()).add(r.soldAt().toLocalDate());
        }
        long[][] g = new long[4][3];
        shoppers.forEach((k, s) -> {
            long[] acc = g[(int) s[0]];
            acc[0]++;
            acc[1] += s[1];
            if (days.get(k).size() > 1) acc[2]++;
        });
        return new DealersAndChannels(u[0], u[1], u[2], u[3], o2o.size(), o2oUnits, o2oE4, g[3], g[1], g[2],
                grades(dealerRows, network, plantedTargets));
    }

    private static List<PlantedGrade> grades(List<SaleRecord> dealerRows, Network network, Map<String, Long> plantedTargets) {
        List<PlantedGrade> out = new ArrayList<>();
        for (GradePlants p : GradePlants.ALL) {
            long now = 0;
            long before = 0;
            Set<String> covered = new HashSet<>();
            for (SaleRecord r : dealerRows) {
                if (!r.dealerCode().equals(p.code())) continue;
                if (GradePlants.QUARTER.contains(r.month())) {
                    now += r.amountE4();
                    covered.add(r.county().code());
                }
                if (GradePlants.QUARTER.contains(r.month().plusYears(1))) before += r.amountE4();
            }
            double nps = GradePlants.QUARTER.stream().mapToInt(p::npsOf).average().orElseThrow();
            Dealer d = network.dealer(p.code());
            out.add(new PlantedGrade(p.code(), p.grade(), p.role(), now, before, nps, p.resolved48h() / 100, covered.size(),
                    Counties.get().ofProvince(d.provinceCode()).size(), plantedTargets.get(p.code())));
        }
        return out;
    }

    String readme() {
        StringBuilder b = new StringBuilder("\n\n## Channel mix\n\n");
        b.append(String.format(Locale.ROOT, "Paid lines, each once. Online (天猫, 京东, 官方商城, 抖音) sold %d units for CNY %s, "
                        + "offline (stores and dealers) %d units for CNY %s: online is **%.1f%% of units**. ASP online CNY %s, offline "
                        + "CNY %s: offline ASP is **%.1f%% above online**.%n%n",
                onlineUnits, Formats.grouped(onlineE4), offlineUnits, Formats.grouped(offlineE4), 100 * onlineUnitShare(),
                Formats.grouped(onlineE4 / onlineUnits), Formats.grouped(offlineE4 / offlineUnits), 100 * aspGap()));
        b.append(String.format(Locale.ROOT, "O2O: %d official-mall orders (%d units, CNY %s) are picked up at a store "
                + "(`delivery` = 到店自提, the `pickup` field). %d%% of the store receipts that name a member are made by a Tmall buyer of "
                + "the store's province (same name and phone), so customers are seen in both channel types:%n%n",
                o2oOrders, o2oUnits, Formats.grouped(o2oE4), Math.round(CrossChannelShoppers.SHARE * 100)));
        b.append("| customers | count | mean spend (CNY) | bought on more than one day |\n|---|---:|---:|---:|\n");
        row(b, "online and offline", both);
        row(b, "online only", onlineOnly);
        row(b, "offline only", offlineOnly);
        b.append("\nCustomers are told apart as the importer does: the mall's member id, else the phone (Tmall buyers, store members); "
                + "JD and Douyin lines name no customer.\n");
        b.append("\n\n## Planted dealer grades (2025-Q4, default rules)\n\n");
        b.append("`dealers --period 2025-Q4` grades these dealers as below. Each supplies no store, so its sell-out is its own "
                + "sell-through sheet, its service its rows of `plans/dealer-service.csv`, and its coverage the counties (销售区县) of "
                + "its sheet: the share of all the counties of its registered province (GB/T 2260, `reference/counties.csv`). "
                + "Annualised sales are the quarter's x 4.\n\n");
        b.append("| dealer | grade | planted | sales 2025-Q4 (CNY) | annualised | growth on 2024-Q4 | NPS | resolved 48 h | counties covered |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (PlantedGrade g : grades) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f%% | %.2f | %.1f%% | %d of %d |%n", g.dealer(), g.grade(), g.role(),
                    Formats.grouped(g.q4SalesE4()), Formats.grouped(g.annualisedE4()), 100 * g.growth(), g.nps(), 100 * g.resolved48h(),
                    g.covered(), g.territory()));
        }
        for (PlantedGrade g : grades) {
            if (g.targetE4() == null) continue;
            long excess = g.q4SalesE4() - g.targetE4();
            b.append(String.format(Locale.ROOT, "%n%s's 2025-Q4 target is CNY %s: it sold **CNY %s above target**, which earns 8%% of "
                            + "that excess, CNY %s, on top of its base rebate (5%% for A).%n", g.dealer(), Formats.grouped(g.targetE4()),
                    Formats.grouped(excess), Formats.grouped(java.math.BigDecimal.valueOf(excess).multiply(new java.math.BigDecimal("0.08"))
                            .setScale(-2, java.math.RoundingMode.HALF_UP).longValueExact())));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, long[] g) {
        b.append("| ").append(name).append(" | ").append(g[0]).append(" | ").append(Formats.grouped(g[0] == 0 ? 0 : g[1] / g[0]))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f%%", g[0] == 0 ? 0 : 100.0 * g[2] / g[0])).append(" |\n");
    }
}
