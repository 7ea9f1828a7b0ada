package org.salestrack.sample;

import org.salestrack.model.Money;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.salestrack.model.Provinces;

/**
 * Writes samples/market/: the research firm's panel (a workbook with title rows above a Chinese header), the
 * competitor events and the policy measures an analyst keeps by hand.
 */
final class MarketFiles {
    static final String PANEL = "market/panel-2024-2025.xlsx";
    static final String PANEL_SHEET = "省级月度数据";
    static final String EVENTS = "market/competitor-events.csv";
    static final String POLICIES = "market/policies.csv";

    private MarketFiles() {}

    static MarketPlants write(Path out, Geography geo, Collection<SaleRecord> sales, long seed, List<SampleFile> files)
            throws IOException {
        Files.createDirectories(out.resolve("market"));
        MarketPanel panel = MarketPanel.build(geo, sales, seed);
        List<MarketPanel.Row> rows = panel.rows().stream().sorted(Comparator.comparing(MarketPanel.Row::month)
                .thenComparing(MarketPanel.Row::province).thenComparingInt(MarketPanel.Row::category)
                .thenComparingInt(MarketPanel.Row::band).thenComparingInt(r -> brandOrder(r.brand()))).toList();
        long written = writePanel(out.resolve(PANEL), rows);
        files.add(new SampleFile(PANEL, "market", "Research firm's market panel: province x month x category x brand x price band",
                "XLSX (title rows)", "-", "market-panel", written));
        try (CsvOut csv = CsvOut.utf8(out.resolve(EVENTS))) {
            csv.row("品牌", "机型", "日期", "类型", "地区", "品类", "原价", "现价");
            csv.row("青鸟", "青鸟 Q8", "2024-09-20", "新品发布", "全国", Catalogue.PHONE, "", "5499");
            csv.row("远峰", "远峰 R20", "2024-11-01", "促销", "浙江;江苏;上海", Catalogue.PHONE, "3299", "2999");
            csv.row("云帆", "云帆 S5", "2025-03-15", "降价", "四川;重庆", Catalogue.PHONE, "2699", "2299");
            csv.row(MarketPanel.CUT_BRAND, MarketPanel.CUT_MODEL, MarketPanel.CUT_DAY.toString(), "降价", "广东;广西;福建;海南",
                    Catalogue.PHONE, "4999", "3999");
            files.add(new SampleFile(EVENTS, "competitor_event", "Competitor launches, price cuts and promotions", "CSV", "UTF-8",
                    "competitor-events", csv.rows()));
        }
        try (CsvOut csv = CsvOut.utf8(out.resolve(POLICIES))) {
            csv.row("政策名称", "地区", "开始日期", "结束日期", "品类", "补贴比例", "单台上限", "限价");
            csv.row(MarketPanel.SUBSIDY, "全国", MarketPanel.SUBSIDY_FROM.toString(), MarketPanel.SUBSIDY_TO.toString(),
                    Catalogue.PHONE, "15%", "¥500", "¥" + MarketPanel.SUBSIDY_MAX_PRICE_YUAN);
            files.add(new SampleFile(POLICIES, "policy", "Policy measures (consumer subsidies)", "CSV", "UTF-8", "policies", csv.rows()));
        }
        return new MarketPlants(MarketPanel.OWN_BRAND, List.copyOf(panel.provinces()), MarketPanel.CATEGORIES,
                MarketPanel.COMPETITORS, MarketPanel.CUT_BRAND, MarketPanel.CUT_MODEL, MarketPanel.CUT_PROVINCES,
                MarketPanel.CUT_DAY.toString(), MarketPanel.CUT_UPLIFT, panel.cutShareEffectPp(), MarketPanel.SUBSIDY,
                MarketPanel.SUBSIDY_UPLIFT, panel.ownUnits(), written);
    }

    /** A research firm's workbook: a title and a note above the header, units and value as numbers. */
    private static long writePanel(Path file, List<MarketPanel.Row> rows) throws IOException {
        SXSSFWorkbook wb = XlsxFiles.create(true);
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        Sheet sheet = wb.createSheet(PANEL_SHEET);
        sheet.createRow(0).createCell(0).setCellValue("中国手机及平板零售监测 · 省级月度数据 (2024-01 至 2025-12)");
        sheet.createRow(1).createCell(0).setCellValue("销量单位：台；销售额单位：元；价格段按官方指导价划分；平板不分价格段。");
        Row header = sheet.createRow(2);
        String[] columns = {"月份", "省份", "品类", "品牌", "价格段", "销量(台)", "销售额(元)"};
        for (int c = 0; c < columns.length; c++) header.createCell(c).setCellValue(columns[c]);
        int r = 3;
        for (MarketPanel.Row row : rows) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(row.month().toString());
            x.createCell(1).setCellValue(Provinces.get().byCode(row.province()).orElseThrow().nameZh());
            x.createCell(2).setCellValue(MarketPanel.CATEGORIES.get(row.category()));
            x.createCell(3).setCellValue(row.brand());
            x.createCell(4).setCellValue(MarketPanel.bandLabel(row));
            x.createCell(5).setCellValue(row.units());
            Cell value = x.createCell(6);
            value.setCellValue(Money.yuan(row.valueE4()));
            value.setCellStyle(money);
        }
        XlsxFiles.save(wb, file);
        return rows.size();
    }

    private static int brandOrder(String brand) {
        return brand.equals(MarketPanel.OWN_BRAND) ? -1 : MarketPanel.COMPETITORS.indexOf(brand);
    }
}
