package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code campaigns}, {@code attribution} and {@code abtest}: files imported as a user would, the issue's JSON read back. */
class MarketingCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 3);

    @TempDir
    Path tmp;

    private String ws() { return tmp.resolve("ws.db").toString(); }

    @Test
    void abtestPrintsTheIssuesFiguresWithExactlyItsKeys() throws Exception {
        CliRunner r = CliRunner.run("abtest", "--a", "120/1000", "--b", "145/1000", "--json");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode out = JSON.readTree(r.out);
        assertThat(fields(out)).containsExactly("p_b_beats_a", "expected_loss_a", "expected_loss_b", "a", "b");
        assertThat(fields(out.get("a"))).containsExactly("mean", "low", "high");
        assertThat(out.get("p_b_beats_a").asDouble()).isCloseTo(0.9502, within(0.00005));
        assertThat(out.get("b").get("mean").asDouble()).isCloseTo(146.0 / 1002, within(1e-6));
        assertThat(out.get("expected_loss_a").asDouble()).isGreaterThan(out.get("expected_loss_b").asDouble());

        CliRunner text = CliRunner.run("abtest", "--a", "120/1000", "--b", "145/1000");
        assertThat(text.out).contains("P(B > A) = 0.9502").contains("budget split (Thompson sampling): A 4.");
    }

    @Test
    void abtestRefusesCountsThatAreNoConversions() {
        CliRunner r = CliRunner.run("abtest", "--a", "1200/1000", "--b", "145/1000");
        assertThat(r.exit).isNotZero();
        assertThat(r.err).contains("between 0 and 1000");
    }

    /** The issue's journeys as touchpoint rows: {A: 10, B: 5, A+B: 20, A+B+C: 9, C: 0} -> Shapley A 23, B 18, C 3. */
    @Test
    void attributionOfImportedTouchpointsGivesTheIssuesShapleyValues() throws Exception {
        List<String> rows = new ArrayList<>(List.of("customer_id,at,channel,order_id"));
        int[] customer = {0};
        journeys(rows, customer, 10, "A");
        journeys(rows, customer, 5, "B");
        journeys(rows, customer, 20, "A", "B");
        journeys(rows, customer, 9, "A", "B", "C");
        rows.add("K" + customer[0] + ",2025-01-02 10:00:00,C,");
        Path csv = tmp.resolve("touchpoints.csv");
        Files.write(csv, rows);
        CliRunner imp = CliRunner.run("import", "--workspace", ws(), csv.toString());
        assertThat(imp.exit).as(imp.err).isZero();

        CliRunner r = CliRunner.run("attribution", "--workspace", ws(), "--model", "shapley", "--json");

        assertThat(r.exit).as(r.err).isZero();
        JsonNode models = JSON.readTree(r.out).get("models");
        assertThat(models).hasSize(1);
        assertThat(models.get(0).get("model").asText()).isEqualTo("shapley");
        Map<String, Double> credit = new HashMap<>();
        for (JsonNode c : models.get(0).get("channels")) {
            assertThat(fields(c)).containsExactly("channel", "conversions", "value", "removal_effect");
            credit.put(c.get("channel").asText(), c.get("conversions").asDouble());
        }
        assertThat(credit).containsEntry("A", 23.0).containsEntry("B", 18.0).containsEntry("C", 3.0);

        JsonNode all = JSON.readTree(CliRunner.run("attribution", "--workspace", ws(), "--json").out).get("models");
        assertThat(all).extracting(m -> m.get("model").asText())
                .containsExactly("first", "last", "linear", "time-decay", "position", "markov", "shapley");
        assertThat(all.get(0).get("channels").get(0).get("conversions").asDouble()).as("first touch: A opens 39 of 44").isEqualTo(39.0);
        assertThat(all.get(5).get("channels").get(0).get("removal_effect").isNumber()).isTrue();
        assertThat(CliRunner.run("attribution", "--workspace", ws(), "--model", "u-shaped").err).contains("unknown attribution model");
    }

    /**
     * 84 days of 10 units a weekday and 14 a weekend day at ¥100 (cost ¥60), then a 14-day campaign selling
     * half as much again, then 14 normal days: the baseline is the normal level, the increment 78 units.
     */
    @Test
    void campaignsMeasuresAPlantedIncrementAgainstTheForecastBaseline() throws Exception {
        Files.write(tmp.resolve("products.csv"), List.of("sku,product_name,model,series,category,launch_date,list_price,unit_cost",
                "ORDER,Order,Order,Order,phone,2024-01-01,100.00,60.00"));
        List<String> sales = new ArrayList<>(List.of("customer_id,date,quantity,amount"));
        double plantedUnits = 0;
        // every line is a customer of its own, each placing one order: the new customers of a month are its lines
        java.util.Map<java.time.YearMonth, Integer> linesByMonth = new java.util.HashMap<>();
        int windowLines = 0;
        for (int d = 0; d < 112; d++) {
            LocalDate day = FIRST.plusDays(d);
            int normal = day.getDayOfWeek().getValue() >= 6 ? 14 : 10;
            int qty = normal + (d * 7919 % 3) - 1;
            if (d >= 84 && d < 98) {
                plantedUnits += qty * 0.5;
                qty = (int) Math.round(qty * 1.5);
            }
            for (int i = 0; i < qty; i++) sales.add("C" + d + "-" + i + "," + day + ",1,100.00");
            linesByMonth.merge(java.time.YearMonth.from(day), qty, Integer::sum);
            if (d >= 84 && d < 98) windowLines += qty;
        }
        Files.write(tmp.resolve("sales.csv"), sales);
        LocalDate starts = FIRST.plusDays(84), ends = FIRST.plusDays(97);
        Files.write(tmp.resolve("campaigns.csv"), List.of("campaign_code,name,tag,starts,ends,channels,region,promo_type,budget",
                "SPRING," + "Spring sale,spring," + starts + "," + ends + ",Orders,全国,满减,\"¥1,400.00\""));
        List<String> spend = new ArrayList<>(List.of("date,channel,campaign_code,spend,impressions,clicks"));
        for (int d = 0; d < 14; d++) spend.add(starts.plusDays(d) + ",Orders,SPRING,100.00,1000,10");
        spend.add(FIRST + ",Orders,,55.00,1000,10");
        Files.write(tmp.resolve("spend.csv"), spend);
        for (String f : List.of("products.csv", "sales.csv", "campaigns.csv", "spend.csv")) {
            CliRunner imp = CliRunner.run("import", "--workspace", ws(), tmp.resolve(f).toString());
            assertThat(imp.exit).as(f + ": " + imp.err).isZero();
        }

        CliRunner r = CliRunner.run("campaigns", "--workspace", ws(), "--json");

        assertThat(r.exit).as(r.err).isZero();
        JsonNode list = JSON.readTree(r.out).get("campaigns");
        assertThat(list).hasSize(1);
        JsonNode c = list.get(0);
        // the issue's keys exactly as they were, then the dip, the halo and the synthetic control appended
        assertThat(fields(c)).containsExactly("campaign", "starts", "ends", "spend", "baseline", "actual", "incremental_revenue",
                "incremental_low", "incremental_high", "roi", "revenue_per_spend", "dip_days", "dip_revenue", "dip_low", "dip_high",
                "halo_revenue", "halo_low", "halo_high", "synthetic_baseline", "synthetic_incremental", "synthetic_low",
                "synthetic_high", "synthetic_donors");
        // one channel sold nationwide: nothing untouched, so neither a halo nor a synthetic control
        assertThat(c.get("halo_revenue").isNull()).isTrue();
        assertThat(c.get("synthetic_baseline").isNull()).isTrue();
        assertThat(c.get("synthetic_donors")).isEmpty();
        // the 14 days after are normal days: the dip's interval holds zero, and it reads as the workbook's dip cell
        assertThat(c.get("dip_days").asInt()).isEqualTo(14);
        assertThat(0.0).isBetween(c.get("dip_low").asDouble(), c.get("dip_high").asDouble());
        assertThat(c.get("dip_revenue").asDouble()).isBetween(c.get("dip_low").asDouble(), c.get("dip_high").asDouble());
        assertThat(c.get("campaign").asText()).isEqualTo("SPRING");
        assertThat(c.get("starts").asText()).isEqualTo("2025-05-26");
        assertThat(c.get("spend").decimalValue()).isEqualByComparingTo("1400.00");
        double planted = plantedUnits * 100;
        double actual = c.get("actual").asDouble();
        assertThat(c.get("incremental_revenue").asDouble()).isCloseTo(planted, within(planted * 0.15));
        assertThat(planted).isBetween(c.get("incremental_low").asDouble(), c.get("incremental_high").asDouble());
        assertThat(c.get("baseline").asDouble() + c.get("incremental_revenue").asDouble()).isCloseTo(actual, within(0.02));
        assertThat(c.get("revenue_per_spend").asDouble()).isCloseTo(actual / 1400, within(1e-4));
        // margin is ¥40 a unit, so ROI = incremental revenue x 0.4 / spend
        assertThat(c.get("roi").asDouble()).isCloseTo(c.get("incremental_revenue").asDouble() * 0.4 / 1400, within(1e-3));

        // the workbook's Marketing sheet holds the same campaign, its ratios as live formulas over its cells
        Path xlsx = tmp.resolve("report.xlsx");
        CliRunner rep = CliRunner.run("report", "--workspace", ws(), "--out", xlsx.toString(), "--sections", "marketing");
        assertThat(rep.exit).as(rep.err).isZero();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("Marketing");
            assertThat(sheet).isNotNull();
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(4);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("SPRING");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1400.0);
            assertThat(row.getCell(7).getCellFormula()).isEqualTo("G5-F5");
            assertThat(row.getCell(7).getNumericCellValue()).isCloseTo(c.get("incremental_revenue").asDouble(), within(0.02));
            assertThat(row.getCell(13).getCellFormula()).isEqualTo("IF(E5=0,\"\",M5/E5)");
            assertThat(row.getCell(13).getNumericCellValue()).isCloseTo(c.get("roi").asDouble(), within(1e-4));
            assertThat(row.getCell(14).getNumericCellValue()).isCloseTo(c.get("revenue_per_spend").asDouble(), within(1e-4));
            assertThat(sheet.getRow(5).getCell(4).getCellFormula()).isEqualTo("SUM(E5:E5)");
            // the dip after with its interval, then the halo and the synthetic control left blank: there are none
            assertThat(sheet.getRow(3).getCell(16).getStringCellValue()).isEqualTo("Dip after, low (90%)");
            assertThat(row.getCell(15).getNumericCellValue()).isCloseTo(c.get("dip_revenue").asDouble(), within(0.005));
            assertThat(row.getCell(16).getNumericCellValue()).isCloseTo(c.get("dip_low").asDouble(), within(0.005));
            assertThat(row.getCell(17).getNumericCellValue()).isCloseTo(c.get("dip_high").asDouble(), within(0.005));
            assertThat(row.getCell(18)).isNull();
            assertThat(row.getCell(21)).isNull();

            // channel ROI by month below: the always-on ¥55 in March, SPRING's ¥600 in May and ¥800 in June
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Channel ROI by month");
            String[] months = {"2025-03", "2025-05", "2025-06"};
            double[] spent = {55, 600, 800};
            double increments = 0;
            for (int i = 0; i < 3; i++) {
                org.apache.poi.ss.usermodel.Row m = sheet.getRow(11 + i);
                int excel = 12 + i;
                assertThat(m.getCell(0).getStringCellValue()).isEqualTo("Orders");
                assertThat(m.getCell(1).getStringCellValue()).isEqualTo(months[i]);
                assertThat(m.getCell(2).getNumericCellValue()).isEqualTo(spent[i]);
                int fresh = linesByMonth.get(java.time.YearMonth.parse(months[i]));
                assertThat(m.getCell(7).getNumericCellValue()).as(months[i] + " new customers").isEqualTo(fresh);
                assertThat(m.getCell(5).getCellFormula()).isEqualTo("IF(C" + excel + "=0,\"\",E" + excel + "/C" + excel + ")");
                assertThat(m.getCell(8).getCellFormula()).isEqualTo("IF(OR(H" + excel + "=0,C" + excel + "=0),\"\",C" + excel + "/H" + excel + ")");
                assertThat(m.getCell(8).getNumericCellValue()).isCloseTo(spent[i] / fresh, within(1e-6));
                increments += m.getCell(3).getNumericCellValue();
            }
            assertThat(sheet.getRow(11).getCell(3).getNumericCellValue()).as("no campaign in March").isZero();
            assertThat(increments).isCloseTo(c.get("incremental_revenue").asDouble(), within(0.03));
            assertThat(sheet.getRow(14).getCell(2).getCellFormula()).isEqualTo("SUM(C12:C14)");
            assertThat(sheet.getRow(14).getCell(2).getNumericCellValue()).isEqualTo(1455.0);

            // the customers SPRING brought: its window's lines, none of whom came back; CAC = ¥1,400 / them
            assertThat(sheet.getRow(17).getCell(0).getStringCellValue()).isEqualTo("Customers the campaigns brought");
            org.apache.poi.ss.usermodel.Row brought = sheet.getRow(20);
            assertThat(brought.getCell(0).getStringCellValue()).isEqualTo("SPRING");
            assertThat(brought.getCell(3).getNumericCellValue()).isEqualTo(windowLines);
            assertThat(brought.getCell(4).getNumericCellValue()).isZero();
            assertThat(brought.getCell(5).getNumericCellValue()).isZero();
            assertThat(brought.getCell(6).getCellFormula()).isEqualTo("IF(OR(D21=0,C21=0),\"\",C21/D21)");
            assertThat(brought.getCell(6).getNumericCellValue()).isCloseTo(1400.0 / windowLines, within(1e-6));
        }
    }

    private static void journeys(List<String> rows, int[] customer, int count, String... channels) {
        for (int i = 0; i < count; i++) {
            String id = "K" + customer[0]++;
            for (int k = 0; k < channels.length; k++) {
                boolean last = k == channels.length - 1;
                rows.add(id + ",2025-01-0" + (k + 1) + " 10:00:00," + channels[k] + "," + (last ? "O" + id : ""));
            }
        }
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
