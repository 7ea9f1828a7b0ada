package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.salestrack.model.RecordKind;

/**
 * Every shipped profile is in DESIGN.md's format, maps only canonical fields of its kind, maps every
 * required field, and names only columns that the sample file it belongs to really has.
 */
class ShippedProfilesTest {
    private static final Map<String, String> FILE_OF = Map.ofEntries(
            Map.entry("tmall-orders", "online/tmall-orders-2024-01_2025-06.csv"),
            Map.entry("jd-orders", "online/jd-orders-2024-2025.xlsx"),
            Map.entry("mall-orders", "online/mall-orders-2024-2025.jsonl"),
            Map.entry("douyin-orders", "online/douyin-orders-2024-2025.tsv"),
            Map.entry("pos-sales", "stores/pos-sales-2024-2025.csv"),
            Map.entry("dealer-sellthrough", "dealers/dealer-D001.xlsx"),
            Map.entry("dealer-stock", "dealers/dealer-D001.xlsx"),
            Map.entry("sell-in", "dealers/sell-in.csv"),
            Map.entry("store-stock", "stock/store-stock-weekly.csv"),
            Map.entry("products", "master/products.csv"),
            Map.entry("dealers", "master/dealers.csv"),
            Map.entry("stores", "master/stores.csv"),
            Map.entry("campaigns", "marketing/campaigns.csv"),
            Map.entry("spend", "marketing/spend.csv"),
            Map.entry("touchpoints", "marketing/touchpoints.csv"),
            Map.entry("targets", "plans/targets.csv"),
            Map.entry("dealer-service", "plans/dealer-service.csv"),
            Map.entry("market-panel", "market/panel-2024-2025.xlsx"),
            Map.entry("competitor-events", "market/competitor-events.csv"),
            Map.entry("policies", "market/policies.csv"),
            Map.entry("tmall-reviews", FeedbackSamples.TMALL_REVIEWS),
            Map.entry("jd-reviews", FeedbackSamples.JD_REVIEWS),
            Map.entry("service-tickets", FeedbackSamples.TICKETS));

    static List<String> names() { return ShippedProfiles.NAMES; }

    @ParameterizedTest
    @MethodSource("names")
    void profileMapsCanonicalFieldsOntoColumnsTheSampleFileHas(String name) throws Exception {
        JsonNode profile;
        try (InputStream in = getClass().getResourceAsStream(ShippedProfiles.resource(name))) {
            profile = new ObjectMapper().readTree(in);
        }
        assertThat(profile.get("name").asText()).isEqualTo(name);
        JsonNode format = profile.get("format");
        assertThat(format.get("type").asText()).isIn("csv", "tsv", "xlsx", "json");
        for (String key : List.of("encoding", "delimiter", "decimal", "headerRow", "sheet")) assertThat(format.has(key)).as(key).isTrue();
        RecordKind kind = RecordKind.of(profile.get("kind").asText());
        JsonNode fields = profile.get("fields");
        Set<String> mapped = new LinkedHashSet<>();
        fields.fieldNames().forEachRemaining(mapped::add);
        assertThat(kind.fields()).containsAll(mapped);
        assertThat(mapped).containsAll(kind.required());
        if (kind == RecordKind.SALES) assertThat(mapped).containsAnyOf("amount", "unit_price");

        Set<String> header = header(SampleFixture.dir().resolve(FILE_OF.get(name)), format);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isObject() && v.has("const")) continue;
            String column = v.isTextual() ? v.asText() : v.get("column").asText();
            assertThat(header).as("%s.%s", name, f.getKey()).contains(column);
        }
    }

    private static Set<String> header(Path file, JsonNode format) throws Exception {
        String type = format.get("type").asText();
        if (type.equals("json")) {
            Set<String> keys = new LinkedHashSet<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) json.readTree(line).fieldNames().forEachRemaining(keys::add);
            return keys;
        }
        if (type.equals("xlsx")) return xlsxHeader(file, format.get("sheet").asText());
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, file.toString().contains("tmall") ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
        if (text.charAt(0) == '\uFEFF') text = text.substring(1);
        String first = text.substring(0, text.indexOf('\n')).replace("\r", "");
        return new LinkedHashSet<>(List.of(first.split(type.equals("tsv") ? "\t" : ",")));
    }

    /** The header is the last row above the data; a cell inside a merged region takes the region's caption. */
    private static Set<String> xlsxHeader(Path file, String sheetName) throws Exception {
        try (XSSFWorkbook wb = SampleLines.workbook(file)) {
            Sheet s = wb.getSheet(sheetName);
            int headerRow = sheetName.equals(JdWorkbookWriter.SHEET) ? JdWorkbookWriter.HEADER_ROW : DealerWorkbookWriter.HEADER_ROW;
            Row row = s.getRow(headerRow);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    names.add(cell.getStringCellValue());
                    continue;
                }
                for (CellRangeAddress m : s.getMergedRegions()) {
                    if (m.isInRange(headerRow, c)) names.add(s.getRow(m.getFirstRow()).getCell(m.getFirstColumn()).getStringCellValue());
                }
            }
            return new LinkedHashSet<>(names);
        }
    }
}
