package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.store.SeriesQuery;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeQuery;
import org.salestrack.task.Cancellation;
import org.salestrack.ui.TestWorkspace;

/**
 * The same summary, cube and series queries on a SQLite workspace and on the national store holding the
 * same data (two regions, duplicates across files) give equal numbers.
 */
class NationalQueriesAgreeTest {
    @TempDir
    static Path dir;

    static Workspace local;
    static Workspace national;

    @BeforeAll
    static void sameDataInBothStores() throws Exception {
        TestWorkspace t = NationalPublishTest.workspace(dir.resolve("ws"),
                SalesFiles.write(dir.resolve("s.csv"), "Q", 0, 3000, SalesFiles.SOUTH, 21),
                SalesFiles.write(dir.resolve("s2.csv"), "Q", 2500, 1000, SalesFiles.SOUTH, 21),
                SalesFiles.write(dir.resolve("n.csv"), "M", 0, 2000, SalesFiles.NORTH, 22));
        t.explore.refresh(Cancellation.none());
        local = t.workspace;
        NationalStore store = NationalStore.open(NationalServers.newDatabase());
        new Publisher(local, store).publish();
        national = store.workspace();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "region", "province,month", "channel,channel_type", "city,category,quarter", "store,week", "sku,year",
            "series,model,day", "country,dealer"})
    void theSummaryIsTheSame(String by) {
        List<String> dims = by.isEmpty() ? List.of() : List.of(by.split(","));
        var onSqlite = new SummaryQuery(local).run(dims, null, null);
        var onPostgres = new SummaryQuery(national).run(dims, null, null);
        assertThat(onPostgres).isNotEmpty().isEqualTo(onSqlite);
        var slice = new SummaryQuery(national).run(dims, "2024-03-05", "2025-02-11");
        assertThat(slice).isEqualTo(new SummaryQuery(local).run(dims, "2024-03-05", "2025-02-11"));
    }

    @Test
    void theTotalHasEveryCountedLineOnce() {
        var total = new SummaryQuery(national).run(List.of(), null, null).get(0);
        // 3000 + 1000 + 2000 lines, of which the 500 orders in both South files count once
        assertThat(total.rows()).isEqualTo(5500);
    }

    /** Cells compared by label (ids differ between stores), period and measures. */
    private static List<String> cells(Workspace ws, Slice slice, List<Dimension> by, Grain grain) {
        List<String> out = new ArrayList<>();
        for (Cell c : new CubeQuery(ws).query(slice, by, grain)) out.add(c.labels() + " " + c.period() + " " + c.measures());
        out.sort(null);
        return out;
    }

    @Test
    void theCubeIsTheSameOverWholeMonthsAndLooseDays() {
        Slice year = Slice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        Slice loose = Slice.of(LocalDate.parse("2024-02-10"), LocalDate.parse("2025-05-20"));
        List<List<Dimension>> bys = List.of(List.of(), List.of(Dimension.REGION), List.of(Dimension.PROVINCE, Dimension.CHANNEL),
                List.of(Dimension.CHANNEL_TYPE), List.of(Dimension.CATEGORY, Dimension.SKU), List.of(Dimension.CITY, Dimension.STORE),
                List.of(Dimension.SERIES, Dimension.DEALER));
        for (Slice s : List.of(year, loose)) {
            for (List<Dimension> by : bys) {
                for (Grain g : new Grain[] {null, Grain.MONTH, Grain.QUARTER, Grain.WEEK}) {
                    assertThat(cells(national, s, by, g)).as(by + " by " + g + " over " + s.from() + ".." + s.to())
                            .isNotEmpty().isEqualTo(cells(local, s, by, g));
                }
            }
        }
    }

    @Test
    void theCubeIsTheSameUnderFilters() {
        Slice all = Slice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31"));
        Slice south = all.with(Dimension.REGION, Set.of("华南"));
        Slice online = all.with(Dimension.CHANNEL_TYPE, Set.of("online")).with(Dimension.CATEGORY, Set.of("手机"));
        Slice notGuangdong = new Slice(all.from(), all.to(), java.util.Map.of(), java.util.Map.of(Dimension.PROVINCE, Set.of("44")));
        for (Slice s : List.of(south, online, notGuangdong)) {
            for (List<Dimension> by : List.of(List.of(Dimension.PROVINCE), List.of(Dimension.SKU), List.of(Dimension.STORE))) {
                assertThat(cells(national, s, by, Grain.MONTH)).as(by + " under " + s).isNotEmpty().isEqualTo(cells(local, s, by, Grain.MONTH));
            }
        }
        assertThat(cells(national, south, List.of(Dimension.REGION), null)).hasSize(1);
    }

    private static List<String> series(Workspace ws, List<String> level) { return series(ws, level, null, null); }

    private static List<String> series(Workspace ws, List<String> level, String from, String to) {
        List<String> out = new ArrayList<>();
        for (var m : new SeriesQuery(ws).monthly(level, from, to)) {
            out.add(m.id() + " " + m.keys() + " " + m.firstMonth() + " " + java.util.Arrays.toString(m.units()) + " " + java.util.Arrays.toString(m.revenue()));
        }
        return out;
    }

    @Test
    void theMonthlySeriesAreTheSame() {
        for (List<Dimension> level : List.of(List.of(Dimension.REGION), List.of(Dimension.PROVINCE, Dimension.CATEGORY), List.of(Dimension.SKU))) {
            List<String> names = level.stream().map(Dimension::id).toList();
            assertThat(series(national, names)).as(level.toString()).isNotEmpty().isEqualTo(series(local, names));
        }
    }

    @Test
    void theMonthlySeriesBetweenTwoMonthsAreTheSame() {
        // bounded inside the data: the national store reads the months' days from sale_day's date index (V7)
        var all = new SeriesQuery(national).monthly(List.of("region"), null, null);
        java.time.YearMonth first = java.time.YearMonth.parse(all.get(0).firstMonth());
        int months = all.get(0).units().length;
        assertThat(months).isGreaterThanOrEqualTo(3);
        String from = first.plusMonths(1).toString();
        String to = first.plusMonths(months - 2).toString();
        for (List<Dimension> level : List.of(List.of(Dimension.REGION), List.of(Dimension.PROVINCE, Dimension.CATEGORY), List.of(Dimension.SKU))) {
            List<String> names = level.stream().map(Dimension::id).toList();
            assertThat(series(national, names, from, to)).as(level.toString()).isNotEmpty().isEqualTo(series(local, names, from, to));
        }
        var cut = new SeriesQuery(national).monthly(List.of("region"), from, to);
        assertThat(cut.get(0).firstMonth()).isEqualTo(from);
        assertThat(cut.get(0).units()).hasSize(months - 2);
    }
}
