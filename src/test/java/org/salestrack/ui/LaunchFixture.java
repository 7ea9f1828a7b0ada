package org.salestrack.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salestrack.forecast.launch.BassDiffusion;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.task.Cancellation;

/**
 * A workspace with launches planted, all sold in 广东 from 2024-01 to 2025-12 (the data ends 2025-12-31): the 星辰
 * line's A1 (launched 2024-02, ¥4,000), A2 (2024-12, ¥5,000) and A2 Pro (2024-12, ¥8,000) sell Bass curves of known
 * p, q, m from their launch month; A3 (¥5,000) launched 2025-11 and sold {@link #A3_SOLD} in its two months; A4
 * (¥6,000) is in the product master only, launching 2026-02. 青年 B1 (another line, ¥1,500) sells from 2024-03.
 */
public final class LaunchFixture {
    public static final YearMonth FIRST = YearMonth.of(2024, 1);
    public static final YearMonth LAST = YearMonth.of(2025, 12);
    public static final double[] A3_SOLD = {400, 1500};

    /** sku -> model, line, launch date, list price */
    public record Product(String sku, String model, String line, String launch, int price, BassDiffusion curve) {
        public YearMonth launchMonth() { return YearMonth.parse(launch.substring(0, 7)); }

        /** Units by months since launch up to the data's end (rounded, as sold). */
        public double[] sold() {
            if (curve == null) return sku.equals("LX-A3-256") ? A3_SOLD.clone() : new double[0];
            int n = (int) (LAST.getYear() * 12L + LAST.getMonthValue() - launchMonth().getYear() * 12L - launchMonth().getMonthValue()) + 1;
            double[] s = curve.sales(n);
            for (int k = 0; k < n; k++) s[k] = Math.round(s[k]);
            return s;
        }
    }

    public static final Product A1 = new Product("LX-A1-256", "星辰 A1", "星辰", "2024-02-15", 4000, new BassDiffusion(0.25, 0.15, 8000));
    public static final Product A2 = new Product("LX-A2-256", "星辰 A2", "星辰", "2024-12-10", 5000, new BassDiffusion(0.3, 0.1, 6000));
    public static final Product A2P = new Product("LX-A2P-512", "星辰 A2 Pro", "星辰", "2024-12-10", 8000, new BassDiffusion(0.3, 0.1, 2500));
    public static final Product A3 = new Product("LX-A3-256", "星辰 A3", "星辰", "2025-11-20", 5000, null);
    public static final Product A4 = new Product("LX-A4-256", "星辰 A4", "星辰", "2026-02-01", 6000, null);
    public static final Product B1 = new Product("QN-B1-128", "青年 B1", "青年", "2024-03-01", 1500, new BassDiffusion(0.2, 0.2, 20000));
    public static final List<Product> PRODUCTS = List.of(A1, A2, A2P, A3, A4, B1);

    private LaunchFixture() {}

    public static List<FileOutcome> importInto(TestWorkspace t, Path dir) throws Exception {
        return t.pipeline.importFiles(List.of(master(dir), sales(dir)), null, (d, total, msg) -> { }, Cancellation.none()).files();
    }

    /** Units by sku and month index from {@link #FIRST}. */
    public static Map<String, double[]> monthly() {
        Map<String, double[]> out = new LinkedHashMap<>();
        int months = (int) (LAST.getYear() * 12L + LAST.getMonthValue() - FIRST.getYear() * 12L - FIRST.getMonthValue()) + 1;
        for (Product p : PRODUCTS) {
            double[] u = new double[months];
            double[] sold = p.sold();
            int at = (int) (p.launchMonth().getYear() * 12L + p.launchMonth().getMonthValue() - FIRST.getYear() * 12L - FIRST.getMonthValue());
            for (int k = 0; k < sold.length; k++) u[at + k] = sold[k];
            out.put(p.sku(), u);
        }
        return out;
    }

    static Path master(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("sku,product_name,model,series,category,launch_date,list_price,unit_cost\n");
        for (Product p : PRODUCTS) {
            b.append(String.format("%s,%s 256GB,%s,%s,手机,%s,%d.00,%d.00%n", p.sku(), p.model(), p.model(), p.line(), p.launch(), p.price(), p.price() * 6 / 10));
        }
        Path f = dir.resolve("launch-products.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    static Path sales(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        int n = 0;
        Map<String, double[]> units = monthly();
        for (Product p : PRODUCTS) {
            double[] u = units.get(p.sku());
            for (int t = 0; t < u.length; t++) {
                if (u[t] <= 0) continue;
                YearMonth m = FIRST.plusMonths(t);
                // December's lines on its last day: the data ends on 2025-12-31, so December is a complete month
                String day = m.equals(LAST) ? m.atEndOfMonth().toString() : m.equals(p.launchMonth()) ? m.atEndOfMonth().minusDays(1).toString()
                        : m.atDay(15).toString();
                b.append(String.format("L%06d,%s 10:00:00,直营店,offline,,广东,,%s,%s 256GB,%s,%s,手机,%d,%d.00%n",
                        n++, day, p.sku(), p.model(), p.model(), p.line(), (long) u[t], (long) u[t] * p.price()));
            }
        }
        Path f = dir.resolve("launch-sales.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }
}
