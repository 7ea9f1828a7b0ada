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
 * A workspace with a subsidy planted in our own sales: 24 provinces sell 星耀 P50 at ¥2,999 (eligible) and 星耀 X9
 * at ¥6,999 (not) from 2023-01 to 2025-12. Three groups of eight provinces get provincial subsidies of 15% of the
 * price up to ¥500 for phones under ¥6,000 at different times (A: 2024-03..08 and 2025-01..2026-06; B:
 * 2024-09..2025-06; C: 2025-07..2026-12), and while one runs the P50 sells {@link #UPLIFT} more. Imported
 * through the pipeline with the shipped policies profile.
 */
public final class SubsidyFixture {
    public static final List<String> PROVINCES = List.of("广东", "广西", "福建", "海南", "北京", "天津", "河北", "山西",
            "浙江", "江苏", "上海", "安徽", "内蒙古", "辽宁", "吉林", "黑龙江", "四川", "重庆", "湖北", "湖南", "江西", "山东", "河南", "贵州");
    public static final YearMonth FIRST = YearMonth.of(2023, 1);
    public static final int MONTHS = 36;
    public static final double UPLIFT = 0.15;
    public static final String ELIGIBLE = "P50";
    public static final String DEAR = "X9";

    private SubsidyFixture() {}

    /** 0, 1 or 2: the province's subsidy group. */
    public static int group(String province) { return PROVINCES.indexOf(province) / 8; }

    static boolean subsidised(int group, YearMonth m) {
        return switch (group) {
            case 0 -> between(m, "2024-03", "2024-08") || between(m, "2025-01", "2026-06");
            case 1 -> between(m, "2024-09", "2025-06");
            default -> between(m, "2025-07", "2026-12");
        };
    }

    private static boolean between(YearMonth m, String from, String to) {
        return !m.isBefore(YearMonth.parse(from)) && !m.isAfter(YearMonth.parse(to));
    }

    /** Units sold per province, model and month: [province][0 = P50, 1 = X9][month]. */
    public static long[][][] units() {
        Random r = new Random(2020);
        long[][][] out = new long[PROVINCES.size()][2][MONTHS];
        for (int p = 0; p < PROVINCES.size(); p++) {
            for (int k = 0; k < 2; k++) {
                double size = 80 + 120 * r.nextDouble();
                for (int t = 0; t < MONTHS; t++) {
                    YearMonth m = FIRST.plusMonths(t);
                    double season = m.getMonthValue() == 11 ? 1.4 : m.getMonthValue() == 6 ? 1.2 : m.getMonthValue() == 2 ? 0.8 : 1.0;
                    double u = size * season * (1 + 0.004 * t) * (1 + 0.03 * r.nextGaussian());
                    if (k == 0 && subsidised(p / 8, m)) u *= 1 + UPLIFT;
                    out[p][k][t] = Math.round(u);
                }
            }
        }
        return out;
    }

    public static List<FileOutcome> importInto(TestWorkspace t, Path dir) throws Exception {
        return t.pipeline.importFiles(List.of(sales(dir), policies(dir)), null, (d, total, msg) -> { }, Cancellation.none()).files();
    }

    static Path sales(Path dir) throws IOException {
        long[][][] u = units();
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        int n = 0;
        for (int p = 0; p < PROVINCES.size(); p++) {
            for (int t = 0; t < MONTHS; t++) {
                YearMonth m = FIRST.plusMonths(t);
                b.append(String.format("S%06d,%s 10:00:00,直营店,offline,,%s,,P50-256-BK,星耀 P50 256G 黑,%s,星耀,手机,%d,%d.00%n",
                        n++, m.atDay(10), PROVINCES.get(p), ELIGIBLE, u[p][0][t], u[p][0][t] * 2999));
                b.append(String.format("S%06d,%s 10:00:00,直营店,offline,,%s,,X9-512-BK,星耀 X9 512G 黑,%s,星耀,手机,%d,%d.00%n",
                        n++, m.atEndOfMonth(), PROVINCES.get(p), DEAR, u[p][1][t], u[p][1][t] * 6999));
            }
        }
        Path f = dir.resolve("subsidy-sales.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    static Path policies(Path dir) throws IOException {
        String a = String.join(";", PROVINCES.subList(0, 8));
        String b = String.join(";", PROVINCES.subList(8, 16));
        String c = String.join(";", PROVINCES.subList(16, 24));
        Path f = dir.resolve("policies.csv");
        Files.writeString(f, "政策名称,地区,开始日期,结束日期,品类,补贴比例,单台上限,限价\n"
                + "甲组补贴一期,\"" + a + "\",2024-03-01,2024-08-31,手机,15%,¥500,¥6000\n"
                + "甲组补贴二期,\"" + a + "\",2025-01-01,2026-06-30,手机,15%,¥500,¥6000\n"
                + "乙组补贴,\"" + b + "\",2024-09-01,2025-06-30,手机,15%,¥500,¥6000\n"
                + "丙组补贴,\"" + c + "\",2025-07-01,2026-12-31,手机,15%,¥500,¥6000\n", StandardCharsets.UTF_8);
        return f;
    }
}
