package org.salestrack.model.watch;

/**
 * A folder whose new files are imported (table watch_folder). {@code profile} is a mapping profile's name,
 * null to pick one by the file's header; {@code pollSeconds} is both the scan interval and how long a file
 * must stay unchanged before it counts as complete.
 */
public record WatchedFolder(long id, String path, String profile, int pollSeconds, WatchMode mode, boolean enabled) {
    public WatchedFolder {
        if (pollSeconds < 1) throw new IllegalArgumentException("the poll interval must be at least 1 second, not " + pollSeconds);
    }

    public long settleMillis() { return pollSeconds * 1000L; }
}
