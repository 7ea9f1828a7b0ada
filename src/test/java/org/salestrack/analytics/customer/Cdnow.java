package org.salestrack.analytics.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.customer.Purchase;
import org.salestrack.model.customer.RepeatSummary;

/** The CDNOW benchmark files (copied from shared/benchmarks/clv into test resources). */
final class Cdnow {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private Cdnow() {}

    /** The published summary: ID, frequency, recency, T in weeks. */
    static List<RepeatSummary> summary() throws IOException {
        List<RepeatSummary> out = new ArrayList<>();
        for (String line : lines("/clv/cdnow_customers_summary.csv").subList(1, 2358)) {
            String[] f = line.split(",");
            out.add(RepeatSummary.of(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        return out;
    }

    /** The 1/10 sample's purchases: customer = sample id. */
    static List<Purchase> samplePurchases() throws IOException {
        List<Purchase> out = new ArrayList<>();
        for (String line : lines("/clv/CDNOW_sample.txt")) {
            String[] f = line.trim().split("\\s+");
            String d = f[2];
            out.add(new Purchase(f[1], LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                    Integer.parseInt(d.substring(6))), Double.parseDouble(f[4])));
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Cdnow.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
