package org.salestrack.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salestrack.model.Provinces;

/**
 * Reads the sales lines back from the written sample files, each source by its own shape, without
 * using the generator's writers: what an importer following the shipped profiles should store.
 */
record SampleLines(List<Line> lines, Map<String, List<Line>> byFile) {

    /** One sales line; amount in e4, province as GB/T 2260 code, status paid/refunded/cancelled. */
    record Line(String file, String channel, String orderId, int lineNo, LocalDateTime soldAt, String sku, long qty,
                long amountE4, String province, String store, String dealer, String imei, String waybill,
                String buyer, String status) {
        String key() { return orderId == null ? null : channel + "|" + orderId + "|" + sku + "|" + lineNo; }
    }

    static SampleLines read(Path dir) {
        try {
            Map<String, List<Line>> files = new java.util.TreeMap<>();
            files.put("tmall-1", tmall(dir.resolve("online/tmall-orders-2024-01_2025-06.csv")));
            files.put("tmall-2", tmall(dir.resolve("online/tmall-orders-2025-06-28_2025-12.csv")));
            files.put("jd", jd(dir.resolve("online/jd-orders-2024-2025.xlsx")));
            files.put("mall", mall(dir.resolve("online/mall-orders-2024-2025.jsonl")));
            files.put("douyin", douyin(dir.resolve("online/douyin-orders-2024-2025.tsv")));
            files.put("pos", pos(dir.resolve("stores/pos-sales-2024-2025.csv")));
            files.put("dealers", dealers(dir.resolve("dealers")));
            List<Line> all = new ArrayList<>();
            files.values().forEach(all::addAll);
            return new SampleLines(all, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String province(String text) {
        return Provinces.get().normalise(text).orElseThrow(() -> new AssertionError("not a province: " + text));
    }

    static long e4(String text) {
        return new BigDecimal(text.replace("¥", "").replace(",", "").trim()).movePointRight(4).longValueExact();
    }

    private static List<Line> tmall(Path file) throws IOException {
        List<String[]> rows = Csv.parse(new String(Files.readAllBytes(file), Charset.forName("GB18030")), ',');
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        List<Line> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String status = switch (r[12]) { case "交易成功" -> "paid"; case "已退款" -> "refunded"; default -> "cancelled"; };
            out.add(new Line(file.getFileName().toString(), "天猫", r[0], 1, LocalDateTime.parse(r[1], f), r[3],
                    Long.parseLong(r[4]), e4(r[6]), province(r[10]), null, null, null, null, r[8], status));
        }
        return out;
    }

    private static List<Line> douyin(Path file) throws IOException {
        List<String[]> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), '\t');
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
        List<Line> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String status = switch (r[11]) { case "已完成" -> "paid"; case "已退款" -> "refunded"; default -> "cancelled"; };
            out.add(new Line("douyin", "抖音", r[0], Integer.parseInt(r[1]), LocalDateTime.parse(r[7], f), r[2],
                    Long.parseLong(r[4]), e4(r[6]), province(r[8]), null, null, null, null, null, status));
        }
        return out;
    }

    private static List<Line> pos(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.charAt(0) != '\uFEFF') throw new AssertionError("POS file lacks its BOM");
        List<String[]> rows = Csv.parse(text.substring(1), ',');
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");
        List<Line> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            out.add(new Line("pos", r[1], r[3], Integer.parseInt(r[4]), LocalDateTime.parse(r[5], f), r[6],
                    Long.parseLong(r[7]), e4(r[9]), province(r[2]), r[0], null, r[10].isEmpty() ? null : r[10], null,
                    r[12].isEmpty() ? null : r[12], "paid"));
        }
        return out;
    }

    private static List<Line> mall(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Line> out = new ArrayList<>();
        for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(s);
            out.add(new Line("mall", "官方商城", n.get("order_no").asText(), n.get("line_no").asInt(),
                    OffsetDateTime.parse(n.get("paid_at").asText()).toLocalDateTime(), n.get("sku").asText(),
                    n.get("qty").asLong(), n.get("amount").decimalValue().movePointRight(4).longValueExact(),
                    province(n.get("province").asText()), null, null, n.has("imei") ? n.get("imei").asText() : null,
                    n.get("waybill").asText(), n.get("member_id").asText(), n.get("status").asText()));
        }
        return out;
    }

    private static List<Line> jd(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        try (XSSFWorkbook wb = workbook(file)) {
            Sheet s = wb.getSheet("订单明细");
            for (int i = 4; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                out.add(new Line("jd", "京东", r.getCell(0).getStringCellValue(), 1, r.getCell(1).getLocalDateTimeCellValue(),
                        r.getCell(3).getStringCellValue(), (long) r.getCell(5).getNumericCellValue(),
                        Math.round(r.getCell(7).getNumericCellValue() * 10000), province(r.getCell(8).getStringCellValue()),
                        null, null, null, null, null, "paid"));
            }
        }
        return out;
    }

    private static List<Line> dealers(Path dir) throws IOException {
        List<Line> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path file : files) {
            try (XSSFWorkbook wb = workbook(file)) {
                Sheet s = wb.getSheet("销售明细");
                for (int i = 3; i <= s.getLastRowNum(); i++) {
                    Row r = s.getRow(i);
                    out.add(new Line(file.getFileName().toString(), "经销商分销", null, 1, r.getCell(0).getLocalDateTimeCellValue(),
                            r.getCell(4).getStringCellValue(), (long) r.getCell(6).getNumericCellValue(),
                            Math.round(r.getCell(8).getNumericCellValue() * 10000), province(r.getCell(2).getStringCellValue()),
                            null, r.getCell(1).getStringCellValue(), null, null, null, "paid"));
                }
            }
        }
        return out;
    }

    static XSSFWorkbook workbook(Path file) throws IOException {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
