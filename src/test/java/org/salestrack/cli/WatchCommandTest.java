package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.ImportBatch;
import org.salestrack.pipeline.watch.WatchFixture;
import org.salestrack.store.Batches;
import org.salestrack.store.Workspace;
import org.salestrack.ui.TestWorkspace;

/** Issue 18 #1 and #2 on the command line: configuring watched folders, and {@code watch} run headless until a signal. */
class WatchCommandTest {
    @TempDir
    Path dir;

    private Path workspace() throws IOException {
        TestWorkspace.create(Files.createDirectories(dir.resolve("ws")), false);
        return dir.resolve("ws/workspace.db");
    }

    @Test
    void foldersAreAddedListedAndRemoved() throws Exception {
        String ws = workspace().toString();
        Path a = Files.createDirectories(dir.resolve("exports a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        assertThat(CliRunner.run("watch", "--workspace", ws, "--add", a.toString(), "--profile", "ui-test-sales").exit).isZero();
        CliRunner added = CliRunner.run("watch", "--workspace", ws, "--add", b.toString(), "--interval", "10", "--mode", "poll", "--paused");
        assertThat(added.out).isEqualTo("watching " + b + " (profile auto, every 10 s, poll, paused)\n");
        CliRunner list = CliRunner.run("watch", "--workspace", ws, "--list", "--json");
        assertThat(list.out).isEqualToIgnoringWhitespace("""
                {"folders": [
                  {"id": 1, "path": "%s", "profile": "ui-test-sales", "interval": 2, "mode": "auto", "enabled": true},
                  {"id": 2, "path": "%s", "profile": null, "interval": 10, "mode": "poll", "enabled": false}]}
                """.formatted(a, b));
        assertThat(CliRunner.run("watch", "--workspace", ws, "--remove", a.toString()).out).isEqualTo("no longer watching " + a + "\n");
        assertThat(CliRunner.run("watch", "--workspace", ws, "--list").out).isEqualTo("2\t" + b + "\tprofile auto\tevery 10 s\tpoll\tpaused\n");
        // mistakes are usage errors and change nothing
        CliRunner noProfile = CliRunner.run("watch", "--workspace", ws, "--add", a.toString(), "--profile", "nope");
        assertThat(noProfile.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(noProfile.err).contains("there is no mapping profile named nope");
        assertThat(CliRunner.run("watch", "--workspace", ws, "--add", dir.resolve("missing").toString()).exit).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", "--workspace", ws, "--add", a.toString(), "--interval", "0").exit).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", "--workspace", ws, "--remove", a.toString()).exit).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", "--workspace", ws, "--list").out.lines()).hasSize(1);
    }

    /**
     * The headless watcher as a process: it imports a file, then is sent SIGTERM while (or just after) it
     * imports a large one. The big file is either stored whole and in processed/, or not at all and still in
     * the folder; the workspace passes SQLite's integrity check; a restart picks up what was left.
     */
    @Test
    void sigtermStopsTheWatcherWithoutAHalfBatch() throws Exception {
        Path ws = workspace();
        Path drop = Files.createDirectories(dir.resolve("drop"));
        assertThat(CliRunner.run("watch", "--workspace", ws.toString(), "--add", drop.toString(), "--interval", "1").exit).isZero();
        WatchFixture.Export small = WatchFixture.export("S-", "2025-05-01", 500, 11);
        WatchFixture.Export big = WatchFixture.export("B-", "2025-05-02", 60_000, 12);

        Child first = Child.start(ws);
        first.waitFor(() -> first.err().contains("watching " + drop));
        drop(drop, "small.csv", small.text());
        first.waitFor(() -> first.out().contains("\"outcome\":\"stored\""));
        drop(drop, "big.csv", big.text());
        Thread.sleep(1_600); // the big file settles after one second; its import is now under way or about to be
        assertThat(first.terminate()).isTrue();
        assertThat(first.err()).as("exit %d, out %s", first.process.exitValue(), first.out()).contains("stopping: waiting for the running import").contains("stopped");

        assertThat(integrity(ws)).isEqualTo("ok");
        List<ImportBatch> batches = new Batches(Workspace.open(ws)).list();
        assertThat(batches).allSatisfy(b -> assertThat(b.status()).isEqualTo(BatchStatus.STORED));
        boolean bigStored = Files.exists(drop.resolve("processed/big.csv"));
        if (bigStored) {
            assertThat(batches).extracting(ImportBatch::stored).containsExactly(500L, 60_000L);
            assertThat(drop.resolve("big.csv")).doesNotExist();
        } else {
            assertThat(batches).extracting(ImportBatch::stored).containsExactly(500L);
            assertThat(drop.resolve("big.csv")).exists();
        }
        assertThat(WatchFixture.totals(Workspace.open(ws)).rows()).isEqualTo(bigStored ? 60_500 : 500);

        Child second = Child.start(ws);
        if (!bigStored) second.waitFor(() -> second.out().contains("\"file\":\"big.csv\""));
        second.waitFor(() -> second.err().contains("watching " + drop));
        assertThat(second.terminate()).isTrue();
        assertThat(second.err()).contains("stopped");
        assertThat(new Batches(Workspace.open(ws)).list()).extracting(ImportBatch::stored).containsExactly(500L, 60_000L);
        var totals = WatchFixture.totals(Workspace.open(ws));
        assertThat(totals.qty()).isEqualTo(small.qty() + big.qty());
        assertThat(totals.amount()).isEqualByComparingTo(small.amount().add(big.amount()));
        assertThat(integrity(ws)).isEqualTo("ok");
    }

    /** Written beside the folder and moved in, as copy tools do, so the watcher never sees a half file here. */
    private static void drop(Path folder, String name, String text) throws IOException {
        Path tmp = folder.getParent().resolve(name + ".writing");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String integrity(Path ws) throws Exception {
        try (Connection c = Workspace.open(ws).connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** {@code salestrack watch --json} in its own JVM, its output written to files as it comes. */
    private record Child(Process process, Path outFile, Path errFile) {
        static Child start(Path ws) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path out = Files.createTempFile(ws.getParent(), "watch", ".out");
            Path err = Files.createTempFile(ws.getParent(), "watch", ".err");
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.salestrack.app.Main",
                    "watch", "--workspace", ws.toString(), "--json", "--grace", "0")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Child(p, out, err);
        }

        /** Sends SIGTERM and waits for the process to end. */
        boolean terminate() throws InterruptedException {
            process.destroy();
            return process.waitFor(120, TimeUnit.SECONDS);
        }

        String out() { return read(outFile); }

        String err() { return read(errFile); }

        private static String read(Path p) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void waitFor(BooleanSupplier condition) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > end) throw new AssertionError("timed out; out:\n" + out() + "\nerr:\n" + err());
                if (!process.isAlive() && !condition.getAsBoolean()) throw new AssertionError("the watcher ended; out:\n" + out() + "\nerr:\n" + err());
                Thread.sleep(50);
            }
        }
    }
}
