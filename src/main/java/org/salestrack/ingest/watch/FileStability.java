package org.salestrack.ingest.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Decides when a file in a watched folder is complete: its size and modification time were the same on
 * two scans at least {@code settleMillis} apart. A writer that is still appending changes the stamp, so
 * the clock starts again; a file handed out once is not handed out again until its stamp changes (a new
 * file of the same name) or it leaves the folder. Pure: scans are given as name to stamp, with the time.
 */
public final class FileStability {
    private final long settleMillis;
    private final Map<String, Seen> seen = new HashMap<>();

    public FileStability(long settleMillis) {
        if (settleMillis < 0) throw new IllegalArgumentException("settle time " + settleMillis);
        this.settleMillis = settleMillis;
    }

    private static final class Seen {
        FileStamp stamp;
        long since;
        boolean handedOut;

        Seen(FileStamp stamp, long since) {
            this.stamp = stamp;
            this.since = since;
        }
    }

    /** Takes one scan of the folder at {@code nowMillis}; returns the files that became complete with it, in name order. */
    public List<String> observe(Map<String, FileStamp> scan, long nowMillis) {
        for (Iterator<String> it = seen.keySet().iterator(); it.hasNext();) if (!scan.containsKey(it.next())) it.remove();
        List<String> complete = new ArrayList<>();
        for (Map.Entry<String, FileStamp> e : scan.entrySet()) {
            Seen s = seen.get(e.getKey());
            if (s == null) {
                seen.put(e.getKey(), new Seen(e.getValue(), nowMillis));
            } else if (!s.stamp.equals(e.getValue())) {
                s.stamp = e.getValue();
                s.since = nowMillis;
                s.handedOut = false;
            } else if (!s.handedOut && nowMillis - s.since >= settleMillis) {
                s.handedOut = true;
                complete.add(e.getKey());
            }
        }
        complete.sort(null);
        return complete;
    }

    /** Files seen but not yet complete: the watcher scans again after {@code settleMillis} while there are any. */
    public boolean waiting() {
        for (Seen s : seen.values()) if (!s.handedOut) return true;
        return false;
    }

    /** Forgets a file so that it is treated as new on the next scan (its import was put off, e.g. by a stop). */
    public void forget(String name) { seen.remove(name); }
}
