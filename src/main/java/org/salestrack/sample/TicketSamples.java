package org.salestrack.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * After-sales service tickets opened at the stores: repairs, returns, questions and complaints, most
 * resolved within a day or two. Planted: the tickets of {@link #slowDealer} stay open for days (three to
 * eleven), and some of them are still open when the export is taken.
 */
final class TicketSamples {
    /** One ticket as the generator knows it; {@code resolvedAt} null while it is open. */
    record Ticket(String ticketId, LocalDateTime openedAt, LocalDateTime resolvedAt, Store store, Product product,
                  String category, String text) {}

    static final LocalDateTime EXPORTED_AT = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final List<String> QUESTIONS = List.of("咨询以旧换新政策和补贴金额", "咨询保修期限和保修范围", "咨询数据迁移方法",
            "咨询分期付款和发票开具");

    private final Random rng;

    TicketSamples(long seed) { this.rng = new Random(seed); }

    /** The dealer whose stores' tickets stay open for days: the one with the most stores (first by code on a tie). */
    static String slowDealer(Network network) {
        Map<String, Integer> stores = new TreeMap<>();
        for (Store s : network.stores()) if (s.dealerCode() != null) stores.merge(s.dealerCode(), 1, Integer::sum);
        return stores.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    List<Ticket> simulate(Network network, Catalogue catalogue) {
        String slow = slowDealer(network);
        List<Store> stores = network.stores();
        List<Ticket> out = new ArrayList<>();
        int n = 0;
        for (LocalDate day = Seasonality.FIRST_DAY; !day.isAfter(Seasonality.LAST_DAY); day = day.plusDays(1)) {
            LocalDate today = day;
            List<Product> onSale = catalogue.products().stream().filter(p -> p.onSale(today)).toList();
            int count = rng.nextInt(4);
            for (int k = 0; k < count; k++) {
                Store store = stores.get(rng.nextInt(stores.size()));
                Product product = onSale.get(rng.nextInt(onSale.size()));
                LocalDateTime opened = day.atTime(9 + rng.nextInt(12), rng.nextInt(60), rng.nextInt(60));
                boolean slowOne = slow.equals(store.dealerCode());
                double hours = slowOne ? 72 + rng.nextDouble() * 192 : Math.exp(Math.log(16) + 0.75 * rng.nextGaussian());
                LocalDateTime resolved = opened.plusMinutes(Math.round(hours * 60));
                if (resolved.isAfter(EXPORTED_AT) || (slowOne && rng.nextDouble() < 0.12)) resolved = null;
                String[] what = what(product);
                out.add(new Ticket(String.format("GD%s%04d", day.toString().replace("-", ""), ++n), opened, resolved, store,
                        product, what[0], what[1]));
            }
        }
        out.sort(Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::ticketId));
        return out;
    }

    private String[] what(Product product) {
        double u = rng.nextDouble();
        List<String> aspects = FeedbackPhrases.aspectsOf(product);
        if (u < 0.5) return new String[] {"维修", "顾客反映" + FeedbackPhrases.complaint(FeedbackPhrases.pick(aspects, rng), rng) + "，申请检测维修"};
        if (u < 0.7) return new String[] {"退换货", "七天内" + FeedbackPhrases.complaint(FeedbackPhrases.pick(aspects, rng), rng) + "，要求换货"};
        if (u < 0.85) return new String[] {"咨询", FeedbackPhrases.pick(QUESTIONS, rng)};
        return new String[] {"投诉", "顾客投诉" + FeedbackPhrases.complaint("service", rng)};
    }
}
