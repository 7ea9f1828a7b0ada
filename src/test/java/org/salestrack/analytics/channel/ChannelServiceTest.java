package org.salestrack.analytics.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.channel.ChannelWorkspace.Line;
import org.salestrack.model.Dimension;
import org.salestrack.model.Money;
import org.salestrack.model.channel.ChannelBoard;
import org.salestrack.model.channel.ChannelRow;
import org.salestrack.model.channel.CustomerMix;
import org.salestrack.model.channel.ShopperGroup;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * The channel comparison over the planted workspace ({@link ChannelWorkspace}), against the brief's figures
 * stated there and against sums made here, line by line, from the planted lines.
 */
class ChannelServiceTest {
    @TempDir
    Path dir;
    Workspace ws;
    ChannelService service;

    @BeforeEach
    void setUp() {
        ws = ChannelWorkspace.create(dir);
        service = new ChannelService(ws);
    }

    @AfterEach
    void tearDown() { ws.close(); }

    private static Slice march() { return Slice.of(ChannelWorkspace.FROM, ChannelWorkspace.TO); }

    private static Slice guangdong() { return march().with(Dimension.PROVINCE, ChannelWorkspace.GUANGDONG); }

    @Test
    void guangdongInMarchShowsThePlantedGapSharesMarginsAndGrowth() {
        ChannelBoard b = service.board(guangdong());
        ChannelRow online = type(b, "online");
        ChannelRow offline = type(b, "offline");
        assertThat(online.now().qty()).isEqualTo(6);
        assertThat(online.now().amountE4()).isEqualTo(Money.toE4(new java.math.BigDecimal("12000")));
        assertThat(online.aspE4()).isEqualTo(Money.toE4(new java.math.BigDecimal("2000")));
        assertThat(offline.aspE4()).isEqualTo(Money.toE4(new java.math.BigDecimal("2400")));
        assertThat(b.aspGap()).isCloseTo(0.20, within(1e-12));
        assertThat(online.unitShare()).isCloseTo(6.0 / 11, within(1e-12));
        assertThat(online.revenueShare()).isCloseTo(0.5, within(1e-12));
        assertThat(online.marginRate()).isCloseTo(0.15, within(1e-12));
        assertThat(offline.marginRate()).isCloseTo(2500.0 / 12000, within(1e-12));
        // previous period of March's 31 days: 29 Jan .. 28 Feb (Tmall 1,000, 直营店 2,000); a year before: 4,000 and 2,000
        assertThat(online.growthPrevious()).isCloseTo(11.0, within(1e-12));
        assertThat(online.growthLastYear()).isCloseTo(2.0, within(1e-12));
        assertThat(offline.growthLastYear()).isCloseTo(5.0, within(1e-12));
        assertThat(b.channels()).extracting(ChannelRow::name).containsExactlyInAnyOrder("Tmall", "官方商城", "直营店");
    }

