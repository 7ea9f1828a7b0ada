package org.salestrack.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Time to first paint of the workbench on a workspace, headless: from JVM start to the first frame of the
 * window, and to the first frame with the dashboard's figures in it. It launches the app itself ({@code Main} with
 * {@code -Dsalestrack.workspace}), so the start page's phases and every screen
 * service the app builds are the app's; each text the window shows while waiting is printed with its time.
 */
public final class FirstPaintBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        if (BenchSupport.passphrase() != null) throw new IllegalArgumentException("the app asks an encrypted workspace's passphrase on a page: time a plain one");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.setProperty("salestrack.workspace", file.toString());
        System.setProperty("salestrack.lang", "en");
        Thread app = new Thread(() -> org.salestrack.app.Main.main(new String[0]), "app");
        app.setDaemon(true);
        app.start();
        AtomicLong windowFrame = new AtomicLong();
        AtomicLong figuresFrame = new AtomicLong();
        AtomicLong cpuAtFigures = new AtomicLong();
        List<String> said = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        boolean watching = false;
        while (!watching) {
            try {
                Platform.runLater(() -> {
                    new AnimationTimer() {
                        private String last = "";

                        @Override
                        public void handle(long now) {
                            Scene scene = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene).findFirst().orElse(null);
                            if (scene == null) return;
                            long t = System.currentTimeMillis() - jvmStart;
                            if (windowFrame.get() == 0) windowFrame.set(t);
                            String text = scene.lookup("#start-phase") instanceof Label l ? l.getText()
                                    : scene.lookup("#dashboard-first-load") instanceof Label l && l.isVisible() ? l.getText() : "";
                            if (!text.equals(last)) {
                                synchronized (said) {
                                    said.add(String.format(Locale.ROOT, "%6d ms  %s", t, text));
                                }
                                last = text;
                            }
                            if (scene.lookup("#kpi-units-value") instanceof Label l && !l.getText().equals("–")) {
                                figuresFrame.set(t);
                                cpuAtFigures.set(ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
                                stop();
                                done.countDown();
                            }
                        }
                    }.start();
                });
                watching = true;
            } catch (IllegalStateException toolkitNotYetUp) {
                Thread.sleep(5);
            }
        }
        if (!done.await(120, TimeUnit.SECONDS)) System.out.println("dashboard did not show figures within 120 s");
        synchronized (said) {
            said.forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "first paint: window %d ms after JVM start; dashboard with figures %d ms after JVM start"
                + " (%d ms of CPU by then, every thread; load average %s)%n", windowFrame.get(), figuresFrame.get(), cpuAtFigures.get(),
                String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.exit(0);
    }
}
