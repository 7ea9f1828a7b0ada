package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salestrack.store.postgres.NationalPublishTest.count;
import static org.salestrack.store.postgres.NationalPublishTest.rollups;
import static org.salestrack.store.postgres.NationalPublishTest.total;
import static org.salestrack.store.postgres.NationalPublishTest.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.StoreException;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * A batch bigger than a chunk is staged from a second connection while the publishing transaction moves it
 * (national V15, {@link LineStager}): the store ends exactly as when the batch is staged in the transaction itself,
 * and a failure anywhere still leaves it as before.
 */
class NationalPublishStagedTest {
    private static final String LINES = "SELECT string_agg(concat_ws(',', id, batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, month, "
            + "sales_region, channel_id, store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate, discount_e4, "
            + "margin_e4, currency, status, pickup, hold, review_hold, dup_of, file_province), ';' ORDER BY id) FROM sale";
    private static final String OWNERS = "SELECT string_agg(concat_ws(',', line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id), ';' "
            + "ORDER BY line_key) FROM line_owner";

    private static final String STAGED = "SELECT (SELECT COUNT(*) FROM publish_stage) + (SELECT COUNT(*) FROM publish_beside) "
            + "+ (SELECT COUNT(*) FROM publish_sums_stage) + (SELECT COUNT(*) FROM publish_sums_done)";

    @TempDir
    Path dir;

    @Test
    void aBatchStagedInChunksEndsAsOneStagedInItsTransaction() throws Exception {
        // a: 400 lines over months no one has yet; b: 700 lines, 100 of them a's (duplicates), over a's months and new
        // ones, 25 of them held in review in b's workspace; c: two batches of 500 and 300 lines of their own, in one publish
        TestWorkspace a = workspace(dir.resolve("a"), SalesFiles.write(dir.resolve("a.csv"), "N", 0, 400, SalesFiles.SOUTH, 7));
        TestWorkspace b = workspace(dir.resolve("b"), SalesFiles.write(dir.resolve("b.csv"), "N", 300, 700, SalesFiles.SOUTH, 7));
        TestWorkspace c = workspace(dir.resolve("c"), SalesFiles.write(dir.resolve("c.csv"), "C", 0, 500, SalesFiles.SOUTH, 9),
                SalesFiles.write(dir.resolve("d.csv"), "D", 0, 300, SalesFiles.SOUTH, 10));
        try (Connection l = b.workspace.connect(); Statement s = l.createStatement()) {
            assertThat(s.executeUpdate("UPDATE sale SET hold = 2 WHERE id % 28 = 0")).isEqualTo(25);
        }
        ServerAddress inTransaction = NationalServers.newDatabase();
        ServerAddress staged = NationalServers.newDatabase();
        List<PublishReport> whole = new ArrayList<>();
        List<PublishReport> chunked = new ArrayList<>();
        for (TestWorkspace w : List.of(a, b, c)) {
            whole.add(new Publisher(w.workspace, NationalStore.open(inTransaction), 1_000_000).publish());
            chunked.add(new Publisher(w.workspace, NationalStore.open(staged), 64).publish());
        }

        assertThat(chunked).isEqualTo(whole.stream().map(r -> new PublishReport(staged.display(), r.batchesNew(), r.batchesKnown(),
                r.linesStored(), r.duplicates(), r.reviewsChanged(), r.batchesUndone(), r.linesRemoved())).toList());
        assertThat(chunked.get(1).duplicates()).isEqualTo(100);
        // line by line, column by column, ids included; the owners; both rollups
        assertThat(text(staged, LINES)).isEqualTo(text(inTransaction, LINES));
        assertThat(text(staged, OWNERS)).isEqualTo(text(inTransaction, OWNERS));
        assertThat(rollups(staged)).isEqualTo(rollups(inTransaction));
        assertThat(count(staged, "SELECT COUNT(*) FROM sale WHERE hold = 1 AND dup_of IS NOT NULL")).isEqualTo(100);
        assertThat(count(staged, "SELECT COUNT(*) FROM sale WHERE review_hold = 2")).isEqualTo(25);
        // counted: every line but the duplicates and the review holds (3 of the 25 are duplicates too)
        assertThat(count(staged, "SELECT SUM(rows) FROM sale_day")).isEqualTo(count(staged, "SELECT COUNT(*) FROM sale WHERE hold = 0"))
                .isEqualTo(1900 - 100 - 22);
        // and the rollups are what a rebuild from the lines makes
        String published = rollups(staged);
        count(staged, "SELECT 1 FROM (SELECT national_refresh(ARRAY(SELECT DISTINCT month FROM sale))) r");
        assertThat(rollups(staged)).isEqualTo(published);
        assertThat(count(staged, STAGED)).isZero();
        assertThat(total(NationalStore.open(staged).workspace())).isEqualTo(total(NationalStore.open(inTransaction).workspace()));
    }

