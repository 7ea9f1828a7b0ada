package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.cli.CliRunner;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * {@code dealers --period 2025-Q3 --json} on the sample files of two dealers (the stuffing dealer, graded C now that
 * coverage counts the counties of its province, and a T3 city dealer) plus the register, sell-in, targets, service scores and the POS export, against the
 * figures added up here straight from the sample files.
 */
class DealersCommandOnSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<YearMonth> Q3 = Set.of(YearMonth.of(2025, 7), YearMonth.of(2025, 8), YearMonth.of(2025, 9));
    private static final Set<YearMonth> Q3_2024 = Set.of(YearMonth.of(2024, 7), YearMonth.of(2024, 8), YearMonth.of(2024, 9));

    @TempDir
    static Path tmp;
    static Map<String, JsonNode> byDealer = new HashMap<>();

    @BeforeAll
    static void importTwoDealers() throws Exception {
        Path src = SampleFixture.dir();
        Path in = tmp.resolve("in");
        for (String f : List.of("master/products.csv", "master/dealers.csv", "master/stores.csv", "dealers/sell-in.csv", "plans/targets.csv",
                "plans/dealer-service.csv", "stores/pos-sales-2024-2025.csv", "dealers/dealer-D018.xlsx", "dealers/dealer-D052.xlsx")) {
            Files.createDirectories(in.resolve(f).getParent());
            Files.copy(src.resolve(f), in.resolve(f));
        }
        Path ws = tmp.resolve("ws.db");
        try (Workspace w = Workspace.open(ws)) {
            new FolderImport(new ImportService(w, ProfileLibrary.load(null), ImportPolicy.DEFAULT)).importFolder(in, ProgressListener.NONE,
                    Cancellation.none());
        }
        CliRunner r = CliRunner.run("dealers", "--workspace", ws.toString(), "--period", "2025-Q3", "--json");
        assertThat(r.exit).as(r.err).isZero();
        for (JsonNode d : JSON.readTree(r.out).get("dealers")) byDealer.put(d.get("dealer").asText(), d);
    }

    /** What the sample files say of a dealer in 2025-Q3, added up without the workspace. */
    private record Expected(long salesE4, long salesYearBeforeE4, long sellInE4, long stock, long targetE4, double nps,
                            double resolved) {}

    private static Expected expected(String dealer) throws Exception {
        Path dir = SampleFixture.dir();
        Map<String, String> storeDealer = new HashMap<>();
        List<String[]> stores = Csv.parse(Files.readString(dir.resolve("master/stores.csv")), ',');
        for (String[] r : stores.subList(1, stores.size())) storeDealer.put(r[0], r[2]);
        long sales = 0;
        long before = 0;
        for (SampleLines.Line l : SampleFixture.lines().lines()) {
            String d = l.dealer() != null ? l.dealer() : l.store() != null ? storeDealer.get(l.store()) : null;
            if (!dealer.equals(d) || !"paid".equals(l.status())) continue;
            YearMonth m = YearMonth.from(l.soldAt());
            if (Q3.contains(m)) sales += l.amountE4();
            if (Q3_2024.contains(m)) before += l.amountE4();
        }
        long sellIn = 0;
        List<String[]> si = Csv.parse(Files.readString(dir.resolve("dealers/sell-in.csv")), ',');
        for (String[] r : si.subList(1, si.size())) {
            if (r[1].equals(dealer) && Q3.contains(YearMonth.parse(r[0].substring(0, 7)))) sellIn += SampleLines.e4(r[5]);
        }
        long target = 0;
        List<String[]> tg = Csv.parse(Files.readString(dir.resolve("plans/targets.csv")), ',');
        for (String[] r : tg.subList(1, tg.size())) {
            if (r[1].equals(dealer) && Q3.contains(YearMonth.parse(r[0]))) target += SampleLines.e4(r[3]);
        }
        double nps = 0;
        double resolved = 0;
        long complaints = 0;
        List<String[]> sv = Csv.parse(Files.readString(dir.resolve("plans/dealer-service.csv")), ',');
        for (String[] r : sv.subList(1, sv.size())) {
            if (!r[1].equals(dealer) || !Q3.contains(YearMonth.parse(r[0]))) continue;
            nps += Double.parseDouble(r[2]) / 3;
            long c = Long.parseLong(r[3]);
            complaints += c;
            resolved += c * Double.parseDouble(r[4].replace("%", "")) / 100;
        }
        long stock = 0;
        try (XSSFWorkbook wb = SampleLines.workbook(dir.resolve("dealers/dealer-" + dealer + ".xlsx"))) {
            Sheet s = wb.getSheet("库存");
            for (int i = 3; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                if (YearMonth.from(r.getCell(0).getLocalDateTimeCellValue()).equals(YearMonth.of(2025, 9))) stock += (long) r.getCell(4).getNumericCellValue();
            }
        }
        return new Expected(sales, before, sellIn, stock, target, nps, resolved / complaints);
    }

    private static void assertMatches(String dealer, String grade) throws Exception {
        Expected e = expected(dealer);
        JsonNode d = byDealer.get(dealer);
        assertThat(d).as(dealer).isNotNull();
        assertThat(d.get("grade").asText()).isEqualTo(grade);
        assertThat(d.get("sales").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(e.salesE4(), 4));
        assertThat(d.get("sell_out").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(e.salesE4(), 4));
        assertThat(d.get("sell_in").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(e.sellInE4(), 4));
        assertThat(d.get("stock").asLong()).isEqualTo(e.stock());
        assertThat(d.get("target").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(e.targetE4(), 4));
        assertThat(d.get("attainment").asDouble()).isCloseTo((double) e.salesE4() / e.targetE4(), within(1e-9));
        assertThat(d.get("growth").asDouble()).isCloseTo((double) e.salesE4() / e.salesYearBeforeE4() - 1, within(1e-9));
        assertThat(d.get("nps").asDouble()).isCloseTo(e.nps(), within(1e-9));
        assertThat(d.get("resolved_48h").asDouble()).isCloseTo(e.resolved(), within(1e-9));
        // by hand: base rate of the grade on the sales, 8% on the excess over target only; neither dealer has the digital tools flag
        BigDecimal sales = BigDecimal.valueOf(e.salesE4(), 4);
        BigDecimal rate = new BigDecimal(grade.equals("B") ? "0.03" : "0.01");
        BigDecimal excess = sales.subtract(BigDecimal.valueOf(e.targetE4(), 4)).max(BigDecimal.ZERO);
        BigDecimal rebate = sales.multiply(rate).setScale(2, RoundingMode.HALF_UP).add(excess.multiply(new BigDecimal("0.08")).setScale(2, RoundingMode.HALF_UP));
        assertThat(d.get("rebate").decimalValue()).isEqualByComparingTo(rebate);
        // the sell-through sheets and the store register name counties: coverage is counted in them
        assertThat(d.get("why").asText()).startsWith(grade + ": coverage ").contains(" counties)").contains("Rebate: ");
    }

    @Test
    void theStuffingDealerIsAProvincialDealerGradedCOnItsCountiesAndItsFiguresAreTheFilesOwn() throws Exception {
        // 湖南 has 134 counties; the sample sells in those of 长沙 and 衡阳 only (23)
        assertMatches("D018", "C");
        assertThat(byDealer.get("D018").get("coverage").asDouble()).isLessThan(23 / 134.0 + 1e-12);
    }

    @Test
    void aCityDealerCoversOneCityOfItsProvinceAndIsC() throws Exception {
        assertMatches("D052", "C");
        assertThat(byDealer.get("D052").get("coverage").asDouble()).isLessThan(0.8);
    }

    /** The README's identity holds to the unit for every month of both dealers but the planted stuffing quarter. */
    @Test
    void theBalanceIsExactExceptTheStuffingQuarter() throws Exception {
        for (String dealer : List.of("D018", "D052")) {
            CliRunner r = CliRunner.run("dealers", "--workspace", tmp.resolve("ws.db").toString(), "--balance", dealer, "--json");
            assertThat(r.exit).as(r.err).isZero();
            JsonNode months = JSON.readTree(r.out).get("balance");
            assertThat(months).hasSize(24);
            List<String> stuffed = new java.util.ArrayList<>();
            for (JsonNode m : months) {
                if (m.get("flag").asText().equals("stuffing")) {
                    stuffed.add(m.get("month").asText());
                    // three times the sell-in: the gap is twice what the month explains
                    assertThat(m.get("gap").asLong()).isEqualTo(2 * (m.get("sell_out").asLong() + m.get("stock_change").asLong()));
                } else {
                    assertThat(m.get("gap").asLong()).as(dealer + " " + m.get("month")).isZero();
                }
            }
            assertThat(stuffed).isEqualTo(dealer.equals("D018") ? List.of("2025-07", "2025-08", "2025-09") : List.of());
        }
    }

    @Test
    void everyDealerOfTheRegisterIsListedWithTheContractsKeys() {
        assertThat(byDealer).hasSize(60);
        List<String> keys = new java.util.ArrayList<>();
        byDealer.get("D018").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(List.of("dealer", "name", "tier", "grade", "sales", "growth", "sell_in", "sell_out", "stock", "weeks_cover", "target",
                        "attainment", "coverage", "nps", "resolved_48h", "rebate", "why"));
    }
}
