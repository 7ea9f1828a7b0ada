package org.salestrack.ui;

import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.pipeline.ImportPipeline;
import org.salestrack.task.TaskExecutor;

/**
 * What a screen is built with: the services, the shared state, the strings, and two executors:
 * {@code tasks} for user-visible long work (status bar with Cancel), {@code queries} for chart recomputes, whose
 * latest-request scheduling ({@code requests}: debounce, cancel of the superseded query) the workbench owns;
 * {@code screens} is never null (a service the workspace lacks is null in it, and its screen says so).
 */
public record WorkbenchContext(ExploreService explore, ImportPipeline imports, StateManager state, I18n i18n,
                               TaskExecutor tasks, TaskExecutor queries, RequestScheduler requests, DialogService dialogs, Runnable dataChanged,
                               ScreenServices screens) {}
