package org.salestrack.ui;

import java.util.Map;
import java.util.Optional;

/**
 * English for the generic Chinese retail terms that arrive as data: channel and store types (直营店, 经销商分销)
 * and promotion types (直降, 满减). They are vocabulary, not names, so the English UI shows them in English;
 * brand, store and product names stay as their source wrote them. The Chinese UI always shows the data.
 */
public final class DataTerms {
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            // channel and store types as the shipped profiles and the POS files name them (platform brands such as 天猫 keep their names)
            Map.entry("官方商城", "Official store"),
            Map.entry("直营店", "Direct store"), Map.entry("授权店", "Authorised store"), Map.entry("运营商厅", "Carrier shop"),
            Map.entry("经销商分销", "Dealer distribution"),
            // promotion types of the campaign files
            Map.entry("直降", "Price cut"), Map.entry("满减", "Spend-and-save"), Map.entry("以旧换新", "Trade-in"),
            Map.entry("学生优惠", "Student discount"), Map.entry("新品首发", "Product launch"), Map.entry("直播专场", "Live-stream special"),
            Map.entry("赠品", "Free gift"), Map.entry("分期免息", "Interest-free instalments"));

    private DataTerms() {}

    public static Optional<String> english(String term) { return Optional.ofNullable(term == null ? null : ENGLISH.get(term.strip())); }

    /** The term in the reader's language: English where known in the English UI, else as written. */
    public static String shown(String term, I18n i18n) {
        return i18n.chinese() || term == null ? term : english(term).orElse(term);
    }
}
