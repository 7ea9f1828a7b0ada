package org.salestrack.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Shoppers seen in both channel types: a share of the store receipts that name a member are made by a Tmall buyer
 * of the store's province (same name and phone, so the importer's pseudonym is the same person). Only who bought
 * changes: every line, amount and total stays as drawn.
 */
final class CrossChannelShoppers {
    /** The share of member receipts made by a Tmall buyer of the province. */
    static final double SHARE = 0.3;

    private CrossChannelShoppers() {}

    static void link(List<SaleRecord> pos, List<SaleRecord> tmall, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, List<Customer>> byProvince = new TreeMap<>();
        Set<String> phones = new HashSet<>();
        for (SaleRecord r : tmall) {
            Customer c = r.customer();
            if (c == null || c.phone() == null || !phones.add(c.phone())) continue;
            byProvince.computeIfAbsent(c.provinceCode(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Customer> byReceipt = new HashMap<>();
        for (int i = 0; i < pos.size(); i++) {
            SaleRecord r = pos.get(i);
            if (r.customer() == null) continue;
            Customer who = byReceipt.get(r.orderId());
            if (who == null) {
                List<Customer> buyers = byProvince.get(r.provinceCode());
                who = buyers != null && rng.nextDouble() < SHARE ? buyers.get(rng.nextInt(buyers.size())) : r.customer();
                byReceipt.put(r.orderId(), who);
            }
            if (who != r.customer()) pos.set(i, r.withCustomer(new Customer(null, who.name(), who.phone(), r.provinceCode(), r.city(), null)));
        }
    }
}
