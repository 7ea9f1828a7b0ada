package org.salestrack.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small planted set for the inventory engine's slow movers (issue 15 item 9), kept apart from the sample
 * set so the sample's asserted totals stay put: two stores in 浙江 (华东) selling three SKUs from 2024-09-02
 * to 2025-12-28, written in the sample's own formats (products and stores masters, the POS export, the weekly
 * store stock) so the shipped profiles pick every file. The cases, each a test's expectation:
 * <ul>
 * <li>{@value #DECLINER} (launched 2023): 30 a week, falling by one a week over the 13 weeks to 2025-10-27,
 *     then about 4 a week for the last 8 weeks while 浙江 holds 120: a slow mover in decline, cleared on
 *     another platform (more than 8 weeks of cover);</li>
 * <li>{@value #GROWER} (launched 2025-03-03): growing by 0.75 a week, a dip to about a third of its trend
 *     over the 4 weeks from 2025-11-03, back on trend from 2025-12-01: as of 2025-11-30 a slow mover in
 *     growth, watched (under 8 weeks of cover); as of the year end not slow at all;</li>
 * <li>{@value #STEADY} (launched 2024): 10 a week at P01, 5 at P02 until P02's count of 2025-12-28 finds
 *     its shelf empty: a stock-out, and not a slow mover.</li>
 * </ul>
 * Noise of up to one unit a week comes from the seed; the cases hold for any seed.
 */
public final class PlantedInventory {
    public static final String DECLINER = "PL-DECL";
    public static final String GROWER = "PL-GROW";
    public static final String STEADY = "PL-STEADY";
    public static final String STOCK_OUT_STORE = "P02";
    public static final LocalDate FIRST_MONDAY = LocalDate.of(2024, 9, 2);
    public static final LocalDate LAST_SUNDAY = LocalDate.of(2025, 12, 28);
    /** The first week of the decliner's slump and of the grower's dip. */
    public static final LocalDate SLUMP = LocalDate.of(2025, 11, 3);
    public static final LocalDate GROWER_LAUNCH = LocalDate.of(2025, 3, 3);
    public static final LocalDate RECOVERY = LocalDate.of(2025, 12, 1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");
    private static final long PRICE_E4 = 19_990_000;

    private PlantedInventory() {}

    /** Writes the planted set under {@code out}: master/, stores/ and stock/. */
    public static List<Path> write(Path out, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(out.resolve("master"));
        Files.createDirectories(out.resolve("stores"));
        Files.createDirectories(out.resolve("stock"));
        List<Path> files = new ArrayList<>();
        Path products = out.resolve("master/products-planted.csv");
        try (CsvOut csv = CsvOut.utf8(products)) {
            csv.row("sku", "product_name", "model", "series", "category", "launch_date", "list_price", "unit_cost");
            csv.row(DECLINER, "星河 P1 衰退款", "星河 P1", "星河", "手机", "2023-03-01", Formats.plain(PRICE_E4), "1200.00");
            csv.row(GROWER, "星河 P2 新款", "星河 P2", "星河", "手机", GROWER_LAUNCH.toString(), Formats.plain(PRICE_E4), "1200.00");
            csv.row(STEADY, "星河 P3 常销款", "星河 P3", "星河", "手机", "2024-01-01", Formats.plain(PRICE_E4), "1200.00");
        }
        files.add(products);
        Path stores = out.resolve("master/stores-planted.csv");
        try (CsvOut csv = CsvOut.utf8(stores)) {
            csv.row("store_code", "name", "dealer_code", "channel", "store_type", "province", "city", "lat", "lon");
            csv.row("P01", "杭州延安路星河直营店", "", "直营店", "Direct store", "浙江省", "杭州", "30.2590", "120.1640");
            csv.row(STOCK_OUT_STORE, "宁波天一广场星河直营店", "", "直营店", "Direct store", "浙江省", "宁波", "29.8700", "121.5500");
        }
        files.add(stores);
        Path pos = out.resolve("stores/pos-planted.csv");
        try (CsvOut csv = new CsvOut(pos, StandardCharsets.UTF_8, true, ',', "\r\n")) {
            csv.row((Object[]) PosExportWriter.HEADER);
            int receipt = 0;
            for (LocalDate monday = FIRST_MONDAY; !monday.isAfter(LAST_SUNDAY); monday = monday.plusWeeks(1)) {
                receipt = week(csv, "P01", DECLINER, monday, decliner(monday) + noise(random), receipt);
                receipt = week(csv, "P01", GROWER, monday, grower(monday, random), receipt);
                receipt = week(csv, "P01", STEADY, monday, 10 + noise(random), receipt);
                receipt = week(csv, STOCK_OUT_STORE, STEADY, monday, 5 + noise(random), receipt);
            }
        }
        files.add(pos);
        Path stock = out.resolve("stock/store-stock-planted.csv");
        try (CsvOut csv = CsvOut.utf8(stock)) {
            csv.row("as_of", "location_code", "location_type", "sku", "on_hand", "in_transit");
            csv.row("2025-11-30", "P01", "store", DECLINER, 150, 0);
            csv.row("2025-11-30", "P01", "store", GROWER, 60, 0);
            csv.row("2025-11-30", "P01", "store", STEADY, 25, 0);
            csv.row("2025-11-30", STOCK_OUT_STORE, "store", STEADY, 8, 0);
            csv.row("2025-12-28", "P01", "store", DECLINER, 120, 0);
            csv.row("2025-12-28", "P01", "store", GROWER, 80, 0);
            csv.row("2025-12-28", "P01", "store", STEADY, 20, 0);
            csv.row("2025-12-28", STOCK_OUT_STORE, "store", STEADY, 0, 0);
        }
        files.add(stock);
        return files;
    }

    /** 30 a week, one less a week over the 13 weeks before the slump, then 4. */
    static int decliner(LocalDate monday) {
        long toSlump = ChronoUnit.WEEKS.between(monday, SLUMP);
        if (toSlump <= 0) return 4;
        return toSlump > 13 ? 30 : (int) (16 + toSlump);
    }

    /** 4 in its launch week, 0.75 more every week; a third of that during the dip. */
    static int grower(LocalDate monday, SplittableRandom random) {
        if (monday.isBefore(GROWER_LAUNCH)) return 0;
        double trend = 4 + 0.75 * ChronoUnit.WEEKS.between(GROWER_LAUNCH, monday);
        boolean dip = !monday.isBefore(SLUMP) && monday.isBefore(RECOVERY);
        return (int) Math.round((dip ? trend / 3 : trend) + noise(random));
    }

    private static int noise(SplittableRandom random) { return random.nextInt(3) - 1; }

    /** The week's units as one-unit receipt lines spread over its days, at 10:00 plus a few minutes each. */
    private static int week(CsvOut csv, String store, String sku, LocalDate monday, int units, int receipt) throws IOException {
        for (int i = 0; i < Math.max(0, units); i++) {
            LocalDate day = monday.plusDays(i % 7);
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && day.isAfter(LAST_SUNDAY)) break;
            LocalDateTime at = day.atTime(10, 0).plusMinutes(i);
            receipt++;
            csv.row(store, "直营店", "浙", store + "-PL-" + receipt, 1, at.format(TIME), sku, 1, Formats.plain(PRICE_E4),
                    Formats.grouped(PRICE_E4), null, null, null);
        }
        return receipt;
    }
}
