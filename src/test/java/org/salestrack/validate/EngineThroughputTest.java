package org.salestrack.validate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.salestrack.model.ChannelType;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SaleStatus;

/**
 * The engine's share of the 10 s budget for a million lines, without the store: prints a figure, asserts
 * nothing (speed is measured by bench/, never asserted by unit tests). Runs only with {@code -Dbench=true}:
 * {@code mvn -B -o -q test -Dtest=EngineThroughputTest -Dbench=true}.
 */
class EngineThroughputTest {
    @Test
    void timesTheRulesOnAMillionLines() {
        assumeTrue(Boolean.getBoolean("bench"), "set -Dbench=true to run");
        List<SaleFact> sales = million(2026);
        ValidationInput input = ValidationInput.ofSales(sales, RuleRunner.TODAY);
        RuleEngine engine = RuleEngine.standard();
        Map<String, RuleSetting> settings = only(System.getProperty("rules"), engine);
        engine.run(input, settings);
        long start = System.nanoTime();
        ValidationReport report = engine.run(input, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf("validate engine: %,d lines in %.2f s; per rule ms %s; counts %s%n",
                sales.size(), seconds, report.millisByRule(), report.counts());
    }

    /** With -Drules=a,b only those rules run, to time one rule on its own. */
    private static Map<String, RuleSetting> only(String rules, RuleEngine engine) {
        if (rules == null || rules.isBlank()) return Map.of();
        List<String> wanted = List.of(rules.split(","));
        Map<String, RuleSetting> settings = new java.util.HashMap<>();
        for (Rule rule : engine.rules()) {
            if (!wanted.contains(rule.id())) settings.put(rule.id(), new RuleSetting(false, null, Map.of()));
        }
        return settings;
    }

    static List<SaleFact> million(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate first = LocalDate.of(2024, 1, 1);
        List<SaleFact> sales = new ArrayList<>(1_000_000);
        String[] provinces = {"11", "31", "44", "51", "33", "32", "42", "43"};
        for (int i = 0; i < 1_000_000; i++) {
            boolean online = r.nextInt(10) < 4;
            int store = r.nextInt(300);
            int dealer = store % 60;
            String province = provinces[dealer % provinces.length];
            int sku = r.nextInt(40);
            long list = 9_990_000L + sku * 2_000_000L;
            LocalDateTime at = first.plusDays(r.nextInt(730)).atTime(r.nextInt(24), r.nextInt(60));
            String imei = imei(35_000_000_000_000L + i);
            sales.add(new SaleFact(i + 1, 1 + i / 100_000, "big.csv", i % 100_000 + 2, "ch\u001fO" + i + "\u001fP" + sku + "\u001f1",
                    "O" + i, at, online ? "Tmall" : "Direct", online ? ChannelType.ONLINE : ChannelType.OFFLINE,
                    online ? null : "S" + store, province, 30.0, 114.0, online ? null : "D" + dealer, province, 30.0, 114.0,
                    online ? province : null, online ? 30.0 + r.nextDouble() : null, online ? 114.0 : null,
                    "P" + sku, first, list, 1, list, list, 0.05, "C" + r.nextInt(200_000), imei, "W" + i, null,
                    SaleStatus.PAID));
        }
        return sales;
    }

    private static String imei(long body14) {
        String b = Long.toString(body14);
        return b + Imei.checkDigit(b + "0");
    }
}
