package org.salestrack.store.postgres;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Sales exports in the test profile's layout (ui-test-sales.json): orders numbered from a prefix, in given
 * provinces, over 2024-2025, from a seeded generator, so two files can share orders on purpose.
 */
public final class SalesFiles {
    static final String HEADER = "订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额";
    public static final List<String> SOUTH = List.of("广东,深圳", "广东,广州", "广西,南宁", "海南,海口");
    static final List<String> NORTH = List.of("北京,北京", "天津,天津", "河北,石家庄");
    private static final String[][] PRODUCTS = {
            {"P50-128-BK", "星耀 P50 128G 黑", "P50", "星耀", "手机", "2899.00"},
            {"P50-256-WH", "星耀 P50 256G 白", "P50", "星耀", "手机", "3499.00"},
            {"W3-GY", "手环 W3 灰", "W3", "穿戴", "穿戴", "99.00"},
            {"T10-64", "平板 T10 64G", "T10", "平板", "平板", "1999.00"}};
    private static final String[][] CHANNELS = {{"天猫", "online", ""}, {"京东", "online", ""}, {"直营店", "offline", "S"}};

    private SalesFiles() {}

    /** Writes orders {@code prefix}{@code first}..{@code first+count-1}, each one line. */
    public static Path write(Path file, String prefix, int first, int count, List<String> places, long seed) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER + "\n");
            for (int i = first; i < first + count; i++) {
                Random line = new Random(seed * 1_000_003L + i);
                String[] p = PRODUCTS[line.nextInt(PRODUCTS.length)];
                String[] ch = CHANNELS[line.nextInt(CHANNELS.length)];
                String place = places.get(line.nextInt(places.size()));
                int qty = 1 + line.nextInt(3);
                String day = String.format("%d-%02d-%02d %02d:%02d:00", 2024 + line.nextInt(2), 1 + line.nextInt(12), 1 + line.nextInt(28),
                        8 + line.nextInt(12), line.nextInt(60));
                String store = ch[2].isEmpty() ? "" : "S" + place.hashCode() % 7;
                String amount = new java.math.BigDecimal(p[5]).multiply(java.math.BigDecimal.valueOf(qty)).toPlainString();
                w.write(String.join(",", String.format("%s%06d", prefix, i), day, ch[0], ch[1], store.replace("-", ""), place, p[0], p[1], p[2], p[3],
                        p[4], Integer.toString(qty), amount) + "\n");
            }
        }
        return file;
    }
}
