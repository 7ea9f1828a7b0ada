package org.salestrack.ui.start;

import java.nio.file.Path;

/** Opens (creating and migrating if needed) a workspace file; implemented by the app, which may use the store. */
@FunctionalInterface
public interface WorkspaceOpener {
    OpenedWorkspace open(Path file);
}
