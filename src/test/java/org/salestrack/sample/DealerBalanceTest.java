package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.salestrack.sample.SampleLines.Line;

/**
 * Channel stuffing as samples/README.md defines the balance: sell-in against sell-out (the dealer's
 * sell-through plus its stores' POS sales) plus the change in month-end warehouse stock.
 */
class DealerBalanceTest {
    private final PlantedProblems planted = SampleFixture.set().planted();

    @Test
    void onlyTheStuffingDealerTakesMoreThanItSellsPlusItsStockChange() throws Exception {
        Path dir = SampleFixture.dir();
        Map<String, Map<YearMonth, Long>> sellIn = new TreeMap<>();
        List<String[]> rows = Csv.parse(Files.readString(dir.resolve("dealers/sell-in.csv")), ',');
        for (String[] r : rows.subList(1, rows.size())) {
            sellIn.computeIfAbsent(r[1], k -> new TreeMap<>()).merge(YearMonth.parse(r[0].substring(0, 7)), Long.parseLong(r[4]), Long::sum);
        }
        Map<String, String> storeDealer = new HashMap<>();
        List<String[]> stores = Csv.parse(Files.readString(dir.resolve("master/stores.csv")), ',');
        for (String[] r : stores.subList(1, stores.size())) storeDealer.put(r[0], r[2]);
        Map<String, Map<YearMonth, Long>> sellOut = new TreeMap<>();
        for (Line l : SampleFixture.lines().lines()) {
            String dealer = l.dealer() != null ? l.dealer() : l.store() != null ? storeDealer.get(l.store()) : null;
            if (dealer == null || dealer.isEmpty()) continue;
            sellOut.computeIfAbsent(dealer, k -> new TreeMap<>()).merge(YearMonth.from(l.soldAt()), l.qty(), Long::sum);
        }
        Map<String, Map<YearMonth, Long>> stock = stock(dir.resolve("dealers"));

        int stuffed = 0;
        for (Map.Entry<String, Map<YearMonth, Long>> e : sellIn.entrySet()) {
            String dealer = e.getKey();
            for (Map.Entry<YearMonth, Long> m : e.getValue().entrySet()) {
                long out = sellOut.getOrDefault(dealer, Map.of()).getOrDefault(m.getKey(), 0L);
                Map<YearMonth, Long> s = stock.getOrDefault(dealer, Map.of());
                long change = s.getOrDefault(m.getKey(), 0L) - s.getOrDefault(m.getKey().minusMonths(1), 0L);
                if (m.getValue() > out + change) {
                    stuffed++;
                    assertThat(dealer).isEqualTo(planted.stuffingDealer());
                    assertThat(m.getValue()).isGreaterThanOrEqualTo(2 * (out + change));
                }
            }
        }
        assertThat(stuffed).isEqualTo(planted.stuffingMonths());
    }

    private static Map<String, Map<YearMonth, Long>> stock(Path dealers) throws Exception {
        Map<String, Map<YearMonth, Long>> stock = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dealers)) {
            files = list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path f : files) {
            try (XSSFWorkbook wb = SampleLines.workbook(f)) {
                Sheet s = wb.getSheet("库存");
                for (int i = 3; i <= s.getLastRowNum(); i++) {
                    Row r = s.getRow(i);
                    stock.computeIfAbsent(r.getCell(1).getStringCellValue(), k -> new TreeMap<>())
                            .merge(YearMonth.from(r.getCell(0).getLocalDateTimeCellValue()), (long) r.getCell(4).getNumericCellValue(), Long::sum);
                }
            }
        }
        return stock;
    }
}
