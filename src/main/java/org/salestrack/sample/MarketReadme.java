package org.salestrack.sample;

import java.util.Locale;

/** The market section of samples/README.md: what the panel covers and the effects planted in it. */
final class MarketReadme {
    private MarketReadme() {}

    static String text(MarketPlants m) {
        return String.format(Locale.ROOT, """

                ## Market panel, competitor events and policy (samples/market/)

                `market/panel-2024-2025.xlsx` is the kind of panel research firms sell: for each month of 2024-2025, each \
                of the %d mainland provinces (not Taiwan, Hong Kong or Macao) and the categories %s and %s (not wearables), \
                units and value by brand (%s, which is us, and %s) and price band (phones: 0-2999, 3000-5999, 6000+ yuan by list price; tablets 全部, no bands). \
                **Our rows are the sample's own sell-out**: the paid lines of every channel in that \
                province, month, category and band, each line once (%d units in all), so the panel and the sales files \
                agree; the workspace's counted units are lower only by the lines that data-quality errors hold \
                (the planted problems above). A slice the panel does not cover (wearables, Taiwan, Hong Kong, Macao, \
                a channel, a city, a series or a model) has no share. The other brands follow each category's national \
                season at a level set by a baseline share of ours drawn for each province.

                Planted effects, to be recovered by `market --events` and the Market screen:
                - **Competitor price cut**: %s cut %s from ¥4,999 to ¥3,999 on %s in 广东, 广西, 福建 and 海南 \
                (`market/competitor-events.csv`). From that day its units in the 3000-5999 band of phones in those provinces \
                are %.1fx what they would have been. Its true effect on our unit share of phones in those provinces, the \
                three months after the cut's month against the three months before it, weighted by each province's phone \
                market in the months before, is **%.2f percentage points**. The comparison provinces are the covered \
                ones without an event of their own in those months (四川 and 重庆 had 云帆's cut in March).
                - The other three events (青鸟's nationwide launch, 远峰's promotion in 浙江/江苏/上海, 云帆's cut in \
                四川/重庆) have **no effect planted**: their estimates should include zero; a nationwide event has \
                no comparison provinces and gets no estimate.
                - **Subsidy**: `market/policies.csv` holds %s, nationwide, 2025-01-20 to 2025-12-31: 15%% of the price \
                up to ¥500 for phones under ¥6,000. While it runs, the other brands' phone units in the eligible \
                bands (0-2999 and 3000-5999) are **+%.0f%%** of what they would have been (January in proportion to its \
                days); the 6000+ band is not. Our own units are the sales files' and carry no planted effect.
                """, m.provinces().size(), m.categories().get(0), m.categories().get(1), m.ownBrand(),
                String.join(", ", m.competitors()), m.ownUnitsInPanel(), m.cutBrand(), m.cutModel(), m.cutDate(),
                1 + m.cutUplift(), m.cutShareEffectPp(), m.subsidyName(), 100 * m.subsidyUplift());
    }
}
