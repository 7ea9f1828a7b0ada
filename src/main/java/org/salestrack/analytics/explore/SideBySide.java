package org.salestrack.analytics.explore;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Independent cube queries run side by side on the caller's executor (WAL lets readers share the workspace), so a
 * screen's figures come after the slowest query rather than after all of them in turn.
 */
final class SideBySide {
    private SideBySide() {}

    static <T> CompletableFuture<T> start(Executor queries, Supplier<T> query) { return CompletableFuture.supplyAsync(query, queries); }

    /** The query's result, rethrowing its own exception rather than a wrapper. */
    static <T> T result(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
