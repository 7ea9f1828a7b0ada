package org.salestrack.ui;

import org.salestrack.ui.start.OpenedWorkspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.task.Cancellation;

/**
 * A small market the tests can sum by hand: six provinces, 2024-01 to 2025-12, phones only. We sell
 * {@link #ownUnits} a month; the panel adds 衡山 ({@link #hengshan}) and 青鸟 (40 a month, 6000+ band); 衡山's
 * price cut on 2025-03-15 in 广东 and 广西 raises its units by half from April. A subsidy runs 2025-01 to
 * 2025-06 nationwide. Files are written the way their sources send them and imported through the pipeline.
 */
public final class MarketFixture {
    public static final List<String> PROVINCES = List.of("广东", "广西", "四川", "浙江", "江苏", "湖北");
    public static final List<String> CODES = List.of("44", "45", "51", "33", "32", "42");
    public static final YearMonth FIRST = YearMonth.of(2024, 1);
    public static final YearMonth LAST = YearMonth.of(2025, 12);
    public static final YearMonth CUT_FROM = YearMonth.of(2025, 4);
    /** The workbench's default range, "last 12 months", ends with the last whole month before the data's last day (2025-12-10). */
    public static final YearMonth SHOWN_FROM = YearMonth.of(2024, 12);
    public static final YearMonth SHOWN_TO = YearMonth.of(2025, 11);
    /** Every province of the fixture, by index. */
    public static final List<Integer> ALL = List.of(0, 1, 2, 3, 4, 5);

    private MarketFixture() {}

    public static long ownUnits(int province, YearMonth m) { return 10 + (province * 3L + m.getMonthValue()) % 7; }

    public static long hengshan(int province, YearMonth m) {
        long base = 60 + 2L * province + m.getMonthValue() % 5;
        return province < 2 && !m.isBefore(CUT_FROM) ? base * 3 / 2 : base;
    }

    public static long qingniao() { return 40; }

    /** Our units over the market's in the provinces and months given (the independent sum). */
    public static double share(List<Integer> provinces, YearMonth from, YearMonth to) {
        long ours = 0;
        long market = 0;
        for (int p : provinces) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                ours += ownUnits(p, m);
                market += ownUnits(p, m) + hengshan(p, m) + qingniao();
            }
        }
        return (double) ours / market;
    }

    /** The workbench in English on a test workspace holding the fixture's files, with every screen's services. */
    public static void showWorkbench(Path dir, javafx.stage.Stage stage) throws Exception {
        TestWorkspace t = TestWorkspace.create(dir, false);
        importInto(t, dir);
        ScreenServices services = org.salestrack.app.WorkspaceServices.screens(t.workspace, "test",
                org.salestrack.validate.ValidationService.of(t.workspace));
        new Workbench(new OpenedWorkspace("test", t.explore, t.pipeline, t.explore.span().orElseThrow(), services), java.util.Locale.ENGLISH, new ScriptedDialogs())
                .show(stage);
    }

    /** Writes and imports the sales, the panel, the event and the policy into a test workspace. */
    public static List<FileOutcome> importInto(TestWorkspace t, Path dir) throws Exception {
        List<Path> files = List.of(sales(dir), panel(dir), events(dir), policies(dir));
        return t.pipeline.importFiles(files, null, (d, total, msg) -> { }, Cancellation.none()).files();
    }

    static Path sales(Path dir) throws IOException {
        StringBuilder b = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        int n = 0;
        for (int p = 0; p < PROVINCES.size(); p++) {
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                long q = ownUnits(p, m);
                b.append(String.format("M%05d,%s 10:00:00,直营店,offline,,%s,,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,%d,%d.00%n",
                        n++, m.atDay(10), PROVINCES.get(p), q, q * 2999));
            }
        }
        Path f = dir.resolve("market-sales.csv");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        return f;
    }

    static Path panel(Path dir) throws IOException {
        List<PanelRow> rows = new ArrayList<>();
        for (int p = 0; p < PROVINCES.size(); p++) {
            for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
                rows.add(new PanelRow(m, PROVINCES.get(p), "星耀", "0-2999", ownUnits(p, m), 2999));
                rows.add(new PanelRow(m, PROVINCES.get(p), "衡山", "0-2999", hengshan(p, m), 2500));
                rows.add(new PanelRow(m, PROVINCES.get(p), "青鸟", "6000+", qingniao(), 6500));
            }
        }
        return panel(dir.resolve("panel.xlsx"), rows);
    }

    /** One phone row of the panel: its value is units x price. */
    public record PanelRow(YearMonth month, String province, String brand, String band, long units, long price) {}

    /** Writes a panel workbook as the research firm sends it: a title row, the header on the third row, then the rows. */
    public static Path panel(Path f, List<PanelRow> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("省级月度数据");
            s.createRow(0).createCell(0).setCellValue("测试市场数据");
            String[] header = {"月份", "省份", "品类", "品牌", "价格段", "销量(台)", "销售额(元)"};
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
            int r = 3;
            for (PanelRow p : rows) {
                Row x = s.createRow(r++);
                x.createCell(0).setCellValue(p.month().toString());
                x.createCell(1).setCellValue(p.province());
                x.createCell(2).setCellValue("手机");
                x.createCell(3).setCellValue(p.brand());
                x.createCell(4).setCellValue(p.band());
                x.createCell(5).setCellValue(p.units());
                x.createCell(6).setCellValue(p.units() * p.price());
            }
            wb.write(out);
        }
        return f;
    }

    static Path events(Path dir) throws IOException {
        Path f = dir.resolve("competitor-events.csv");
        Files.writeString(f, "品牌,机型,日期,类型,地区,品类,原价,现价\n衡山,衡山 M60,2025-03-15,降价,广东;广西,手机,4999,3999\n",
                StandardCharsets.UTF_8);
        return f;
    }

    static Path policies(Path dir) throws IOException {
        Path f = dir.resolve("policies.csv");
        Files.writeString(f, "政策名称,地区,开始日期,结束日期,品类,补贴比例,单台上限,限价\n手机购新补贴,全国,2025-01-01,2025-06-30,手机,15%,¥500,¥6000\n",
                StandardCharsets.UTF_8);
        return f;
    }

    /** The indices of {@link #PROVINCES} other than the cut's. */
    public static List<Integer> controls() {
        List<Integer> out = new ArrayList<>();
        for (int p = 2; p < PROVINCES.size(); p++) out.add(p);
        return out;
    }
}
