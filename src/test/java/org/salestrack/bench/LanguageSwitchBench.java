package org.salestrack.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.ui.I18n;
import org.salestrack.ui.ScreenEntry;
import org.salestrack.ui.Screens;
import org.salestrack.ui.Workbench;
import org.salestrack.ui.start.OpenedWorkspace;

/**
 * Memory over language switches (issue 23): the headless workbench on a workspace opens every screen once
 * (so every view listens to the language), then switches English <-> 中文 SWITCHES times on the dashboard.
 * After each switch and a settle pause: heap used after a full collection (what the views keep) and the
 * process's resident set. Usage: LanguageSwitchBench WORKSPACE [SWITCHES] [SETTLE_SECONDS]
 */
public final class LanguageSwitchBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int switches = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long settle = args.length > 2 ? Long.parseLong(args[2]) : 3;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        OpenedWorkspace ws = WorkspaceServices.open(file, BenchSupport.passphrase());
        AtomicReference<Workbench> bench = new AtomicReference<>();
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            Stage s = new Stage();
            Workbench w = new Workbench(ws, Locale.ENGLISH, new org.salestrack.ui.FxDialogService(s));
            w.show(s);
            bench.set(w);
            stage.set(s);
        });
        waitFor(() -> stage.get().getScene().lookup("#kpi-units-value") instanceof Label l && !l.getText().equals("–"), 120);
        for (ScreenEntry e : Screens.all()) {
            onFx(() -> bench.get().window().show(e.id()));
            TimeUnit.SECONDS.sleep(settle);
        }
        onFx(() -> bench.get().window().show("dashboard"));
        TimeUnit.SECONDS.sleep(settle);
        System.out.printf(Locale.ROOT, "%d screens opened on %s; switching the language %d times, %d s apart%n", Screens.all().size(), file,
                switches, settle);
        System.out.println("| after | language | heap used after GC MB | RSS MB |");
        System.out.println("| --- | --- | ---: | ---: |");
        report("screens opened", "en");
        long firstHeap = 0;
        long lastHeap = 0;
        for (int i = 1; i <= switches; i++) {
            Locale next = i % 2 == 1 ? I18n.CHINESE : I18n.ENGLISH;
            onFx(() -> bench.get().i18n().localeProperty().set(next));
            TimeUnit.SECONDS.sleep(settle);
            long heap = report("switch " + i, next.getLanguage());
            if (i == 2) firstHeap = heap;
            lastHeap = heap;
        }
        System.out.printf(Locale.ROOT, "heap after GC from switch 2 to switch %d: %+d MB%n", switches, (lastHeap - firstHeap) >> 20);
        onFx(() -> stage.get().close());
        Platform.exit();
        System.exit(0);
    }

    private static long report(String after, String language) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d |%n", after, language, heap >> 20, rss() >> 20);
        return heap;
    }

    private static long rss() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
        return -1;
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void waitFor(java.util.function.BooleanSupplier ready, int seconds) throws Exception {
        for (int i = 0; i < seconds * 10; i++) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            onFx(() -> ok.set(ready.getAsBoolean()));
            if (ok.get()) return;
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("the dashboard showed no figures within " + seconds + " s");
    }
}