    @Test
    void aPublishWhoseConnectionDropsWhileItsLinesAreStagedLeavesTheStoreAsBefore() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        String before = earlyBatchPublished(store, at);
        TestWorkspace big = sixtyThousandSouthLines();

        CompletableFuture<PublishReport> publishing = CompletableFuture.supplyAsync(() -> new Publisher(big.workspace, store, 2_000).publish());
        // the publishing transaction, caught moving a chunk while the stager goes on with the next
        int killed = whenAChunkMoves(at, publishing, (admin, pid) -> {
            try (ResultSet rs = admin.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
                rs.next();
            }
        });
        assertThat(killed).as("a chunk's move was caught running").isPositive();
        assertThatThrownBy(publishing::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StoreException.class);

        assertThat(count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(1000);
        assertThat(count(at, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
        assertThat(rollups(at)).isEqualTo(before);
        // what the stager had committed was emptied after the failure
        assertThat(count(at, STAGED)).isZero();

        PublishReport again = new Publisher(big.workspace, store, 2_000).publish();
        assertThat(again.linesStored()).isEqualTo(60_000);
        assertThat(count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(61_000);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(61_000);
        assertThat(count(at, "SELECT SUM(amount_e4) FROM sale_day")).isEqualTo(count(at, "SELECT SUM(amount_e4) FROM sale"));
    }

    @Test
    void aPublishCancelledWhileItsLinesAreStagedRollsBackAndTheNextDoesItAll() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        String before = earlyBatchPublished(store, at);
        TestWorkspace big = sixtyThousandSouthLines();

        Cancellation cancel = new Cancellation();
        CompletableFuture<PublishReport> publishing = CompletableFuture.supplyAsync(() -> new Publisher(big.workspace, store, 2_000)
                .publish(cancel, ProgressListener.NONE));
        whenAChunkMoves(at, publishing, (admin, pid) -> cancel.cancel());
        assertThat(cancel.isCancelled()).as("a chunk's move was caught running").isTrue();
        assertThatThrownBy(publishing::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(CancellationException.class);

        assertThat(count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(1000);
        assertThat(count(at, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
        assertThat(rollups(at)).isEqualTo(before);
        assertThat(count(at, STAGED)).isZero();
        assertThat(count(at, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
                + "AND pid <> pg_backend_pid() AND query LIKE '%national_%'")).isZero();

        // published again, followed: the lines read and staged chunk by chunk, then stored, in order, to twice the lines
        List<long[]> followed = new java.util.concurrent.CopyOnWriteArrayList<>();
        PublishReport again = new Publisher(big.workspace, store, 2_000).publish(Cancellation.none(),
                (done, total, message) -> followed.add(new long[] {done, total}));
        assertThat(again.linesStored()).isEqualTo(60_000);
        assertThat(count(at, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(61_000);
        assertThat(followed).allSatisfy(p -> assertThat(p[1]).isEqualTo(120_000));
        assertThat(followed.stream().mapToLong(p -> p[0]).toArray()).isSorted().startsWith(0).endsWith(120_000).contains(60_000);
        assertThat(followed).anySatisfy(p -> assertThat(p[0]).isBetween(2_000L, 58_000L));
    }

    @Test
    void aSouthAnalystsStagedBatchWithANorthLineIsRefusedWhole() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore.open(at);
        ServerAddress south = NationalServers.person(at, "li_staged", "华南");
        Path file = SalesFiles.write(dir.resolve("mixed.csv"), "M", 0, 300, SalesFiles.SOUTH, 3);
        // the north line comes last, in a chunk of its own after five south ones
        List<String> lines = new ArrayList<>(Files.readAllLines(SalesFiles.write(dir.resolve("n.csv"), "X", 0, 1, SalesFiles.NORTH, 3)));
        Files.write(file, lines.subList(1, 2), java.nio.file.StandardOpenOption.APPEND);
        TestWorkspace mixed = workspace(dir.resolve("m"), file);

        assertThatThrownBy(() -> new Publisher(mixed.workspace, NationalStore.open(south), 60).publish())
                .isInstanceOf(StoreException.class).hasMessageContaining("may not publish lines of the sales region \"华北\"");
        assertThat(count(at, "SELECT COUNT(*) FROM sale")).isZero();
        assertThat(count(at, "SELECT COUNT(*) FROM import_batch")).isZero();
        assertThat(count(at, STAGED)).isZero();
    }

    @Test
    void onlyTheHolderOfThePublishLockClearsTheStagingBeside() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore.open(at);
        ServerAddress one = NationalServers.person(at, "li_one", "华南");
        ServerAddress other = NationalServers.person(at, "li_other", "华南");
        try (Connection publishing = NationalStore.open(one).connect(); Statement p = publishing.createStatement();
             Connection rogue = NationalStore.open(other).connect(); Statement r = rogue.createStatement()) {
            publishing.setAutoCommit(false);
            p.execute("SELECT pg_advisory_xact_lock(" + Publisher.PUBLISH_LOCK + ")");
            try (Connection stager = NationalStore.open(one).connect(); Statement s = stager.createStatement()) {
                s.execute("INSERT INTO publish_beside (batch_id, src_row, line_no, sold_at, sale_date, channel_id, region_id, product_id, qty, "
                        + "unit_price_e4, amount_e4, status, pickup, hold) VALUES (77, 1, 1, '2025-01-01', '2025-01-01', 1, 1, 1, 1, 1, 1, 'paid', 0, 0)");
            }
            try (ResultSet rs = r.executeQuery("SELECT national_stage_clear()")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isFalse();
            }
            assertThat(count(at, "SELECT COUNT(*) FROM publish_beside")).isEqualTo(1);
            try (ResultSet rs = p.executeQuery("SELECT national_stage_clear()")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            publishing.commit();
        }
        assertThat(count(at, STAGED)).isZero();
    }

    /** A first batch of 1,000 lines published; returns the rollups it made. */
    private String earlyBatchPublished(NationalStore store, ServerAddress at) throws Exception {
        TestWorkspace early = workspace(dir.resolve("early"), SalesFiles.write(dir.resolve("early.csv"), "E", 0, 1000, SalesFiles.SOUTH, 5));
        new Publisher(early.workspace, store).publish();
        return rollups(at);
    }

    /** One batch of 60,000 south lines: staged beside its publish when chunks are 2,000 lines. */
    private TestWorkspace sixtyThousandSouthLines() throws Exception {
        return workspace(dir.resolve("big"), SalesFiles.write(dir.resolve("big.csv"), "B", 0, 60_000, SalesFiles.SOUTH, 11));
    }

    interface OnBackend {
        void accept(Statement admin, long pid) throws Exception;
    }

    /** Runs {@code then} once, on the backend caught moving a chunk (national_publish_lines), within a minute; returns 1 if it did. */
    private static int whenAChunkMoves(ServerAddress at, CompletableFuture<?> publishing, OnBackend then) throws Exception {
        try (Connection admin = DriverManager.getConnection(at.jdbcUrl(), "postgres", ""); Statement s = admin.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !publishing.isDone()) {
                long pid = 0;
                try (ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' "
                        + "AND query LIKE 'SELECT national_publish_lines%'")) {
                    if (rs.next()) pid = rs.getLong(1);
                }
                if (pid != 0) {
                    then.accept(s, pid);
                    return 1;
                }
                Thread.sleep(1);
            }
        }
        return 0;
    }

    private static String text(ServerAddress at, String sql) throws Exception {
        try (Connection c = NationalStore.open(at).connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
