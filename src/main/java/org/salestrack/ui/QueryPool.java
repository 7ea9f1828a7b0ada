package org.salestrack.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads the screens' independent cube queries fan out on (the dashboard's six, the explorer's two), so the
 * figures appear after the slowest query rather than after all of them in turn. Callers are already off the FX
 * thread; daemon threads, so an open query never keeps the app from closing.
 */
public final class QueryPool {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "cube-query");
                t.setDaemon(true);
                return t;
            });

    private QueryPool() {}

    public static Executor executor() { return POOL; }
}
