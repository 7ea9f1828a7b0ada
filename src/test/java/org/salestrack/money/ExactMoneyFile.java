package org.salestrack.money;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A sales export in the layout of the ui-test-sales profile whose amounts carry up to 4 decimals (issue 13 #1:
 * 957.5775, 22.368), all in March 2025, with its exact decimal sums computed here from the text written,
 * independently of the import and of {@code Money}.
 */
public final class ExactMoneyFile {
    public static final String HEADER = "订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额";
    static final String[][] PLACES = {{"广东", "深圳"}, {"广东", "广州"}, {"浙江", "杭州"}, {"四川", "成都"}, {"北京", "北京"}, {"湖北", "武汉"}};
    static final String[][] SKUS = {{"P50-128-BK", "星耀 P50 128G 黑", "P50", "星耀", "手机"}, {"N20-256-WH", "新锐 N20 256G 白", "N20", "新锐", "手机"},
        {"W3-GY", "手环 W3 灰", "W3", "穿戴", "穿戴"}, {"T9-BL", "平板 T9 蓝", "T9", "平板", "平板"}};

    public final Path file;
    public final BigDecimal total;
    /** Exact sums by province as the summary names them (广东, 浙江, ...). */
    public final Map<String, BigDecimal> byProvince;
    public final int lines;

    private ExactMoneyFile(Path file, BigDecimal total, Map<String, BigDecimal> byProvince, int lines) {
        this.file = file;
        this.total = total;
        this.byProvince = byProvince;
        this.lines = lines;
    }

    /** Writes {@code lines} lines (seed 1301) to {@code dir}/exact-money.csv. */
    public static ExactMoneyFile write(Path dir, int lines) throws IOException {
        Random r = new Random(1301);
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> byProvince = new TreeMap<>();
        for (int i = 0; i < lines; i++) {
            String amount = i == 0 ? "957.5775" : i == 1 ? "22.368" : BigDecimal.valueOf(1_000_000 + r.nextInt(79_000_000), 4).toPlainString();
            boolean online = r.nextInt(3) == 0;
            int p = r.nextInt(PLACES.length);
            String[] place = PLACES[p];
            String[] sku = SKUS[r.nextInt(SKUS.length)];
            LocalDate day = LocalDate.of(2025, 3, 1 + r.nextInt(31));
            String store = online ? "" : String.format(Locale.ROOT, "S%d%02d", p, 1 + r.nextInt(4)); // a store stays in its city
            b.append(String.format(Locale.ROOT, "X%05d,%s %02d:%02d:00,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,1,%s%n", i, day, 9 + r.nextInt(11),
                    r.nextInt(60), online ? "天猫" : "直营店", online ? "online" : "offline", store, place[0], place[1], sku[0], sku[1], sku[2],
                    sku[3], sku[4], amount));
            BigDecimal v = new BigDecimal(amount);
            total = total.add(v);
            byProvince.merge(place[0], v, BigDecimal::add);
        }
        Path file = dir.resolve("exact-money.csv");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return new ExactMoneyFile(file, total, byProvince, lines);
    }
}
