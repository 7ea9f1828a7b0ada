package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FolderImport;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.MonthlySeries;
import org.salestrack.store.SeriesQuery;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;

/**
 * Issue 23: the forecast series are read from the cube's month rollups. On the sample workspace they
 * must equal, month by month and to the cent, the series summed here in plain Java from every row of
 * sale_day with its dimension rows looked up one by one.
 */
class SeriesFromRollupsTest {
    @TempDir
    static Path tmp;
    static Workspace workspace;
    static Map<String, List<Object[]>> saleDay;

    @BeforeAll
    static void importTheSampleSet() throws Exception {
        workspace = Workspace.open(tmp.resolve("ws.db"));
        ImportService service = new ImportService(workspace, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        new FolderImport(service).importFolder(SampleFixture.dir(), (d, t, m) -> { }, Cancellation.none());
    }

    static Stream<Arguments> levels() {
        return Stream.of(List.of(), List.of("region"), List.of("province"), List.of("series"), List.of("category"), List.of("model"),
                List.of("sku"), List.of("province", "series"), List.of("region", "sku"), List.of("province", "series", "channel"),
                List.of("series", "channel"), List.of("channel_type"), List.of("city"), List.of("country", "category"),
                List.of("city", "model"), List.of("region", "channel")).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("levels")
    void theSeriesFromTheRollupsEqualThoseSummedFromSaleDay(List<String> level) throws Exception {
        Map<String, Map<String, long[]>> expected = fromSaleDay(level, "2024-03", "2025-10");

        List<MonthlySeries> actual = new SeriesQuery(workspace).monthly(level, "2024-03", "2025-10");

        assertThat(actual).extracting(MonthlySeries::id).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (MonthlySeries s : actual) {
            assertThat(s.firstMonth()).isEqualTo("2024-03");
            assertThat(s.length()).isEqualTo(20);
            Map<String, long[]> months = expected.get(s.id());
            for (int i = 0; i < s.length(); i++) {
                long[] e = months.getOrDefault(s.month(i), new long[2]);
                assertThat((long) s.units()[i]).as(s.id() + " units " + s.month(i)).isEqualTo(e[0]);
                assertThat(Math.round(s.revenue()[i] * 10000)).as(s.id() + " revenue " + s.month(i)).isEqualTo(e[1]);
            }
        }
        assertThat(expected).isNotEmpty();
    }

    /** Sums sale_day in Java: series id -> month -> {units, e4}. */
    private static Map<String, Map<String, long[]>> fromSaleDay(List<String> level, String from, String to) throws SQLException {
        try (Connection c = workspace.connect(); Statement s = c.createStatement()) {
            Map<Long, String[]> regions = new HashMap<>();
            Map<String, String> provinceNames = new HashMap<>();
            Map<Long, String[]> channels = new HashMap<>();
            Map<Long, String[]> products = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT code, name_zh FROM province")) {
                while (rs.next()) provinceNames.put(rs.getString(1), rs.getString(2));
            }
            try (ResultSet rs = s.executeQuery("SELECT id, country, region, province, city FROM region")) {
                while (rs.next()) regions.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
            try (ResultSet rs = s.executeQuery("SELECT id, name, type FROM channel")) {
                while (rs.next()) channels.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
            try (ResultSet rs = s.executeQuery("SELECT id, category, series, model, sku FROM product")) {
                while (rs.next()) products.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
            Map<String, Map<String, long[]>> out = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT sale_date, region_id, channel_id, product_id, qty, amount_e4 FROM sale_day")) {
                while (rs.next()) {
                    String month = rs.getString(1).substring(0, 7);
                    if (month.compareTo(from) < 0 || month.compareTo(to) > 0) continue;
                    String[] r = regions.get(rs.getLong(2));
                    String[] ch = channels.get(rs.getLong(3));
                    String[] p = products.get(rs.getLong(4));
                    List<String> keys = new ArrayList<>();
                    for (String l : level) {
                        keys.add(switch (l) {
                            case "country" -> r[0];
                            case "region" -> r[1];
                            case "province" -> provinceNames.getOrDefault(r[2], r[2]);
                            case "city" -> r[3];
                            case "channel" -> ch[0];
                            case "channel_type" -> ch[1];
                            case "category" -> p[0] == null ? "" : p[0];
                            case "series" -> p[1] == null ? "" : p[1];
                            case "model" -> p[2] == null ? "" : p[2];
                            case "sku" -> p[3];
                            default -> throw new IllegalArgumentException(l);
                        });
                    }
                    String id = level.isEmpty() ? "total" : String.join("/", keys);
                    long[] cell = out.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(month, k -> new long[2]);
                    cell[0] += rs.getLong(5);
                    cell[1] += rs.getLong(6);
                }
            }
            return out;
        }
    }
}
