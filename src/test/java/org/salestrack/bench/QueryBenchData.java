package org.salestrack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.store.Rollups;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;

/**
 * Writes a large workspace for the query benchmark with plain SQL: 12 channels, 34 provinces x 5
 * cities, 300 dealers, 1,500 stores, 80 SKUs, two years of lines with a weekly rhythm and 618 /
 * Double 11 peaks, 45% online. Then builds sale_day and the cube rollups as an import would.
 */
public final class QueryBenchData {
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    static final int DAYS = 731;
    private static final String[] ONLINE = {"天猫", "京东", "抖音", "拼多多", "官方商城", "快手"};
    private static final String[] OFFLINE = {"直营店", "授权店", "运营商", "一级经销商", "二级经销商", "三级经销商"};

    private QueryBenchData() {}

    public static void build(Workspace ws, long lines, long seed, java.io.PrintStream log) throws SQLException {
        Random rnd = new Random(seed);
        try (Connection c = ws.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -262144");
            }
            c.setAutoCommit(false);
            exec(c, "INSERT INTO import_batch(id, file_name, sha256, kind, profile, rows_read, rows_stored, status, started_at) "
                    + "VALUES (1, 'bench', 'bench-" + lines + "', 'sales', 'bench', " + lines + ", " + lines + ", 'stored', '2026-01-01T00:00:00')");
            for (int i = 0; i < 12; i++) {
                exec(c, "INSERT INTO channel(id, name, type) VALUES (" + (i + 1) + ", '" + (i < 6 ? ONLINE[i] : OFFLINE[i - 6]) + "', '"
                        + (i < 6 ? "online" : "offline") + "')");
            }
            List<Province> provinces = Provinces.get().all();
            double[] weight = new double[provinces.size()];
            int regionId = 0;
            for (int p = 0; p < provinces.size(); p++) {
                weight[p] = 0.2 + rnd.nextDouble() * (p % 5 == 0 ? 3 : 1);
                Province pr = provinces.get(p);
                for (int k = 1; k <= 5; k++) {
                    regionId++;
                    exec(c, "INSERT INTO region(id, country, region, province, city) VALUES (" + regionId + ", 'CN', '" + pr.salesRegion()
                            + "', '" + pr.code() + "', '" + pr.nameZh() + "市" + k + "')");
                }
            }
            for (int d = 1; d <= 300; d++) {
                exec(c, "INSERT INTO dealer(id, code, name, tier, province) VALUES (" + d + ", 'D" + (1000 + d) + "', '经销商" + d + "', 'T"
                        + (1 + d % 3) + "', '" + provinces.get(d % provinces.size()).code() + "')");
            }
            int stores = 1500;
            int[] storeRegion = new int[stores + 1];
            int[] storeDealer = new int[stores + 1];
            int[] storeChannel = new int[stores + 1];
            for (int st = 1; st <= stores; st++) {
                int p = pick(weight, rnd);
                storeRegion[st] = p * 5 + 1 + rnd.nextInt(5);
                storeDealer[st] = 1 + rnd.nextInt(300);
                storeChannel[st] = 7 + rnd.nextInt(6);
                exec(c, "INSERT INTO store(id, code, name, dealer_id, channel_id, region_id) VALUES (" + st + ", 'S" + (10000 + st) + "', '门店"
                        + st + "', " + storeDealer[st] + ", " + storeChannel[st] + ", " + storeRegion[st] + ")");
            }
            String[] series = {"星耀", "新锐", "极光", "畅享", "手环", "手表"};
            long[] price = new long[81];
            long[] cost = new long[81];
            for (int sku = 1; sku <= 80; sku++) {
                int model = (sku - 1) / 4;
                int ser = model < 16 ? model / 4 : 4 + (model - 16) / 2;
                price[sku] = (ser < 4 ? 1299 + ser * 900 + (sku % 4) * 300 : 299 + (sku % 4) * 100) * 10_000L;
                cost[sku] = price[sku] * 7 / 10;
                exec(c, "INSERT INTO product(id, sku, name, model, series, category, list_price_e4, unit_cost_e4) VALUES (" + sku
                        + ", 'SKU" + (100 + sku) + "', '" + series[ser] + " M" + model + " 款" + (sku % 4) + "', 'M" + model + "', '" + series[ser]
                        + "', '" + (ser < 4 ? "手机" : "穿戴") + "', " + price[sku] + ", " + cost[sku] + ")");
            }
            double[] dayWeight = new double[DAYS];
            for (int d = 0; d < DAYS; d++) {
                LocalDate date = FIRST.plusDays(d);
                double w = 1 + 0.25 * (date.getDayOfWeek().getValue() >= 6 ? 1 : 0) + d / (double) DAYS * 0.3;
                if (date.getMonthValue() == 6 && date.getDayOfMonth() >= 1 && date.getDayOfMonth() <= 18) w *= 2.2;
                if (date.getMonthValue() == 11 && date.getDayOfMonth() <= 11) w *= 2.6;
                dayWeight[d] = w;
            }
            double[] skuWeight = new double[81];
            for (int sku = 1; sku <= 80; sku++) skuWeight[sku] = 1.0 / Math.pow(1 + rnd.nextInt(80), 0.8);
            double[] cumDay = cumulative(dayWeight);
            double[] cumSku = cumulative(skuWeight);
            double[] cumProv = cumulative(weight);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sale(batch_id, src_row, order_id, line_no, sold_at, sale_date, channel_id, "
                    + "store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, margin_e4, status, hold) "
                    + "VALUES (1,?,?,1,?,?,?,?,?,?,?,?,?,?,?,'paid',0)")) {
                String[] dates = new String[DAYS];
                for (int d = 0; d < DAYS; d++) dates[d] = FIRST.plusDays(d).toString();
                for (long i = 0; i < lines; i++) {
                    int d = search(cumDay, rnd.nextDouble());
                    int sku = Math.max(1, search(cumSku, rnd.nextDouble()));
                    boolean online = rnd.nextDouble() < 0.45;
                    int qty = rnd.nextDouble() < 0.9 ? 1 : 2;
                    long unit = price[sku] - (online ? price[sku] / 20 : 0);
                    long amount = unit * qty;
                    ps.setLong(1, i + 1);
                    ps.setString(2, "O" + i);
                    ps.setString(3, dates[d] + "T12:00:00");
                    ps.setString(4, dates[d]);
                    if (online) {
                        ps.setLong(5, 1 + rnd.nextInt(6));
                        ps.setNull(6, java.sql.Types.INTEGER);
                        ps.setNull(7, java.sql.Types.INTEGER);
                        ps.setLong(8, search(cumProv, rnd.nextDouble()) * 5L + 1 + rnd.nextInt(5));
                    } else {
                        int st = 1 + rnd.nextInt(stores);
                        ps.setLong(5, storeChannel[st]);
                        ps.setLong(6, st);
                        ps.setLong(7, storeDealer[st]);
                        ps.setLong(8, storeRegion[st]);
                    }
                    ps.setLong(9, sku);
                    ps.setLong(10, qty);
                    ps.setLong(11, unit);
                    ps.setLong(12, amount);
                    ps.setLong(13, amount - cost[sku] * qty);
                    ps.addBatch();
                    if ((i + 1) % 10_000 == 0) ps.executeBatch();
                    if ((i + 1) % 1_000_000 == 0) log.printf("  %,d lines (%.0f s)%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
                ps.executeBatch();
            }
            c.commit();
            log.printf("  sale rows written in %.0f s; building sale_day%n", (System.nanoTime() - t0) / 1e9);
            Rollups.rebuild(c);
            exec(c, "INSERT INTO audit_log(at, who, action, subject, detail) VALUES ('2026-01-01T00:00:00', 'bench', 'import', 'batch 1', 'bench')");
            c.commit();
            c.setAutoCommit(true);
            log.printf("  sale_day built (%.0f s); building cube rollups%n", (System.nanoTime() - t0) / 1e9);
        }
        new CubeRollups(ws).rebuild(Cancellation.none());
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) c[i] = sum += w[i];
        for (int i = 0; i < w.length; i++) c[i] /= sum;
        return c;
    }

    private static int search(double[] cum, double u) {
        int i = java.util.Arrays.binarySearch(cum, u);
        return Math.min(cum.length - 1, i >= 0 ? i : -i - 1);
    }

    private static int pick(double[] w, Random rnd) { return search(cumulative(w), rnd.nextDouble()); }

    static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }
}
