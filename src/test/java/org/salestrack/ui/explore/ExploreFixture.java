package org.salestrack.ui.explore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.salestrack.ingest.ImportService;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * A workspace of seeded random lines with margins, over two years, three provinces, cities (some lines
 * without one, as the "–" row), online and store channels; the lines are kept here too, so tests can add
 * them up in plain Java, independently of the store and its rollups.
 */
public final class ExploreFixture {
    public record Line(String order, LocalDate date, String channel, String type, String store, String province, String region,
                       String city, String sku, long qty, long amountE4, long marginE4) {}

    public static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    public final TestWorkspace ws;
    public final List<Line> lines;
    /** Knows the fixture's own profile (the workspace's import service was made before it was saved). */
    public final ImportService imports;

    private ExploreFixture(TestWorkspace ws, List<Line> lines, ImportService imports) {
        this.ws = ws;
        this.lines = lines;
        this.imports = imports;
    }

    public static ExploreFixture create(Path dir) throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        Path profiles = ImportService.profilesDir(ws.workspace);
        Files.writeString(profiles.resolve("explore-margin.json"), """
                {"name": "explore-margin", "kind": "sales",
                 "format": {"type": "csv", "encoding": "auto", "delimiter": "auto", "decimal": ".", "headerRow": "auto", "sheet": null},
                 "fields": {"order_id": "单号", "sold_at": {"column": "日期", "format": "yyyy-MM-dd"}, "channel": "渠道",
                   "channel_type": "类型", "store_code": "店号", "province": "省", "city": "市", "sku": "货号", "product_name": "名称",
                   "model": "机型", "series": "系列名", "category": "类目", "qty": "件数", "amount": "实付", "margin": "毛利额"}}
                """, StandardCharsets.UTF_8);
        List<Line> lines = generate(new Random(23), 1500);
        StringBuilder b = new StringBuilder("单号,日期,渠道,类型,店号,省,市,货号,名称,机型,系列名,类目,件数,实付,毛利额\n");
        for (Line l : lines) {
            String[] p = product(l.sku());
            b.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%d,%d.%02d,%d.%02d%n", l.order(), l.date(), l.channel(),
                    l.type(), l.store(), l.province(), l.city(), l.sku(), p[0], p[1], p[2], p[3], l.qty(), l.amountE4() / 10000,
                    l.amountE4() % 10000 / 100, l.marginE4() / 10000, l.marginE4() % 10000 / 100));
        }
        Path csv = dir.resolve("explore-lines.csv");
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        ImportService imports = new ImportService(ws.workspace, org.salestrack.ingest.profile.ProfileLibrary.load(profiles),
                org.salestrack.ingest.ImportPolicy.DEFAULT);
        imports.importFile(csv, null, ProgressListener.NONE, Cancellation.none());
        ws.explore.refresh(Cancellation.none());
        return new ExploreFixture(ws, lines, imports);
    }

    private static String[] product(String sku) {
        return switch (sku) {
            case "P50-128" -> new String[] {"星耀 P50 128G", "P50", "星耀", "手机"};
            case "P60-256" -> new String[] {"星耀 P60 256G", "P60", "星耀", "手机"};
            default -> new String[] {"手环 W3", "W3", "穿戴", "穿戴"};
        };
    }

    private static List<Line> generate(Random r, int n) {
        String[][] places = {{"广东", "华南", "深圳"}, {"广东", "华南", "广州"}, {"广东", "华南", ""}, {"浙江", "华东", "杭州"}, {"四川", "西南", "成都"}};
        String[] skus = {"P50-128", "P60-256", "W3"};
        long[] prices = {299900, 459900, 19900};
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] place = places[r.nextInt(places.length)];
            int s = r.nextInt(skus.length);
            boolean online = r.nextInt(3) == 0;
            String store = online ? "" : "S" + (10 + r.nextInt(4));
            LocalDate date = FIRST.plusDays(r.nextInt(731));
            long qty = 1 + r.nextInt(4);
            long amount = qty * prices[s] - r.nextInt(5000);
            // margins move with the sku and the channel, so units, revenue and margin shares all differ
            long margin = amount * (online ? 8 + s * 3 : 15 - s * 4) / 100 + r.nextInt(900);
            out.add(new Line(String.format("E%05d", i), date, online ? "天猫" : "直营店", online ? "online" : "offline", store, place[0],
                    place[1], place[2], skus[s], qty, amount * 100, margin * 100));
        }
        return out;
    }
}
