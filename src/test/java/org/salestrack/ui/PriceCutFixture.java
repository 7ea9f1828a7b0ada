package org.salestrack.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.task.Cancellation;

/**
 * Price cuts planted in our own sales: twelve provinces sell 星耀 P50 at ¥2,999 from 2023-01 to 2025-12, each cutting it
 * to ¥2,499 in four random months of each year, and a cut month sells {@link #CUT_UPLIFT} more; what the global model
 * learns a price cut does.
 */
public final class PriceCutFixture {
    public static final List<String> PROVINCES = List.of("广东", "广西", "福建", "海南", "北京", "天津", "河北", "山西", "浙江", "江苏", "上海", "安徽");
    public static final YearMonth FIRST = YearMonth.of(2023, 1);
    public static final int MONTHS = 36;
    public static final double CUT_UPLIFT = 0.5;

    private PriceCutFixture() {}

    public static List<FileOutcome> importInto(TestWorkspace t, Path dir) throws Exception {
        return t.pipeline.importFiles(List.of(sales(dir)), null, (d, total, msg) -> { }, Cancellation.none()).files();
    }

    static Path sales(Path dir) throws IOException {
        Random r = new Random(1931);
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        int n = 0;
        for (String province : PROVINCES) {
            double size = 80 + 120 * r.nextDouble();
            for (int t = 0; t < MONTHS; t++) {
                YearMonth m = FIRST.plusMonths(t);
                boolean cut = r.nextDouble() < 4 / 12.0;
                double season = m.getMonthValue() == 11 ? 1.4 : m.getMonthValue() == 2 ? 0.8 : 1.0;
                long units = Math.round(size * season * (cut ? 1 + CUT_UPLIFT : 1) * (1 + 0.03 * r.nextGaussian()));
                int price = cut ? 2499 : 2999;
                String day = t == MONTHS - 1 ? m.atEndOfMonth().toString() : m.atDay(12).toString();
                b.append(String.format("C%06d,%s 10:00:00,直营店,offline,,%s,,P50-256-BK,星耀 P50 256G 黑,P50,星耀,手机,%d,%d.00%n",
                        n++, day, province, units, units * price));
            }
        }
        Path f = dir.resolve("price-cut-sales.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }
}
