package org.salestrack.pipeline.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchState;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.ingest.watch.FileStability;
import org.salestrack.ingest.watch.FileStamp;
import org.salestrack.ingest.watch.WatchFiles;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.store.watch.ApiSources;
import org.salestrack.store.watch.WatchFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a workspace's folders and polls its API sources on one thread of its own, and imports each
 * complete file and each poll's records through the import pipeline, one batch at a time. Folders in {@code auto} mode
 * are registered with the file system's {@link WatchService} so a new file is seen at once; every folder is
 * also scanned every poll interval, which is all a network drive gets. {@link #stop} lets the running
 * import finish within a grace time and otherwise cancels it, which rolls its transaction back: a stop never
 * leaves half a batch, and a file whose import was cancelled stays in the folder for the next start.
 */
public final class FolderWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    /** Folder settings changed by another process (the CLI beside the workbench) are picked up this often. */
    private static final long RELOAD_MILLIS = 5_000;
    private static final long MAX_WAIT_MILLIS = 250;
    /** How long one page of an API source may take to answer. */
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);

    private final Workspace workspace;
    private final WatchFolders folders;
    private final WatchedFileImport importer;
    private final ApiSources apiSources;
    private final ApiSourcePoll apiPoll;
    /** The API sources by id, and when each is next polled (kept across reloads: a moved watermark is not a new source). */
    private final Map<Long, ApiSource> apis = new LinkedHashMap<>();
    private final Map<Long, Long> apiDue = new ConcurrentHashMap<>();
    private final Consumer<WatchEvent> listener;
    /** Touched only by the thread running {@link #pass}. */
    private final Map<Long, Watched> watched = new LinkedHashMap<>();
    private final Map<Long, WatchState> states = new ConcurrentHashMap<>();
    private volatile boolean reload = true;
    private volatile boolean stopping;
    private long lastReload;
    private WatchService events;
    private Thread thread;

    /** @param listener told of every handled file on the watcher's thread, after the pipeline's follow-up */
    public FolderWatcher(ImportPipeline pipeline, Consumer<WatchEvent> listener) {
        this.workspace = pipeline.imports().workspace();
        this.folders = new WatchFolders(workspace);
        this.importer = new WatchedFileImport(pipeline);
        this.apiSources = new ApiSources(workspace);
        this.apiPoll = new ApiSourcePoll(pipeline, PAGE_TIMEOUT);
        this.listener = listener;
    }

    /** Starts the watcher's thread. */
    public synchronized void start() {
        if (thread != null) return;
        thread = new Thread(this::loop, "watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The folder settings changed: they are read again before the next scan. */
    public void reload() { reload = true; }

    /** Polls API source {@code id} at the next round rather than when it is due. */
    public void pollSoon(long id) {
        apiDue.put(id, Long.MIN_VALUE);
        reload = true;
    }

    /** Each watched folder's state by id, as of the last scan. */
    public Map<Long, WatchState> states() { return Map.copyOf(states); }

    /**
     * Stops watching. The running import gets {@code grace} to finish (its batch is then stored whole and its file
     * moved); after that it is cancelled and rolled back. Returns once the watcher's thread has ended.
     */
    public void stop(Duration grace) {
        stopping = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) return;
        try {
            t.join(Math.max(1, grace.toMillis()));
            if (t.isAlive()) {
                LOG.info("the running import did not finish within {}: cancelling it (rolled back, its file stays)", grace);
                importer.cancelRunning();
                apiPoll.cancelRunning();
                t.join();
            }
        } catch (InterruptedException e) {
            importer.cancelRunning();
            apiPoll.cancelRunning();
            Thread.currentThread().interrupt();
        }
    }

    public boolean stopping() { return stopping; }

    private void loop() {
        try {
            while (!stopping) {
                long now = now();
                pass(now);
                waitForChanges(Math.max(20, Math.min(MAX_WAIT_MILLIS, nextDue() - now())));
            }
        } catch (RuntimeException e) {
            LOG.error("the folder watcher stopped", e);
        } finally {
            closeEvents();
        }
    }

    /**
     * One round at {@code nowMillis}: re-reads the settings when due, scans every folder that is due or was
     * woken by an event, and imports the files that became complete.
     * The thread calls it in a loop; tests call it directly.
     */
    public List<WatchEvent> pass(long nowMillis) {
        if (reload || nowMillis - lastReload >= RELOAD_MILLIS) sync(nowMillis);
        List<WatchEvent> out = new ArrayList<>();
        for (Watched w : watched.values()) {
            if (stopping) break;
            if (!w.folder.enabled() || (nowMillis < w.nextScan && !w.woken)) continue;
            w.woken = false;
            w.nextScan = nowMillis + w.folder.settleMillis();
            Path dir = Path.of(w.folder.path());
            if (!Files.isDirectory(dir)) {
                states.put(w.folder.id(), WatchState.MISSING);
                continue;
            }
            if (w.key == null && w.folder.mode() == WatchMode.AUTO) register(w);
            states.put(w.folder.id(), w.key != null ? WatchState.EVENTS : WatchState.POLLING);
            Map<String, FileStamp> scan;
            try {
                scan = WatchFiles.scan(dir);
            } catch (IOException e) {
                LOG.warn("cannot list {}: {}", dir, e.toString());
                continue;
            }
            for (String name : w.stability.observe(scan, nowMillis)) {
                if (stopping) break;
                WatchEvent e = importer.importFile(w.folder, dir.resolve(name));
                if (e == null) {
                    w.stability.forget(name);
                } else {
                    out.add(e);
                    listener.accept(e);
                }
            }
        }
        for (ApiSource a : apis.values()) {
            if (stopping) break;
            if (!a.enabled() || nowMillis < apiDue.getOrDefault(a.id(), Long.MIN_VALUE)) continue;
            apiDue.put(a.id(), nowMillis + a.pollMinutes() * 60_000L);
            WatchEvent e = apiPoll.poll(a);
            reload = true; // the watermark may have moved
            if (e != null) {
                out.add(e);
                listener.accept(e);
            }
        }
        return out;
    }

    private void sync(long nowMillis) {
        reload = false;
        lastReload = nowMillis;
        Map<Long, WatchedFolder> now = new LinkedHashMap<>();
        for (WatchedFolder f : folders.list()) now.put(f.id(), f);
        watched.entrySet().removeIf(e -> {
            WatchedFolder f = now.get(e.getKey());
            if (f != null && f.equals(e.getValue().folder)) return false;
            if (e.getValue().key != null) e.getValue().key.cancel();
            states.remove(e.getKey());
            return true;
        });
        for (WatchedFolder f : now.values()) {
            if (watched.containsKey(f.id())) continue;
            Watched w = new Watched(f);
            watched.put(f.id(), w);
            if (!f.enabled()) states.put(f.id(), WatchState.PAUSED);
        }
        apis.clear();
        for (ApiSource a : apiSources.list()) apis.put(a.id(), a);
        apiDue.keySet().retainAll(apis.keySet());
    }

    private void register(Watched w) {
        try {
            if (events == null) events = FileSystems.getDefault().newWatchService();
            w.key = Path.of(w.folder.path()).register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
            // no events here (a network drive, or the platform has none): the scans carry on alone
            LOG.info("no file-system events for {} ({}); scanning every {} s", w.folder.path(), e.toString(), w.folder.pollSeconds());
            w.key = null;
        }
    }

    private long nextDue() {
        long due = Long.MAX_VALUE;
        for (Watched w : watched.values()) if (w.folder.enabled()) due = Math.min(due, w.nextScan);
        for (ApiSource a : apis.values()) if (a.enabled()) due = Math.min(due, apiDue.getOrDefault(a.id(), Long.MIN_VALUE));
        return due == Long.MAX_VALUE ? now() + MAX_WAIT_MILLIS : due;
    }

    private void waitForChanges(long millis) {
        try {
            if (events == null) {
                Thread.sleep(millis);
                return;
            }
            for (WatchKey k = events.poll(millis, TimeUnit.MILLISECONDS); k != null; k = events.poll()) {
                k.pollEvents();
                k.reset();
                for (Watched w : watched.values()) if (k.equals(w.key)) w.woken = true;
            }
        } catch (InterruptedException e) {
            stopping = true;
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            events = null;
        }
    }

    private void closeEvents() {
        if (events == null) return;
        try {
            events.close();
        } catch (IOException ignored) {
            // the watcher is ending
        }
    }

    /** A monotonic clock in milliseconds: scans are compared by it, never by the wall clock. */
    public static long now() { return System.nanoTime() / 1_000_000; }

    /** One folder's watch: its settings, what its scans have seen, and when it is next scanned. */
    private static final class Watched {
        final WatchedFolder folder;
        final FileStability stability;
        long nextScan = Long.MIN_VALUE;
        boolean woken;
        WatchKey key;

        Watched(WatchedFolder folder) {
            this.folder = folder;
            this.stability = new FileStability(folder.settleMillis());
        }
    }
}
