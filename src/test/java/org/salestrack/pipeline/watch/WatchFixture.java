package org.salestrack.pipeline.watch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;

/** Daily exports in the columns of the UI test profile (ui-test-sales.json), with their totals known. */
public final class WatchFixture {
    public static final String HEADER = "订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n";

    private WatchFixture() {}

    /** An export: its text, its line count, units and amount. */
    public record Export(String text, int lines, long qty, BigDecimal amount) {}

    /** {@code lines} sale lines on {@code day} (YYYY-MM-DD) with order ids starting {@code prefix}; seeded, so the same arguments give the same file. */
    public static Export export(String prefix, String day, int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(HEADER);
        long qty = 0;
        BigDecimal amount = BigDecimal.ZERO;
        String[][] places = {{"广东", "深圳"}, {"浙江", "杭州"}, {"四川", "成都"}};
        for (int i = 0; i < lines; i++) {
            String[] p = places[r.nextInt(places.length)];
            int q = 1 + r.nextInt(3);
            BigDecimal price = BigDecimal.valueOf(r.nextBoolean() ? 299900 : 9900, 2);
            BigDecimal a = price.multiply(BigDecimal.valueOf(q));
            boolean phone = price.compareTo(BigDecimal.valueOf(1000)) > 0;
            b.append(String.format(Locale.ROOT, "%s%06d,%s %02d:%02d:00,天猫,online,,%s,%s,%s,%s,%s,%s,%s,%d,%s%n", prefix, i, day,
                    r.nextInt(24), r.nextInt(60), p[0], p[1], phone ? "P50-128-BK" : "W3-GY", phone ? "星耀 P50 128G 黑" : "手环 W3 灰",
                    phone ? "P50" : "W3", phone ? "星耀" : "穿戴", phone ? "手机" : "穿戴", q, a.toPlainString()));
            qty += q;
            amount = amount.add(a);
        }
        return new Export(b.toString(), lines, qty, amount);
    }

    /** Units and amount the workspace counts in all (its sales summary over every line). */
    public static SummaryRow totals(Workspace ws) {
        List<SummaryRow> rows = new SummaryQuery(ws).run(List.of("year"), null, null);
        long n = 0;
        long orders = 0;
        long q = 0;
        BigDecimal a = BigDecimal.ZERO;
        BigDecimal m = BigDecimal.ZERO;
        for (SummaryRow s : rows) {
            n += s.rows();
            orders += s.orders();
            q += s.qty();
            a = a.add(s.amount());
            if (s.margin() != null) m = m.add(s.margin());
        }
        return new SummaryRow(List.of(), n, orders, q, a, m);
    }
}
