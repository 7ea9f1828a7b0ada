package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.store.ForecastRuns;
import org.salestrack.store.Workspace;

/**
 * {@code summary --pure / --exclude-tags} and {@code forecast --workspace --pure} (issue 16 #5) on a planted shop: 10,
 * 11 or 12 units a day from January to April 2025, a 618-tagged campaign on 10-16 February and a 双11-tagged one on
 * 1-5 April. The JSON keeps the contract's keys; the numbers are the planted days less the campaign days.
 */
class PureSalesCommandTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 120;

    @TempDir
    Path tmp;
    String ws;

    private static int qty(int d) { return 10 + d % 3; }

    private static boolean in(int d, String from, String to) {
        LocalDate day = FIRST.plusDays(d);
        return !day.isBefore(LocalDate.parse(from)) && !day.isAfter(LocalDate.parse(to));
    }

    @BeforeEach
    void importTheShop() throws Exception {
        ws = tmp.resolve("ws.db").toString();
        Path products = tmp.resolve("products.csv");
        Files.write(products, List.of("sku,product_name,model,series,category,launch_date,list_price,unit_cost",
                "ORDER,Order,Order,Order,phone,2024-01-01,100.00,60.00"));
        List<String> sales = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        for (int d = 0; d < DAYS; d++) sales.add("C" + d + "," + FIRST.plusDays(d) + "," + qty(d) + "," + (qty(d) * 100) + ".00");
        Path salesCsv = tmp.resolve("sales.csv");
        Files.write(salesCsv, sales);
        Path campaigns = tmp.resolve("campaigns.csv");
        Files.write(campaigns, List.of("campaign_code,name,tag,starts,ends,channels,region,promo_type,budget",
                "MID,Mid-year,618,2025-02-10,2025-02-16,Orders,全国,满减,\"¥700.00\"",
                "D11,Singles day,双11,2025-04-01,2025-04-05,Orders,全国,直降,\"¥500.00\""));
        CliRunner r = CliRunner.run("import", "--workspace", ws, "--no-forecast-tracking", products.toString(), salesCsv.toString(),
                campaigns.toString());
        assertThat(r.exit).as(r.err).isZero();
    }

    private static Map<String, Long> plantedByMonth(String... leftOut) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int d = 0; d < DAYS; d++) {
            boolean out2 = false;
            for (int i = 0; i < leftOut.length; i += 2) out2 |= in(d, leftOut[i], leftOut[i + 1]);
            if (!out2) out.merge(FIRST.plusDays(d).toString().substring(0, 7), (long) qty(d), Long::sum);
        }
        return out;
    }

    private static Map<String, Long> qtyByMonth(CliRunner r) throws Exception {
        assertThat(r.exit).as(r.err).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out);
        assertThat(root.size()).isEqualTo(1);
        Map<String, Long> out = new LinkedHashMap<>();
        for (JsonNode row : root.get("rows")) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("month", "rows", "orders", "qty", "amount", "margin");
            out.put(row.get("month").asText(), row.get("qty").asLong());
            assertThat(row.get("amount").decimalValue()).isEqualByComparingTo(java.math.BigDecimal.valueOf(row.get("qty").asLong() * 100));
        }
        return out;
    }

    @Test
    void summaryPureLeavesOutEveryCampaignsDays() throws Exception {
        Map<String, Long> pure = qtyByMonth(CliRunner.run("summary", "--workspace", ws, "--by", "month", "--json", "--pure"));
        assertThat(pure).isEqualTo(plantedByMonth("2025-02-10", "2025-02-16", "2025-04-01", "2025-04-05"));
        assertThat(pure.get("2025-01")).isEqualTo(plantedByMonth().get("2025-01"));
        assertThat(pure.get("2025-02")).isLessThan(plantedByMonth().get("2025-02"));
    }

    @Test
    void summaryExcludeTagsLeavesOutOnlyThoseTags() throws Exception {
        Map<String, Long> no618 = qtyByMonth(CliRunner.run("summary", "--workspace", ws, "--by", "month", "--json", "--exclude-tags", "618"));
        assertThat(no618).isEqualTo(plantedByMonth("2025-02-10", "2025-02-16"));
        Map<String, Long> no11 = qtyByMonth(CliRunner.run("summary", "--workspace", ws, "--by", "month", "--json", "--exclude-tags", "双11,NONE"));
        assertThat(no11).isEqualTo(plantedByMonth("2025-04-01", "2025-04-05"));
    }

    @Test
    void pureAndTagsTogetherAreRefused() {
        CliRunner r = CliRunner.run("summary", "--workspace", ws, "--by", "month", "--pure", "--exclude-tags", "618");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--pure").contains("--exclude-tags");
    }

    @Test
    void forecastFromThePureBaseAndNotKept() throws Exception {
        Path out = tmp.resolve("f.csv");
        CliRunner r = CliRunner.run("forecast", "--workspace", ws, "--level", "channel", "--horizon", "1", "--model", "naive",
                "--out", out.toString(), "--pure");
        assertThat(r.exit).as(r.err).isZero();
        List<String> lines = Files.readAllLines(out);
        // April, the last complete month, without 双11's five days: the naive forecast of May
        long april = plantedByMonth("2025-04-01", "2025-04-05").get("2025-04");
        assertThat(april).isLessThan(plantedByMonth().get("2025-04"));
        assertThat(lines.get(1)).startsWith("Orders,Naive,1,2025-05," + april + ",");
        assertThat(new ForecastRuns(Workspace.open(Path.of(ws))).latest("channel")).isEmpty();
    }
}
