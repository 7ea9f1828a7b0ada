package org.salestrack.ui.shots;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** What both screenshot tools do: run on the FX thread and wait, poll for a condition, snapshot a stage. */
final class ShotSupport {
    private ShotSupport() {}

    static void fx(Runnable r) throws InterruptedException {
        CountDownLatch l = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                l.countDown();
            }
        });
        l.await(30, TimeUnit.SECONDS);
    }

    static void waitFor(BooleanSupplier c, long timeoutMillis, long pollMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!c.getAsBoolean() && System.currentTimeMillis() < end) Thread.sleep(pollMillis);
    }

    static void shot(Stage s, Path file) throws Exception {
        BufferedImage[] img = new BufferedImage[1];
        fx(() -> img[0] = SwingFXUtils.fromFXImage(s.getScene().snapshot(null), null));
        ImageIO.write(img[0], "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