    @Test
    void everyChannelAgreesWithSumsOfThePlantedLinesWithAndWithoutTheRegionFilter() {
        for (Slice s : List.of(march(), guangdong())) {
            Predicate<Line> in = l -> s.keys(Dimension.PROVINCE).isEmpty() || l.province().equals("广东");
            ChannelBoard b = service.board(s);
            long totalQty = sum(l -> inRange(l, s.from(), s.to()) && in.test(l), l -> l.qty());
            long totalAmount = sum(l -> inRange(l, s.from(), s.to()) && in.test(l), Line::amount);
            for (ChannelRow r : b.channels()) {
                Predicate<Line> mine = l -> l.channel().equals(r.name()) && in.test(l);
                long qty = sum(l -> inRange(l, s.from(), s.to()) && mine.test(l), l -> l.qty());
                long amount = sum(l -> inRange(l, s.from(), s.to()) && mine.test(l), Line::amount);
                long margin = sum(l -> inRange(l, s.from(), s.to()) && mine.test(l), Line::margin);
                long ly = sum(l -> inRange(l, s.from().minusYears(1), s.to().minusYears(1)) && mine.test(l), Line::amount);
                assertThat(r.now().qty()).as(r.name()).isEqualTo(qty);
                assertThat(r.now().amountE4()).as(r.name()).isEqualTo(Money.e4OfWholeYuan(amount));
                assertThat(r.unitShare()).as(r.name()).isCloseTo((double) qty / totalQty, within(1e-12));
                assertThat(r.revenueShare()).as(r.name()).isCloseTo((double) amount / totalAmount, within(1e-12));
                assertThat(r.marginRate()).as(r.name()).isCloseTo((double) margin / amount, within(1e-12));
                if (ly == 0) assertThat(r.growthLastYear()).as(r.name()).isNull();
                else assertThat(r.growthLastYear()).as(r.name()).isCloseTo((double) amount / ly - 1, within(1e-12));
            }
        }
        // Sichuan's one offline line at ¥3,000 lifts the offline ASP to 2,500: the gap is 25% over the whole country
        assertThat(service.board(march()).aspGap()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aChannelFilterIsDroppedSoTheComparisonStillShowsEveryChannel() {
        ChannelBoard all = service.board(guangdong());
        String tmall = all.channels().stream().filter(r -> r.name().equals("Tmall")).findFirst().orElseThrow().key();
        ChannelBoard filtered = service.board(guangdong().with(Dimension.CHANNEL, tmall).with(Dimension.CHANNEL_TYPE, "online"));
        assertThat(filtered).isEqualTo(all);
        assertThat(service.customers(guangdong().with(Dimension.CHANNEL, tmall), Cancellation.none()))
                .isEqualTo(service.customers(guangdong(), Cancellation.none()));
    }

    @Test
    void customersO2oAndAgeBandsAgreeWithThePlantedLines() {
        CustomerMix m = service.customers(guangdong(), Cancellation.none());
        assertThat(m.o2oOrders()).isEqualTo(2);
        assertThat(m.o2oUnits()).isEqualTo(3);
        assertThat(m.o2oAmountE4()).isEqualTo(Money.e4OfWholeYuan(6000));
        assertThat(m.both()).isEqualTo(new ShopperGroup(1, 3, 1, Money.e4OfWholeYuan(8400)));
        assertThat(m.onlineOnly()).isEqualTo(new ShopperGroup(2, 3, 1, Money.e4OfWholeYuan(6000)));
        assertThat(m.offlineOnly()).isEqualTo(new ShopperGroup(1, 2, 1, Money.e4OfWholeYuan(4800)));
        assertThat(m.both().spendPerCustomerE4()).isEqualTo(Money.e4OfWholeYuan(8400));
        assertThat(m.onlineOnly().repeatRate()).isEqualTo(0.5);

        // the same, counted here from the lines of the whole country
        CustomerMix all = service.customers(march(), Cancellation.none());
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Set<String>> days = new HashMap<>();
        Map<String, Long> spend = new HashMap<>();
        Map<String, long[]> bands = new java.util.TreeMap<>();
        for (Line l : ChannelWorkspace.LINES) {
            if (!inRange(l, ChannelWorkspace.FROM, ChannelWorkspace.TO) || l.customer().isEmpty()) continue;
            types.computeIfAbsent(l.customer(), k -> new HashSet<>()).add(l.type());
            days.computeIfAbsent(l.customer(), k -> new HashSet<>()).add(l.day());
            spend.merge(l.customer(), Money.e4OfWholeYuan(l.amount()), Long::sum);
            bands.computeIfAbsent(l.band(), k -> new long[2])[l.type().equals("online") ? 0 : 1] += l.qty();
        }
        long[] offlineOnly = new long[4];
        for (String c : types.keySet()) {
            if (!types.get(c).equals(Set.of("offline"))) continue;
            offlineOnly[0]++;
            offlineOnly[1] += days.get(c).size();
            offlineOnly[2] += days.get(c).size() > 1 ? 1 : 0;
            offlineOnly[3] += spend.get(c);
        }
        assertThat(all.offlineOnly()).isEqualTo(new ShopperGroup(offlineOnly[0], offlineOnly[1], offlineOnly[2], offlineOnly[3]));
        assertThat(all.ageBands()).hasSize(bands.size());
        for (var a : all.ageBands()) {
            assertThat(new long[] {a.online(), a.offline()}).as(a.band()).containsExactly(bands.get(a.band()));
        }
    }

    private static ChannelRow type(ChannelBoard b, String key) {
        return b.types().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static boolean inRange(Line l, LocalDate from, LocalDate to) { return !l.date().isBefore(from) && !l.date().isAfter(to); }

    private static long sum(Predicate<Line> p, java.util.function.ToLongFunction<Line> v) {
        return ChannelWorkspace.LINES.stream().filter(p).mapToLong(v).sum();
    }
}
