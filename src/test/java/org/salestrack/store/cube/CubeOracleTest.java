package org.salestrack.store.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.bench.QueryBenchData;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.Workspace;

/**
 * Random slices, groupings and grains over a generated workspace: whichever rollups and period pieces
 * the cube picks, its cells must equal a plain aggregation, in Java, of the sale_day rows themselves.
 */
class CubeOracleTest {
    @TempDir
    static Path dir;
    static CubeQuery cube;
    static final List<Line> lines = new ArrayList<>();
    static final Map<Dimension, List<String>> keys = new EnumMap<>(Dimension.class);

    /** One sale_day row with every dimension's key, as the cube defines the keys. */
    record Line(LocalDate date, Map<Dimension, String> keys, long rows, long qty, long amount, long margin) {}

    @BeforeAll
    static void build() throws SQLException {
        Workspace ws = Workspace.open(dir.resolve("oracle.db"));
        QueryBenchData.build(ws, 40_000, 7, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        cube = new CubeQuery(ws);
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.sale_date, COALESCE(pv.sales_region, ''), r.province, r.city, ch.type, d.channel_id, "
                     + "d.dealer_id, d.store_id, COALESCE(p.category, ''), COALESCE(p.series, ''), COALESCE(p.model, ''), d.product_id, "
                     + "d.rows, d.qty, d.amount_e4, d.margin_e4 FROM sale_day d JOIN region r ON r.id = d.region_id "
                     + "LEFT JOIN province pv ON pv.code = r.province JOIN channel ch ON ch.id = d.channel_id "
                     + "JOIN product p ON p.id = d.product_id")) {
            Dimension[] order = {Dimension.REGION, Dimension.PROVINCE, Dimension.CITY, Dimension.CHANNEL_TYPE, Dimension.CHANNEL, Dimension.DEALER, Dimension.STORE, Dimension.CATEGORY,
                    Dimension.SERIES, Dimension.MODEL, Dimension.SKU};
            Map<Dimension, Set<String>> seen = new EnumMap<>(Dimension.class);
            while (rs.next()) {
                Map<Dimension, String> k = new EnumMap<>(Dimension.class);
                for (int i = 0; i < order.length; i++) {
                    k.put(order[i], rs.getString(i + 2));
                    seen.computeIfAbsent(order[i], x -> new LinkedHashSet<>()).add(rs.getString(i + 2));
                }
                lines.add(new Line(LocalDate.parse(rs.getString(1)), k, rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16)));
            }
            seen.forEach((d, v) -> keys.put(d, new ArrayList<>(v)));
        }
    }

    @Test
    void randomQueriesEqualAPlainAggregationOfSaleDay() {
        Random rnd = new Random(3);
        Grain[] grains = {null, Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR};
        // the cube's dimensions, in the order the random picks were drawn from before Dimension had more
        Dimension[] dims = {Dimension.REGION, Dimension.PROVINCE, Dimension.CITY, Dimension.CHANNEL_TYPE, Dimension.CHANNEL, Dimension.DEALER,
                Dimension.STORE, Dimension.CATEGORY, Dimension.SERIES, Dimension.MODEL, Dimension.SKU};
        int nonEmpty = 0;
        for (int i = 0; i < 300; i++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(700));
            LocalDate to = from.plusDays(rnd.nextInt(i % 3 == 0 ? 40 : 400));
            Slice slice = Slice.of(from, to);
            int filters = rnd.nextInt(3);
            for (int f = 0; f < filters; f++) {
                Dimension d = dims[rnd.nextInt(dims.length)];
                List<String> members = keys.get(d);
                Set<String> pick = new LinkedHashSet<>();
                for (int m = 0, n = 1 + rnd.nextInt(3); m < n; m++) pick.add(members.get(rnd.nextInt(members.size())));
                slice = slice.with(d, pick);
            }
            List<Dimension> by = new ArrayList<>();
            for (int b = 0, n = rnd.nextInt(3); b < n; b++) {
                Dimension d = dims[rnd.nextInt(dims.length)];
                if (!by.contains(d)) by.add(d);
            }
            Grain grain = grains[rnd.nextInt(grains.length)];
            Map<String, String> want = oracle(slice, by, grain);
            Map<String, String> got = new TreeMap<>();
            for (Cell c : cube.query(slice, by, grain)) {
                got.put(String.join("|", c.keys()) + "@" + c.period(), c.measures().rows() + "/" + c.measures().qty() + "/"
                        + c.measures().amountE4() + "/" + c.measures().marginE4());
            }
            assertThat(got).as("slice %s by %s grain %s", slice, by, grain).isEqualTo(want);
            if (!want.isEmpty()) nonEmpty++;
        }
        assertThat(nonEmpty).isGreaterThan(150);
    }

    private static Map<String, String> oracle(Slice slice, List<Dimension> by, Grain grain) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Line l : lines) {
            if (l.date.isBefore(slice.from()) || l.date.isAfter(slice.to())) continue;
            if (!slice.members().entrySet().stream().allMatch(f -> f.getValue().contains(l.keys.get(f.getKey())))) continue;
            List<String> k = new ArrayList<>();
            for (Dimension d : by) k.add(l.keys.get(d));
            long[] s = sums.computeIfAbsent(String.join("|", k) + "@" + (grain == null ? null : period(l.date, grain)), x -> new long[4]);
            s[0] += l.rows;
            s[1] += l.qty;
            s[2] += l.amount;
            s[3] += l.margin;
        }
        Map<String, String> out = new TreeMap<>();
        sums.forEach((k, s) -> out.put(k, s[0] + "/" + s[1] + "/" + s[2] + "/" + s[3]));
        return out;
    }

    private static String period(LocalDate d, Grain g) {
        return switch (g) {
            case DAY -> d.toString();
            case WEEK -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> d.toString().substring(0, 7);
            case QUARTER -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(d.getYear());
        };
    }
}
