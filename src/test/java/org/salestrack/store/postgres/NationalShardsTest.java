package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Cell;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.national.ExtractReport;
import org.salestrack.store.SummaryQuery;
import org.salestrack.store.Workspace;
import org.salestrack.store.cube.CubeQuery;
import org.salestrack.ui.TestWorkspace;

/**
 * One coordinator and two shard servers on this machine (three PostgreSQL servers), sale partitioned by
 * sales region into postgres_fdw foreign tables: the same publish and the same queries give the same
 * numbers as one server, each shard holds its regions' lines, and the policies hold on the coordinator.
 */
class NationalShardsTest {
    @TempDir
    static Path dir;

    static EmbeddedPostgres shardA;
    static EmbeddedPostgres shardB;
    static ServerAddress coordinatorAt;
    static NationalStore coordinator;
    static NationalStore single;
    static Workspace ws;

    @BeforeAll
    static void threeServers() throws Exception {
        shardA = EmbeddedPostgres.builder().start();
        shardB = EmbeddedPostgres.builder().start();
        ServerAddress a = new ServerAddress("localhost", shardA.getPort(), "postgres", "postgres", null);
        ServerAddress b = new ServerAddress("localhost", shardB.getPort(), "postgres", "postgres", null);
        NationalShards.prepareShard(a);
        NationalShards.prepareShard(b);
        countInsertStatements(a);
        coordinatorAt = NationalServers.newDatabase();
        coordinator = NationalStore.open(coordinatorAt);
        NationalShards.coordinate(coordinator, List.of(
                new NationalShards.Shard("shard_south_east", a, List.of("华南", "华东", "华中", "")),
                new NationalShards.Shard("shard_north_west", b, List.of("华北", "东北", "西南", "西北"))));
        ws = NationalPublishTest.workspace(dir.resolve("ws"),
                SalesFiles.write(dir.resolve("s.csv"), "Q", 0, 1500, SalesFiles.SOUTH, 41),
                SalesFiles.write(dir.resolve("s2.csv"), "Q", 1200, 600, SalesFiles.SOUTH, 41),
                SalesFiles.write(dir.resolve("n.csv"), "M", 0, 1000, SalesFiles.NORTH, 42)).workspace;
        // staged beside the publish, 250 lines a chunk, through postgres_fdw; one server takes each batch in its transaction
        new Publisher(ws, coordinator, 250).publish();
        single = NationalStore.open(NationalServers.newDatabase());
        new Publisher(ws, single).publish();
    }

    /** each INSERT statement shard A runs on its sale counted, to see how the coordinator sends the lines */
    private static void countInsertStatements(ServerAddress shard) throws Exception {
        try (java.sql.Connection c = NationalStore.open(shard).connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE insert_statements (n integer)");
            s.execute("CREATE FUNCTION count_insert_statement() RETURNS trigger LANGUAGE plpgsql AS "
                    + "$$ BEGIN INSERT INTO public.insert_statements VALUES (1); RETURN NULL; END $$");
            s.execute("CREATE TRIGGER count_insert_statement AFTER INSERT ON sale FOR EACH STATEMENT EXECUTE FUNCTION count_insert_statement()");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        shardA.close();
        shardB.close();
    }

    @Test
    void eachShardHoldsItsRegionsLines() throws Exception {
        ServerAddress a = new ServerAddress("localhost", shardA.getPort(), "postgres", "postgres", null);
        ServerAddress b = new ServerAddress("localhost", shardB.getPort(), "postgres", "postgres", null);
        assertThat(NationalPublishTest.count(a, "SELECT COUNT(*) FROM sale")).isEqualTo(2100);
        assertThat(NationalPublishTest.count(a, "SELECT COUNT(*) FROM sale WHERE sales_region <> '华南'")).isZero();
        assertThat(NationalPublishTest.count(b, "SELECT COUNT(*) FROM sale")).isEqualTo(1000);
        assertThat(NationalPublishTest.count(coordinatorAt, "SELECT COUNT(*) FROM sale WHERE hold = 1")).isEqualTo(300);
    }

    @Test
    void theLinesReachAShardInBatchesNotOneByOne() throws Exception {
        ServerAddress a = new ServerAddress("localhost", shardA.getPort(), "postgres", "postgres", null);
        // 2,100 lines in chunks of 250 and postgres_fdw's batches of 1,000: a statement a chunk, where an
        // INSERT ... RETURNING on the coordinator (which turns batching off) made one a line
        long statements = NationalPublishTest.count(a, "SELECT COUNT(*) FROM insert_statements");
        assertThat(statements).isBetween(1L, 20L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "region", "province,month", "channel,quarter", "sku,week", "store,city"})
    void theSummaryIsTheOneServersNumbers(String by) {
        List<String> dims = by.isEmpty() ? List.of() : List.of(by.split(","));
        var onOne = new SummaryQuery(single.workspace()).run(dims, null, null);
        assertThat(new SummaryQuery(coordinator.workspace()).run(dims, null, null)).isNotEmpty().isEqualTo(onOne);
    }

    @Test
    void theCubeIsTheOneServersNumbers() {
        Slice year = Slice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        Slice loose = Slice.of(LocalDate.parse("2024-03-09"), LocalDate.parse("2025-06-02")).with(Dimension.REGION, Set.of("华北"));
        for (Slice s : List.of(year, loose)) {
            for (List<Dimension> by : List.of(List.of(Dimension.REGION), List.of(Dimension.PROVINCE, Dimension.CHANNEL), List.of(Dimension.SKU))) {
                assertThat(cells(coordinator.workspace(), s, by)).as(by.toString()).isNotEmpty().isEqualTo(cells(single.workspace(), s, by));
            }
        }
    }

    @Test
    void theRollupsRebuiltFromTheShardsAreTheOneServersNumbers() {
        // national_refresh on the coordinator groups the shards' lines (read through postgres_fdw) into its sale_day and sale_pc_month
        NationalServers.superuser(coordinatorAt, "SELECT national_refresh(ARRAY(SELECT DISTINCT month FROM sale_pc_month))");
        Slice year = Slice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        Slice loose = Slice.of(LocalDate.parse("2024-03-09"), LocalDate.parse("2025-06-02"));
        for (Slice s : List.of(year, loose)) {
            for (List<Dimension> by : List.of(List.of(Dimension.REGION), List.of(Dimension.PROVINCE, Dimension.CHANNEL))) {
                assertThat(cells(coordinator.workspace(), s, by)).as(by.toString()).isNotEmpty().isEqualTo(cells(single.workspace(), s, by));
            }
        }
    }

    private static List<String> cells(Workspace w, Slice s, List<Dimension> by) {
        List<String> out = new ArrayList<>();
        for (Cell c : new CubeQuery(w).query(s, by, Grain.MONTH)) out.add(c.labels() + " " + c.period() + " " + c.measures());
        out.sort(null);
        return out;
    }

    @Test
    void theCoordinatorsPoliciesHoldAndAnExtractComesFromTheShards() throws Exception {
        ServerAddress south = NationalServers.person(coordinatorAt, "sun_south", "华南");
        try (var c = NationalStore.open(south).connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE sales_region = '华北') FROM sale")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2100);
            assertThat(rs.getLong(2)).isZero();
        }
        Workspace fresh = TestWorkspace.create(dir.resolve("x"), false).workspace;
        ExtractReport r = new Extractor(NationalStore.open(south), fresh).extract(List.of(), null, null);
        assertThat(r.lines()).isEqualTo(2100);
        assertThat(r.counted()).isEqualTo(1800);
    }
}
