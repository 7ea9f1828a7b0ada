package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.national.PublishReport;
import org.salestrack.store.StoreException;
import org.salestrack.ui.TestWorkspace;

/**
 * A publish whose connection drops in the middle of its COPY leaves the national store as it was; the 150,000-line batch
 * is staged beside the publish, so the COPY caught is the stager's (NationalPublishStagedTest drops the publishing one).
 */
class NationalPublishInterruptedTest {
    @TempDir
    Path dir;

    @Test
    void aConnectionDroppedMidCopyLeavesTheStoreAsBeforeAndTheNextPublishDoesItAll() throws Exception {
        ServerAddress at = NationalServers.newDatabase();
        NationalStore store = NationalStore.open(at);
        TestWorkspace early = NationalPublishTest.workspace(dir.resolve("early"),
                SalesFiles.write(dir.resolve("early.csv"), "E", 0, 1000, SalesFiles.SOUTH, 5));
        new Publisher(early.workspace, store).publish();
        TestWorkspace big = NationalPublishTest.workspace(dir.resolve("big"),
                SalesFiles.write(dir.resolve("big.csv"), "B", 0, 150_000, SalesFiles.SOUTH, 11));

        CompletableFuture<PublishReport> publishing = CompletableFuture.supplyAsync(() -> new Publisher(big.workspace, store).publish());
        int killed = 0;
        try (Connection admin = DriverManager.getConnection(at.jdbcUrl(), "postgres", ""); Statement s = admin.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (killed == 0 && System.nanoTime() < deadline && !publishing.isDone()) {
                try (ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND state = 'active' AND query LIKE 'COPY publish_%'")) {
                    while (rs.next()) if (rs.getBoolean(1)) killed++;
                }
                Thread.sleep(2);
            }
        }
        assertThat(killed).as("the publish's COPY was caught running").isPositive();
        assertThatThrownBy(publishing::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StoreException.class);

        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(1000);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
        assertThat(NationalPublishTest.count(at, "SELECT (SELECT COUNT(*) FROM publish_stage) + (SELECT COUNT(*) FROM publish_beside)")).isZero();
        assertThat(NationalPublishTest.count(at, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(1000);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM audit_log WHERE action = 'publish'")).isEqualTo(1);

        PublishReport again = new Publisher(big.workspace, store).publish();
        assertThat(again.batchesNew()).isEqualTo(1);
        assertThat(again.linesStored()).isEqualTo(150_000);
        assertThat(NationalPublishTest.count(at, "SELECT COUNT(*) FROM sale")).isEqualTo(151_000);
        assertThat(NationalPublishTest.count(at, "SELECT SUM(rows) FROM sale_pc_month")).isEqualTo(151_000);
    }
}
