package org.salestrack.analytics.alert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales file (the test-pos profile, ingest/pos-profile.json) planted for the alert rules: in November
 * 2025 against October, 广东 +20% (fires), 浙江 +15% exactly (does not), 海南 +60% on 50 units (below the
 * minimum volume of 100); against November 2024, 广东 +50% and 浙江 +15%. November ends on the 30th, so it is
 * the last complete month. One store per province (S01 广东, S02 浙江, S03 海南), one SKU.
 */
public final class PlantedAlerts {
    private PlantedAlerts() {}

    /** {@code units} sold in {@code province} through store {@code store} in month {@code month}, 5 a line. */
    static void lines(List<String> out, String month, String store, String province, int units) {
        int n = 0;
        for (int left = units; left > 0; left -= 5) {
            int q = Math.min(5, left);
            n++;
            out.add(String.format("%s-%s-%d,1,%s-%02d 10:00:00,%s,P10,%d,%d.00,%s,,", store, month, n, month, 1 + (n % 28), store, q, q * 1000, province));
        }
    }

    public static Path plant(Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("receipt,line,time,store,sku,qty,amount,province,customer,phone");
        lines(rows, "2024-11", "S01", "广东省", 80);
        lines(rows, "2024-11", "S02", "浙江省", 100);
        lines(rows, "2025-10", "S01", "广东省", 100);
        lines(rows, "2025-11", "S01", "广东省", 120);
        lines(rows, "2025-10", "S02", "浙江省", 100);
        lines(rows, "2025-11", "S02", "浙江省", 114);
        lines(rows, "2025-10", "S03", "海南省", 50);
        lines(rows, "2025-11", "S03", "海南省", 80);
        rows.add("S02-last,1,2025-11-30 18:00:00,S02,P10,1,1000.00,浙江省,,");
        Path csv = dir.resolve("planted.csv");
        Files.write(csv, rows, StandardCharsets.UTF_8);
        return csv;
    }
}
