package org.salestrack.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.pipeline.watch.FolderWatcher;
import org.salestrack.pipeline.watch.WatchDesk;
import org.salestrack.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watch}: configures the workspace's watched folders, or (with no configuring option) imports what
 * lands in them until the process is told to stop (SIGTERM, SIGINT): the shutdown waits for the running
 * import, so a stop never leaves half a batch.
 */
@Command(name = "watch", description = "Import what lands in the watched folders until stopped; or add, list and remove watched folders.")
final class WatchCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--add", paramLabel = "DIR", description = "Watch this folder (or change its settings when it is watched already).")
    Path add;

    @Option(names = "--profile", paramLabel = "NAME", description = "With --add: the mapping profile for its files (default: picked by each file's header).")
    String profile;

    @Option(names = "--interval", paramLabel = "S", defaultValue = "2",
            description = "With --add: seconds between scans, and how long a file must stay unchanged to count as complete (default ${DEFAULT-VALUE}).")
    int interval;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "With --add: auto (file-system events plus scans) or poll (scans only, for network drives); default ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--paused", description = "With --add: keep the folder's settings but do not watch it for now.")
    boolean paused;

    @Option(names = "--remove", paramLabel = "DIR", description = "Stop watching this folder.")
    Path remove;

    @Option(names = "--list", description = "List the watched folders.")
    boolean list;

    @Option(names = "--json", description = "Print machine-readable output (while watching: one JSON object per line and file).")
    boolean json;

    @Option(names = "--grace", paramLabel = "S", defaultValue = "30",
            description = "On a stop, seconds the running import may take to finish before it is rolled back (default ${DEFAULT-VALUE}).")
    int grace;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = workspace.openToChange();
        WatchDesk folders = new WatchDesk(ws);
        if (add != null) {
            if (!Files.isDirectory(add)) throw new IllegalArgumentException("there is no folder " + add);
            if (profile != null && !folders.profiles().contains(profile)) {
                throw new IllegalArgumentException("there is no mapping profile named " + profile);
            }
            WatchedFolder f = folders.save(add.toAbsolutePath().normalize().toString(), profile, interval, WatchMode.of(mode), !paused);
            if (json) out.println(Json.write(Map.of("folder", folderJson(f))));
            else out.printf("watching %s (profile %s, every %d s, %s%s)%n", f.path(), f.profile() == null ? "auto" : f.profile(),
                    f.pollSeconds(), f.mode().id(), f.enabled() ? "" : ", paused");
            return ExitCodes.OK;
        }
        if (remove != null) {
            String path = remove.toAbsolutePath().normalize().toString();
            if (!folders.remove(path)) throw new IllegalArgumentException(path + " is not watched");
            if (!json) out.printf("no longer watching %s%n", path);
            else out.println(Json.write(Map.of("removed", path)));
            return ExitCodes.OK;
        }
        if (list) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (WatchedFolder f : folders.folders()) rows.add(folderJson(f));
            if (json) {
                out.println(Json.write(Map.of("folders", rows)));
            } else {
                for (WatchedFolder f : folders.folders()) {
                    out.printf("%d\t%s\tprofile %s\tevery %d s\t%s%s%n", f.id(), f.path(), f.profile() == null ? "auto" : f.profile(),
                            f.pollSeconds(), f.mode().id(), f.enabled() ? "" : "\tpaused");
                }
            }
            return ExitCodes.OK;
        }
        return watch(ws, folders, out, err);
    }

    private int watch(Workspace ws, WatchDesk folders, PrintWriter out, PrintWriter err) throws InterruptedException {
        // nobody can be asked on a shared PC
        FolderWatcher watcher = new FolderWatcher(Pipelines.unattended(ws), e -> print(out, e));
        if (folders.folders().isEmpty()) err.println("no folder is watched yet: add one with watch --add DIR (checked again every few seconds)");
        for (WatchedFolder f : folders.folders()) {
            err.printf("watching %s (profile %s, every %d s, %s)%n", f.path(), f.profile() == null ? "auto" : f.profile(), f.pollSeconds(),
                    f.enabled() ? f.mode().id() : "paused");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("stopping: waiting for the running import");
            watcher.stop(Duration.ofSeconds(grace));
            err.println("stopped");
            err.flush();
            stopped.countDown();
        }, "watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        watcher.start();
        stopped.await();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, WatchEvent e) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", e.source());
            m.put("file", e.file());
            m.put("sha256", e.sha256());
            m.put("outcome", e.outcome().id());
            m.put("batch", e.batch());
            m.put("reason", e.reason());
            m.put("at", e.at());
            out.println(Json.line(m));
        } else {
            out.printf("%s %s: %s%n", e.outcome().id(), e.file(), e.reason());
        }
        out.flush();
    }

    private static Map<String, Object> folderJson(WatchedFolder f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("path", f.path());
        m.put("profile", f.profile());
        m.put("interval", f.pollSeconds());
        m.put("mode", f.mode().id());
        m.put("enabled", f.enabled());
        return m;
    }
}
