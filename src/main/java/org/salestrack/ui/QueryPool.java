package org.salestrack.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs a view's independent cube queries side by side (WAL lets readers share the workspace), so the
 * figures appear after the slowest query rather than after all of them in turn. Callers are already off
 * the FX thread; this only fans their work out over the cores.
 */
public final class QueryPool {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "cube-query");
                t.setDaemon(true);
                return t;
            });

    private QueryPool() {}

    public static <T> CompletableFuture<T> start(Supplier<T> query) { return CompletableFuture.supplyAsync(query, POOL); }

    /** The query's result, rethrowing its own exception rather than a wrapper. */
    public static <T> T result(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
