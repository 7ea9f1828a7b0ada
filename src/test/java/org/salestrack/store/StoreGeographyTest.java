package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.Message;
import org.salestrack.model.Severity;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.ValidationIssue;
import org.salestrack.store.cube.CubeRollups;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.validate.StoreProvinceRule;
import org.salestrack.validate.ValidationService;

/**
 * Issue 11 #1: a store's line is where the store is. The POS fixture gives provinces as abbreviations and
 * no city: S001 (深圳) once as 粤 and once as 桂, S002 (广州) without a province, S003 (北京) as 京, and S009,
 * which the store master does not know, as 粤.
 */
class StoreGeographyTest {
    private static final IssueFilter ALL = new IssueFilter(null, null, null, null, 1000, 0);

    @TempDir
    Path dir;

    private Workspace importFixture(Path file) throws Exception {
        Workspace ws = Workspace.open(file);
        ImportService imports = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        imports.importFile(copy("geo-stores.csv"), null, ProgressListener.NONE, Cancellation.none());
        imports.importFile(copy("geo-pos.csv"), null, ProgressListener.NONE, Cancellation.none());
        return ws;
    }

    private Path copy(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/store/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** "province / city" -> rows, units, e4. */
    private static Map<String, List<Long>> byCity(Workspace ws) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (SummaryRow r : new SummaryQuery(ws).run(List.of("province", "city"), null, null)) {
            out.put(r.keys().get(0) + " / " + r.keys().get(1), List.of(r.rows(), r.qty(), r.amount().movePointRight(4).longValueExact()));
        }
        return out;
    }

    private static final Map<String, List<Long>> EXPECTED = new TreeMap<>(Map.of(
            "广东 / 深圳", List.of(2L, 3L, 30_000_000L),
            "广东 / 广州", List.of(1L, 1L, 5_000_000L),
            "北京 / 北京", List.of(1L, 3L, 24_000_000L),
            // a store the master does not know keeps the file's province, and has no city to take
            "广东 / ", List.of(1L, 1L, 1_000_000L)));

    @Test
    void aStoresLinesTakeItsCityAndItsProvinceOverTheFiles() throws Exception {
        Workspace ws = importFixture(dir.resolve("w.db"));
        assertThat(byCity(ws)).isEqualTo(EXPECTED);
    }

    @Test
    void aProvinceTheFileDisagreesOnIsAWarningExplainedInBothLanguages() throws Exception {
        Workspace ws = importFixture(dir.resolve("w.db"));
        ValidationService quality = ValidationService.of(ws);
        quality.run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
        List<ValidationIssue> hits = quality.issues(ALL).stream().filter(i -> i.rule().equals(StoreProvinceRule.ID)).toList();
        assertThat(hits).hasSize(1);
        ValidationIssue hit = hits.get(0);
        assertThat(hit.severity()).isEqualTo(Severity.WARNING);
        assertThat(hit.sourceRow()).isEqualTo(3);
        assertThat(hit.why()).isEqualTo("Store S001 is in 44 广东 by the store master, but this line says 45 广西; it is counted in 44 广东.");
        Message m = hit.message();
        assertThat(m.key()).isEqualTo("rule.store_province");
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(m.format(zh::getString, java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("门店省份不符：门店 S001 在门店主数据中位于 44 广东，但这一行写的是 45 广西；按 44 广东 计入。");
        // a warning holds nothing: the line counts, in 深圳
        assertThat(byCity(ws)).isEqualTo(EXPECTED);
    }

    /**
     * A workspace imported before the fix (store lines in their file's province, no city; no file_province)
     * is mended by the migration when it is opened: the same totals by city as a fresh import, sale_day equal
     * to a rebuild from the lines, and the cube rollups equal to a whole rebuild.
     */
    @Test
    void theMigrationMendsAWorkspaceImportedBefore() throws Exception {
        Path file = dir.resolve("old.db");
        Workspace fresh = importFixture(file);
        try (Connection c = fresh.connect(); Statement s = c.createStatement()) {
            // what the importer used to store: the file's province with no city, and no file_province column
            s.executeUpdate("INSERT OR IGNORE INTO region(country, region, province, city) VALUES ('CN', '华南', '44', ''), "
                    + "('CN', '华南', '45', ''), ('CN', '华北', '11', '')");
            s.executeUpdate("UPDATE sale SET region_id = (SELECT id FROM region WHERE province = '44' AND city = '') WHERE order_id IN ('S001-1', 'S009-1')");
            s.executeUpdate("UPDATE sale SET region_id = (SELECT id FROM region WHERE province = '45' AND city = '') WHERE order_id = 'S001-2'");
            s.executeUpdate("UPDATE sale SET region_id = (SELECT id FROM region WHERE province = '11' AND city = '') WHERE order_id = 'S003-1'");
            s.executeUpdate("ALTER TABLE sale DROP COLUMN file_province");
            s.executeUpdate("ALTER TABLE store DROP COLUMN master_region");
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '6'");
            Rollups.rebuild(c);
        }
        new CubeRollups(fresh).refresh(Cancellation.none());
        assertThat(byCity(fresh)).containsEntry("广西 / ", List.of(1L, 2L, 20_000_000L)).doesNotContainKey("广东 / 深圳");

        // the workspace as it was before V6 also kept money in cents (V80): V6 runs on those columns, V80 after it; money-rename:keep
        MoneyInCents.revert(file); // money-rename:keep
        Workspace mended = Workspace.open(file);
        assertThat(byCity(mended)).isEqualTo(EXPECTED);
        try (Connection c = mended.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT order_id, file_province FROM sale WHERE file_province IS NOT NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("S001-2 45");
            assertThat(rs.next()).isFalse();
        }
        String saleDay = dump(mended, "sale_day");
        try (Connection c = mended.connect()) {
            Rollups.rebuild(c);
        }
        assertThat(dump(mended, "sale_day")).isEqualTo(saleDay);

        ExploreService explore = new ExploreService(mended);
        assertThat(explore.refresh(Cancellation.none())).isTrue();
        String cube = dumpCube(mended);
        new CubeRollups(mended).rebuild(Cancellation.none());
        assertThat(dumpCube(mended)).isEqualTo(cube);
        assertThat(explore.totals(explore.span().orElseThrow().with(org.salestrack.model.Dimension.CITY, "深圳")).amountE4())
                .isEqualTo(30_000_000);
        // and the finding the file's 桂 deserves is raised on the mended line
        ValidationService.of(mended).run(null, Map.of(), ProgressListener.NONE, Cancellation.none());
        assertThat(ValidationService.of(mended).issues(ALL)).extracting(ValidationIssue::rule).containsOnly(StoreProvinceRule.ID);
    }

    private static String dumpCube(Workspace ws) throws Exception {
        StringBuilder out = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'cube%' "
                     + "AND name <> 'cube_state' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        assertThat(tables).isNotEmpty();
        for (String t : tables) out.append(t).append('\n').append(dump(ws, t));
        return out.toString();
    }

    private static String dump(Workspace ws, String table) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3, 4, 5")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) out.append(rs.getString(i)).append(i == n ? "\n" : ",");
            }
        }
        return out.toString();
    }
}
