package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.map.TableLocator;

class RowPrefetcherTest {
    @TempDir
    Path tmp;

    @Test
    void closeWaitsForTheStageEvenWhenTheStoringThreadIsInterrupted() throws Exception {
        StringBuilder csv = new StringBuilder("receipt,line,time,store,sku,qty,amount,province,customer,phone\n");
        for (int i = 0; i < 5000; i++) csv.append("R").append(i).append(",1,2024-03-01 10:00:00,S01,P10,1,10,广东省,,\n");
        Path f = tmp.resolve("f.csv");
        Files.writeString(f, csv);
        var located = TableLocator.locate(f, List.of(IngestFixture.profile("pos-profile.json")), new Pseudonymiser(new byte[32]));
        CountDownLatch inStage = new CountDownLatch(1);
        AtomicBoolean stageDone = new AtomicBoolean();
        RowPrefetcher<Object> p = new RowPrefetcher<>(located.rows(), "t", chunk -> {
            inStage.countDown();
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) Thread.onSpinWait();   // stands for writes through the session
            stageDone.set(true);
            return chunk;
        });
        inStage.await();

        Thread.currentThread().interrupt();   // as a cancelled task is
        p.close();
        boolean interruptedStill = Thread.interrupted();

        assertThat(stageDone).as("the stage finished before close returned").isTrue();
        assertThat(interruptedStill).as("close keeps the interrupt for the caller").isTrue();
        located.rows().close();
    }
}
