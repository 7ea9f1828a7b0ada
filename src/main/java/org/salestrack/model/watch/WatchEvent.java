package org.salestrack.model.watch;

/**
 * One file (or API poll) the watcher handled (table watch_file): where it came from, its content hash, the
 * outcome, the batch it became or duplicates (null when it failed), and what happened: {@code reason} in English
 * (as the reason file says it), {@code why} the same by key for the workbench's language.
 */
public record WatchEvent(long id, String source, String file, String sha256, WatchOutcome outcome, Long batch, String reason,
                         org.salestrack.model.Message why, String at) {}
