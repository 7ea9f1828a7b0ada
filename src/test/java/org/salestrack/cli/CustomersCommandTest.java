package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code customers}: a transaction list imported through the shipped profile, analysed end to end. */
class CustomersCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String ws() { return tmp.resolve("ws.db").toString(); }

    @Test
    void theCdnowSampleImportedAsATransactionListGivesThePublishedLifetimeModels() throws Exception {
        Path csv = tmp.resolve("cdnow.csv");
        List<String> lines = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("/clv/CDNOW_sample.txt"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank()).forEach(l -> {
                String[] f = l.trim().split("\\s+");
                lines.add(f[1] + "," + f[2] + "," + f[3] + "," + f[4]);
            });
        }
        Files.write(csv, lines);
        CliRunner imp = CliRunner.run("import", "--workspace", ws(), "--json", csv.toString());
        assertThat(imp.exit).as(imp.err).isZero();
        assertThat(JSON.readTree(imp.out).get("batches").get(0).get("stored").asLong()).isEqualTo(6919);

        CliRunner r = CliRunner.run("customers", "--workspace", ws(), "--clv", "--calibration-end", "1997-09-30", "--unit", "week",
                "--horizon", "39", "--json");

        assertThat(r.exit).as(r.err).isZero();
        JsonNode out = JSON.readTree(r.out);
        JsonNode bg = out.get("bgnbd");
        assertThat(bg.get("r").asDouble()).isCloseTo(0.243, within(0.0005));
        assertThat(bg.get("alpha").asDouble()).isCloseTo(4.414, within(0.005));
        assertThat(bg.get("a").asDouble()).isCloseTo(0.793, within(0.0005));
        assertThat(bg.get("b").asDouble()).isCloseTo(2.426, within(0.005));
        assertThat(bg.get("loglik").asDouble()).isCloseTo(-9582.4, within(0.1));
        JsonNode gg = out.get("gamma_gamma");
        assertThat(gg.get("p").asDouble()).isCloseTo(6.25, within(0.005));
        assertThat(gg.get("q").asDouble()).isCloseTo(3.74, within(0.005));
        assertThat(gg.get("gamma").asDouble()).isCloseTo(15.44, within(0.005));
        assertThat(out.get("customers")).hasSize(2357);
        JsonNode first = null;
        for (JsonNode c : out.get("customers")) {
            if (c.get("x").asInt() == 2 && Math.abs(c.get("t_x").asDouble() - 30.43) < 0.005 && Math.abs(c.get("T").asDouble() - 38.86) < 0.005) first = c;
        }
        assertThat(first).isNotNull();
        assertThat(first.get("expected_purchases").asDouble()).isCloseTo(1.226, within(0.001));
        assertThat(first.get("expected_spend").asDouble()).isCloseTo(24.65, within(0.01));
        assertThat(first.get("customer").asText()).startsWith("C-");   // pseudonymous, never the raw id
    }

    @Test
    void rfmChurnAndHighValueOfAPlantedTransactionList() throws Exception {
        Path csv = tmp.resolve("orders.csv");
        Files.write(csv, List.of("customer_id,date,quantity,amount",
                "A,2025-01-10,1,3000.00", "A,2025-11-20,1,3500.50",
                "B,2024-03-01,1,6000.00",
                "C,2025-06-01,1,2000.00", "C,2025-06-01,1,1000.00",
                "D,2025-12-01,1,99.90"));
        assertThat(CliRunner.run("import", "--workspace", ws(), csv.toString()).exit).isZero();

        CliRunner r = CliRunner.run("customers", "--workspace", ws(), "--as-of", "2025-12-31", "--json");

        assertThat(r.exit).as(r.err).isZero();
        JsonNode out = JSON.readTree(r.out);
        assertThat(out.get("customers").asInt()).isEqualTo(4);
        // B (2024-03) and C (2025-06-01, before 2025-06-30) have not bought for six months
        assertThat(out.get("churned").asInt()).isEqualTo(2);
        // the transactions profile has no categories, so only B's single ¥6,000 purchase makes a high-value buyer
        assertThat(out.get("high_value").asInt()).isEqualTo(1);
        BigDecimal spend = BigDecimal.ZERO;
        long customers = 0;
        for (JsonNode s : out.get("segments")) {
            spend = spend.add(s.get("spend").decimalValue());
            customers += s.get("customers").asLong();
        }
        assertThat(spend).isEqualByComparingTo("15600.40");
        assertThat(customers).isEqualTo(4);
        long inGrid = 0;
        for (JsonNode c : out.get("rfm")) inGrid += c.get("customers").asLong();
        assertThat(out.get("rfm")).hasSize(25);
        assertThat(inGrid).isEqualTo(4);
        assertThat(out.get("win_back")).extracting(n -> n.get("customer").asText()).hasSize(2);
        assertThat(out.get("win_back").get(0).get("spend").decimalValue()).isEqualByComparingTo("6000.00");
        assertThat(out.get("win_back").get(0).get("last_purchase").asText()).isEqualTo("2024-03-01");
    }

    @Test
    void cutPointsTheUserSetsAndTheMigrationBetweenTwoDays() throws Exception {
        Path csv = tmp.resolve("orders.csv");
        Files.write(csv, List.of("customer_id,date,quantity,amount",
                "A,2025-01-10,1,3000.00", "A,2025-11-20,1,3500.50", "B,2025-03-01,1,6000.00", "C,2025-12-20,1,100.00"));
        assertThat(CliRunner.run("import", "--workspace", ws(), csv.toString()).exit).isZero();

        CliRunner r = CliRunner.run("customers", "--workspace", ws(), "--as-of", "2025-12-31", "--rfm-cuts", "30,90,180,365;1,2,3,4;500,2000,5000,10000",
                "--migration-from", "2025-06-30", "--json");

        assertThat(r.exit).as(r.err).isZero();
        JsonNode out = JSON.readTree(r.out);
        // A: 41 days since its last purchase -> R4 (below 90, 180, 365), 2 purchases -> F2: potential loyalists
        // B: 305 days -> R2 (below 365 only), 1 purchase -> F1: hibernating; C: 11 days -> R5, F1: new customer
        long cell42 = 0;
        for (JsonNode c : out.get("rfm")) if (c.get("r").asInt() == 4 && c.get("f").asInt() == 2) cell42 = c.get("customers").asLong();
        assertThat(cell42).isEqualTo(1);
        assertThat(out.get("cuts").get("recency_days").get(3).asDouble()).isEqualTo(365);
        // on 2025-06-30 A and B existed (C came later); both moved
        long moved = 0;
        for (JsonNode m : out.get("migration")) moved += m.get("customers").asLong();
        assertThat(moved).isEqualTo(2);
        CliRunner bad = CliRunner.run("customers", "--workspace", ws(), "--rfm-cuts", "1,2;3");
        assertThat(bad.exit).isNotZero();
        assertThat(bad.err).contains("three groups separated by ';'");
    }
}
