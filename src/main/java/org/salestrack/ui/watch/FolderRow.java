package org.salestrack.ui.watch;

import org.salestrack.model.watch.WatchState;
import org.salestrack.model.watch.WatchedFolder;

/** A row of the watched folders table: the folder's settings and how it is watched now (null before the first scan). */
public record FolderRow(WatchedFolder folder, WatchState state) {}
