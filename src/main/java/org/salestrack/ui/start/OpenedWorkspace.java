package org.salestrack.ui.start;

import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.model.cube.Slice;
import org.salestrack.ui.ScreenServices;

/**
 * An opened workspace's services, built by the one composition root ({@code app.WorkspaceServices}) for the app and
 * the tests alike, and the span of its sales (null when it has none). {@code screens} is never null
 * ({@link ScreenServices#NONE} for none); {@code imports} is null where nothing can be imported (the national store).
 * {@code closing} closes what the open keeps for the session (the app runs it as it exits).
 */
public record OpenedWorkspace(String name, ExploreService explore, ImportPipeline imports, Slice span, ScreenServices screens,
                              Runnable closing) implements AutoCloseable {
    public OpenedWorkspace {
        java.util.Objects.requireNonNull(screens, "screens: ScreenServices.NONE for none");
        java.util.Objects.requireNonNull(closing, "closing");
    }

    /** One that keeps nothing open for its session. */
    public OpenedWorkspace(String name, ExploreService explore, ImportPipeline imports, Slice span, ScreenServices screens) {
        this(name, explore, imports, span, screens, () -> {});
    }

    @Override
    public void close() { closing.run(); }
}
