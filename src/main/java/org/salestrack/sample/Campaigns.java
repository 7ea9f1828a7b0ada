package org.salestrack.sample;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The 2024-2025 campaign calendar: festivals, 618, Double 11, launches, regional offers, live streams. */
public final class Campaigns {
    private static final Set<Channel> ONLINE = EnumSet.of(Channel.MALL, Channel.TMALL, Channel.JD, Channel.DOUYIN);
    private static final Set<Channel> STORES = EnumSet.of(Channel.DIRECT, Channel.AUTHORISED, Channel.CARRIER);
    private static final Set<Channel> ALL = EnumSet.of(Channel.MALL, Channel.TMALL, Channel.JD, Channel.DOUYIN,
            Channel.DIRECT, Channel.AUTHORISED, Channel.CARRIER);

    private final List<Campaign> list;

    private Campaigns(List<Campaign> list) { this.list = List.copyOf(list); }

    public List<Campaign> all() { return list; }

    /** The campaign that applies to a sale, the strongest when several overlap; null when none. */
    public Campaign active(Channel channel, LocalDate day, String salesRegion) {
        Campaign best = null;
        for (Campaign c : list) {
            if (c.covers(channel, day, salesRegion) && (best == null || c.uplift() > best.uplift())) best = c;
        }
        return best;
    }

    public static Campaigns standard() {
        List<Campaign> l = new ArrayList<>();
        for (int year : new int[] {2024, 2025}) {
            String y = String.valueOf(year % 100);
            LocalDate cny = Seasonality.springFestival(year);
            l.add(c("CNY" + y, year + " 年货节", "春节", cny.minusDays(20), cny.minusDays(1), ALL, "直降", 3_200_000, 1.25, 0.05));
            l.add(c("618-" + y, year + " 618 狂欢", "618", LocalDate.of(year, 5, 30), LocalDate.of(year, 6, 18), ONLINE,
                    "满减", 6_500_000, 1.7, 0.08));
            l.add(c("BTS" + y, year + " 开学季", "开学季", LocalDate.of(year, 8, 20), LocalDate.of(year, 9, 10), ONLINE,
                    "学生优惠", 1_500_000, 1.2, 0.04));
            l.add(c("NATL" + y, year + " 国庆黄金周", "国庆", LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 7), STORES,
                    "以旧换新", 1_800_000, 1.25, 0.05));
            l.add(c("D11-" + y, year + " 双11 全球狂欢", "双11", LocalDate.of(year, 10, year == 2024 ? 31 : 20),
                    LocalDate.of(year, 11, 11), ONLINE, "满减", 8_000_000, 1.8, 0.10));
            l.add(c("D12-" + y, year + " 双12", "双12", LocalDate.of(year, 12, 10), LocalDate.of(year, 12, 12), ONLINE,
                    "直降", 900_000, 1.3, 0.05));
            for (int m = 1; m <= 12; m++) {
                LocalDate day = YearMonth.of(year, m).atDay(15);
                l.add(c(String.format("DY-%d%02d", year % 100, m), year + "年" + m + "月 品牌直播日", "直播", day, day.plusDays(1),
                        EnumSet.of(Channel.DOUYIN), "直播专场", 180_000, 1.9, 0.06));
            }
        }
        l.add(c("LN-E30", "畅享 E30 新品首发", "新品", LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 24), ALL, "新品首发", 1_200_000, 1.1, 0));
        l.add(c("LN-X6", "星河 X6 系列新品首发", "新品", LocalDate.of(2024, 9, 25), LocalDate.of(2024, 10, 8), ALL, "新品首发", 4_500_000, 1.2, 0));
        l.add(c("LN-E40", "畅享 E40 新品首发", "新品", LocalDate.of(2025, 2, 25), LocalDate.of(2025, 3, 9), ALL, "新品首发", 1_300_000, 1.1, 0));
        l.add(c("LN-X7", "星河 X7 系列新品首发", "新品", LocalDate.of(2025, 9, 24), LocalDate.of(2025, 10, 7), ALL, "新品首发", 5_000_000, 1.2, 0));
        l.add(new Campaign("SUM-HN24", "2024 华南夏日换新季", "以旧换新", LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 31),
                STORES, "华南", "以旧换新", Money.e4OfWholeYuan(600_000), 1.3, 0.05));
        l.add(new Campaign("SUM-HD25", "2025 华东夏日换新季", "以旧换新", LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 25),
                STORES, "华东", "以旧换新", Money.e4OfWholeYuan(800_000), 1.3, 0.05));
        return new Campaigns(l);
    }

    private static Campaign c(String code, String name, String tag, LocalDate starts, LocalDate ends, Set<Channel> channels,
                              String promo, long budgetYuan, double uplift, double discount) {
        return new Campaign(code, name, tag, starts, ends, Set.copyOf(channels), Campaign.NATIONWIDE, promo,
                Money.e4OfWholeYuan(budgetYuan), uplift, discount);
    }
}
