package org.salestrack.sample;

import org.salestrack.model.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.salestrack.model.SaleStatus;

/**
 * The marketing team's files: the campaign calendar, daily spend per channel (always-on and per
 * campaign) with impressions and clicks, and customer journeys of mall members, the converting ones
 * ending in a real mall order id.
 */
final class MarketingWriter {
    private static final Channel[] ALWAYS_ON = {Channel.TMALL, Channel.JD, Channel.MALL, Channel.DOUYIN};
    private static final long[] ALWAYS_ON_YUAN = {18_000, 16_000, 8_000, 12_000};
    private static final String[] TOUCHES = {"抖音广告", "微信朋友圈", "小红书", "百度搜索", "官方商城App", "短信"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private MarketingWriter() {}

    static SampleFile campaigns(Path dir, Campaigns campaigns) throws IOException {
        try (CsvOut out = CsvOut.utf8(dir.resolve("marketing/campaigns.csv"))) {
            out.row("campaign_code", "name", "tag", "starts", "ends", "channels", "region", "promo_type", "budget");
            for (Campaign c : campaigns.all()) {
                String channels = Arrays.stream(Channel.values()).filter(c.channels()::contains).map(Channel::id)
                        .collect(Collectors.joining(";"));
                out.row(c.code(), c.name(), c.tag(), c.starts(), c.ends(), channels, c.region(), c.promoType(),
                        Formats.yuan(c.budgetE4()));
            }
            return new SampleFile("marketing/campaigns.csv", "campaign", "Marketing campaign calendar", "CSV", "UTF-8",
                    "campaigns", out.rows());
        }
    }

    static SampleFile spend(Path dir, Campaigns campaigns, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        try (CsvOut out = CsvOut.utf8(dir.resolve("marketing/spend.csv"))) {
            out.row("date", "channel", "campaign_code", "spend", "impressions", "clicks");
            for (LocalDate day = Seasonality.FIRST_DAY; !day.isAfter(Seasonality.LAST_DAY); day = day.plusDays(1)) {
                for (int i = 0; i < ALWAYS_ON.length; i++) {
                    long e4 = Money.e4OfWholeYuan(Math.round(ALWAYS_ON_YUAN[i] * Seasonality.factor(ALWAYS_ON[i], day) * (0.85 + 0.3 * rng.nextDouble())));
                    row(out, day, ALWAYS_ON[i], null, e4, rng);
                }
                for (Campaign c : campaigns.all()) {
                    if (day.isBefore(c.starts()) || day.isAfter(c.ends())) continue;
                    for (Channel ch : Channel.values()) {
                        if (!c.channels().contains(ch)) continue;
                        long e4 = c.budgetE4() / c.days() / c.channels().size() / Money.E4_PER_YUAN * Money.E4_PER_YUAN;
                        row(out, day, ch, c.code(), e4, rng);
                    }
                }
            }
            return new SampleFile("marketing/spend.csv", "spend", "Marketing daily spend by channel and campaign", "CSV",
                    "UTF-8", "spend", out.rows());
        }
    }

    private static void row(CsvOut out, LocalDate day, Channel ch, String campaign, long e4, SplittableRandom rng)
            throws IOException {
        double cpm = ch.online() ? 30 + 30 * rng.nextDouble() : 15 + 10 * rng.nextDouble();
        long impressions = Math.round(Money.yuan(e4) / cpm * 1000);
        long clicks = Math.round(impressions * (0.01 + 0.02 * rng.nextDouble()));
        out.row(day, ch.id(), campaign, Formats.plain(e4), impressions, clicks);
    }

    /** Journeys for two in five mall orders (ending in the order) and for members who did not buy. */
    static SampleFile touchpoints(Path dir, List<SaleRecord> mall, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        try (CsvOut out = CsvOut.utf8(dir.resolve("marketing/touchpoints.csv"))) {
            out.row("customer_id", "at", "channel", "order_id");
            String previous = null;
            for (SaleRecord r : mall) {
                if (r.orderId().equals(previous)) continue;
                previous = r.orderId();
                if (r.status() != SaleStatus.PAID) continue;
                if (rng.nextDouble() < 0.4) journey(out, r.customer().memberId(), r.soldAt(), r.orderId(), rng);
                if (rng.nextDouble() < 0.25) {
                    LocalDateTime at = r.soldAt().plusDays(3 + rng.nextInt(40)).withHour(9 + rng.nextInt(13));
                    if (!at.toLocalDate().isAfter(Seasonality.LAST_DAY)) journey(out, r.customer().memberId(), at, null, rng);
                }
            }
            return new SampleFile("marketing/touchpoints.csv", "touchpoint", "Customer journeys of mall members", "CSV",
                    "UTF-8", "touchpoints", out.rows());
        }
    }

    private static void journey(CsvOut out, String member, LocalDateTime end, String orderId, SplittableRandom rng)
            throws IOException {
        int steps = 1 + rng.nextInt(3);
        long minutesBack = 0;
        String[] rows = new String[steps];
        for (int i = 0; i < steps; i++) {
            minutesBack += 30 + rng.nextInt(60 * 48);
            rows[i] = end.minusMinutes(minutesBack).format(TIME) + "\u0000" + TOUCHES[rng.nextInt(TOUCHES.length - 1)];
        }
        for (int i = steps - 1; i >= 0; i--) {
            String[] p = rows[i].split("\u0000");
            if (LocalDateTime.parse(p[0], TIME).isBefore(Seasonality.FIRST_DAY.atStartOfDay())) continue;
            out.row(member, p[0], p[1], null);
        }
        if (orderId != null) out.row(member, end.format(TIME), "官方商城App", orderId);
    }
}
