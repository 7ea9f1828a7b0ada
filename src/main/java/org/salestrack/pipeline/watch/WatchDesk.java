package org.salestrack.pipeline.watch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchState;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.store.Workspace;
import org.salestrack.store.watch.ApiSources;
import org.salestrack.store.watch.WatchFolders;
import org.salestrack.store.watch.WatchJournal;

/**
 * The workbench's side of watching: the workspace's folder settings and journal for the Watched folders
 * screen, and the one background watcher that runs while the workspace is open. Everything here may block
 * (SQL, files): call it off the FX thread.
 */
public final class WatchDesk {
    private final Workspace workspace;
    private final WatchFolders folders;
    private final WatchJournal journal;
    private final ApiSources apiSources;
    private final List<Consumer<WatchEvent>> listeners = new CopyOnWriteArrayList<>();
    private FolderWatcher watcher;

    public WatchDesk(Workspace workspace) {
        this.workspace = workspace;
        this.folders = new WatchFolders(workspace);
        this.journal = new WatchJournal(workspace);
        this.apiSources = new ApiSources(workspace);
    }

    /** Starts watching the workspace's folders in the background through {@code pipeline}; a second call does nothing. */
    public synchronized void start(ImportPipeline pipeline) {
        if (watcher != null) return;
        watcher = new FolderWatcher(pipeline, e -> listeners.forEach(l -> l.accept(e)));
        watcher.start();
    }

    /** Stops the background watcher; its running import gets {@code grace}, then is rolled back. */
    public void stop(Duration grace) {
        FolderWatcher w;
        synchronized (this) {
            w = watcher;
            watcher = null;
        }
        if (w != null) w.stop(grace);
    }

    /** Told of every file the background watcher handled, on the watcher's thread. */
    public void addListener(Consumer<WatchEvent> l) { listeners.add(l); }

    public void removeListener(Consumer<WatchEvent> l) { listeners.remove(l); }

    public List<WatchedFolder> folders() { return folders.list(); }

    /** How each folder is being watched, by id; empty while the watcher is not running. */
    public synchronized Map<Long, WatchState> states() { return watcher == null ? Map.of() : watcher.states(); }

    public WatchedFolder save(String path, String profile, int pollSeconds, WatchMode mode, boolean enabled) {
        WatchedFolder f = folders.save(path, profile, pollSeconds, mode, enabled);
        reload();
        return f;
    }

    public boolean remove(String path) {
        boolean removed = folders.remove(path);
        reload();
        return removed;
    }

    public List<WatchEvent> recent(int limit) { return journal.recent(limit); }

    public List<ApiSource> apiSources() { return apiSources.list(); }

    /** Adds an API source or changes its settings (its watermark stays); the watcher polls it at its next round. */
    public ApiSource saveApi(ApiSource source) {
        ApiSource saved = apiSources.save(source);
        reload();
        return saved;
    }

    public boolean removeApi(String name) {
        boolean removed = apiSources.remove(name);
        reload();
        return removed;
    }

    /** Asks the running watcher to poll {@code source} at once; false when no watcher runs. */
    public synchronized boolean pollSoon(ApiSource source) {
        if (watcher == null) return false;
        watcher.pollSoon(source.id());
        return true;
    }

    /** The names of the mapping profiles a folder can be given (shipped and saved ones). */
    public List<String> profiles() {
        return ProfileLibrary.load(ImportService.profilesDir(workspace)).all().stream().map(MappingProfile::name).sorted().toList();
    }

    private synchronized void reload() {
        if (watcher != null) watcher.reload();
    }
}
