package org.salestrack.bench;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.salestrack.cli.SalesTrackCommand;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.pipeline.watch.FolderWatcher;
import org.salestrack.pipeline.watch.WatchFixture;
import org.salestrack.store.Workspace;
import org.salestrack.store.watch.WatchFolders;
import org.salestrack.task.ProgressListener;

/**
 * bench/watch: a daily export (50,000 lines by default) moved into a watched folder of the sample workspace
 * (built by {@code demo} from samples/), timed from the moment the file is complete (moved in whole) to the
 * moment its batch is stored and the pipeline's follow-up (rules, rollups, forecast tracking) is done; each
 * batch is undone (timed too) so every drop meets the same workspace. The folder is scanned every second,
 * so about one second of each figure is the settle time that tells a complete file from one being written.
 * Usage: WatchBench DIR [LINES] [DROPS]
 */
public final class WatchBench {
    private static final PrintStream OUT = System.out;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-watch");
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int drops = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (Files.exists(dir)) BenchSupport.deleteTree(dir);
        Files.createDirectories(dir);
        Path file = dir.resolve("sample-workspace.db");
        StringWriter demoOut = new StringWriter();
        int demo = SalesTrackCommand.run(new PrintWriter(demoOut), new PrintWriter(demoOut), "demo", "--workspace", file.toString());
        if (demo != 0) throw new IllegalStateException("demo failed: " + demoOut);
        Workspace ws = Workspace.open(file);
        Path profiles = ImportService.profilesDir(ws);
        Files.createDirectories(profiles);
        try (InputStream in = WatchBench.class.getResourceAsStream("/ui/ui-test-sales.json")) {
            Files.copy(in, profiles.resolve("ui-test-sales.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ImportService imports = new ImportService(ws, ProfileLibrary.load(profiles), ImportPolicy.DEFAULT);
        ImportPipeline pipeline = ImportPipeline.of(ws, imports);
        Path drop = Files.createDirectories(dir.resolve("drop"));
        new WatchFolders(ws).save(drop.toString(), null, 1, WatchMode.AUTO, true);
        BlockingQueue<Long> landed = new ArrayBlockingQueue<>(drops + 1);
        BlockingQueue<WatchEvent> events = new ArrayBlockingQueue<>(drops + 1);
        FolderWatcher watcher = new FolderWatcher(pipeline, e -> {
            landed.add(System.nanoTime());
            events.add(e);
        });
        watcher.start();
        OUT.printf(Locale.ROOT, "sample workspace %s: %,d sale lines before; %d drops of %,d lines, folder scanned every 1 s%n", file,
                WatchFixture.totals(ws).rows(), drops, lines);
        double[] complete = new double[drops];
        double[] undo = new double[drops];
        for (int i = 0; i < drops; i++) {
            WatchFixture.Export day = WatchFixture.export("BENCH" + i + "-", "2025-0" + (1 + i % 9) + "-15", lines, 100 + i);
            Path tmp = dir.resolve("day-" + i + ".csv");
            Files.writeString(tmp, day.text(), StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            Files.move(tmp, drop.resolve("day-" + i + ".csv"), StandardCopyOption.ATOMIC_MOVE);
            Long t1 = landed.poll(10, TimeUnit.MINUTES);
            WatchEvent e = events.take();
            if (t1 == null || e.outcome() != WatchOutcome.STORED) throw new IllegalStateException("drop " + i + ": " + e);
            complete[i] = (t1 - t0) / 1e9;
            long u0 = System.nanoTime();
            pipeline.undo(e.batch(), ProgressListener.NONE);
            undo[i] = (System.nanoTime() - u0) / 1e9;
            OUT.printf(Locale.ROOT, "drop %d: complete -> batch %d stored and followed up %.2f s; undo %.2f s%n", i + 1, e.batch(), complete[i], undo[i]);
        }
        watcher.stop(Duration.ofSeconds(30));
        OUT.printf(Locale.ROOT, "complete -> stored: median %.2f s, max %.2f s; undo: median %.2f s, max %.2f s%n",
                BenchSupport.median(complete), max(complete), BenchSupport.median(undo), max(undo));
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) m = Math.max(m, x);
        return m;
    }
}
