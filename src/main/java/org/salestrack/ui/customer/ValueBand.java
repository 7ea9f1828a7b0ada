package org.salestrack.ui.customer;

import org.salestrack.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.salestrack.analytics.customer.CustomerService;
import org.salestrack.ui.Format;

/** The lifetime-value distribution as bands of yuan (0, under 100, 100-500, ...): how many customers hold how much value. */
record ValueBand(String label, long customers, long valueE4) {
    private static final long[] EDGES_YUAN = {100, 500, 1_000, 2_000, 5_000};

    static List<ValueBand> of(CustomerService.Clv clv, Locale l) {
        int n = EDGES_YUAN.length + 1;
        long[] customers = new long[n];
        long[] value = new long[n];
        long unknown = 0;
        for (CustomerService.Clv.Row r : clv.customers()) {
            if (!Double.isFinite(r.value())) {
                unknown++;
                continue;
            }
            int b = 0;
            while (b < EDGES_YUAN.length && r.value() >= EDGES_YUAN[b]) b++;
            customers[b]++;
            value[b] += Money.e4OfYuan(r.value());
        }
        List<ValueBand> out = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            String label = b == 0 ? "< " + Format.money(Money.e4OfWholeYuan(EDGES_YUAN[0]), l)
                    : b == n - 1 ? "≥ " + Format.money(Money.e4OfWholeYuan(EDGES_YUAN[b - 1]), l)
                    : Format.money(Money.e4OfWholeYuan(EDGES_YUAN[b - 1]), l) + " – " + Format.money(Money.e4OfWholeYuan(EDGES_YUAN[b]), l);
            out.add(new ValueBand(label, customers[b], value[b]));
        }
        if (unknown > 0) out.add(new ValueBand("–", unknown, 0));
        return out;
    }
}
