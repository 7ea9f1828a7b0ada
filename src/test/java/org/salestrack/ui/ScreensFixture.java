package org.salestrack.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.ValidationService;

/**
 * A workspace with 30 months of sales for the forecast and reports screens: two provinces x two series x
 * two channels, a yearly season, a trend, and prices that move (so an elasticity can be estimated). Built
 * as a user builds one: a CSV imported with the test profile.
 */
public final class ScreensFixture {
    public static final YearMonth FIRST = YearMonth.of(2023, 1);
    public static final int MONTHS = 30;

    public final TestWorkspace ws;
    public final ScreenServices services;

    private ScreensFixture(TestWorkspace ws) {
        this.ws = ws;
        this.services = org.salestrack.app.WorkspaceServices.screens(ws.workspace, "SalesTrack test", ValidationService.of(ws.workspace));
    }

    public static ScreensFixture create(Path dir) {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        try {
            Path csv = dir.resolve("monthly-sales.csv");
            Files.writeString(csv, csv(), StandardCharsets.UTF_8);
            ws.imports.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
            ws.explore.refresh(Cancellation.none());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new ScreensFixture(ws);
    }

    /** Deterministic lines: one per month, province, product and channel. */
    static String csv() {
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        String[][] provinces = {{"广东", "深圳", "1.0"}, {"浙江", "杭州", "0.6"}};
        String[][] products = {{"P50-128-BK", "星耀 P50 128G 黑", "P50", "星耀", "手机", "2999", "40"}, {"W3-GY", "手环 W3 灰", "W3", "穿戴", "穿戴", "99", "25"}};
        String[][] channels = {{"天猫", "online", "", "1.0"}, {"直营店", "offline", "S001", "0.7"}};
        int order = 0;
        for (int m = 0; m < MONTHS; m++) {
            YearMonth ym = FIRST.plusMonths(m);
            double season = 1 + 0.3 * Math.sin(2 * Math.PI * (ym.getMonthValue() - 3) / 12.0);
            double priceFactor = 1 - 0.08 * Math.cos(m * 1.3);
            for (String[] p : provinces) {
                for (String[] pr : products) {
                    for (String[] ch : channels) {
                        double price = Math.round(Double.parseDouble(pr[5]) * priceFactor);
                        double units = Double.parseDouble(pr[6]) * Double.parseDouble(p[2]) * Double.parseDouble(ch[3]) * season
                                * (1 + 0.01 * m) * Math.pow(priceFactor, -1.8);
                        long qty = Math.max(1, Math.round(units));
                        b.append(String.format(Locale.ROOT, "T%05d,%s-15 12:00:00,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d,%.2f%n", order++, ym,
                                ch[0], ch[1], ch[2], p[0], p[1], pr[0], pr[1], pr[2], pr[3], pr[4], qty, qty * price));
                    }
                }
            }
        }
        return b.toString();
    }
}
