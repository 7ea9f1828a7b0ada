package org.salestrack.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap during one measurement: the most it held at once, sampled every 5 ms (garbage
 * included, never more than -Xmx), and the most still held right after a collection (what the work
 * keeps). Summing each pool's own peak, as the benchmarks did before, added peaks from different moments
 * and could print more than the maximum heap.
 */
public final class HeapWatch implements AutoCloseable {
    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterGc = this::collected;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    private HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(afterGc, null, null);
                emitters.add(e);
            }
        }
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Collects first, so the measurement starts from what is live now. */
    public static HeapWatch start() {
        System.gc();
        return new HeapWatch();
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                .getGcInfo().getMemoryUsageAfterGc();
        long heap = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = after.get(pool.getName());
            if (u != null && pool.getType() == java.lang.management.MemoryType.HEAP) heap += u.getUsed();
        }
        synchronized (this) {
            peakAfterGc = Math.max(peakAfterGc, heap);
        }
    }

    public double peakUsedMb() { return peakUsed / 1024.0 / 1024.0; }

    public double peakAfterGcMb() { return peakAfterGc / 1024.0 / 1024.0; }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException ignored) {
                // never added to this one
            }
        }
    }
}
