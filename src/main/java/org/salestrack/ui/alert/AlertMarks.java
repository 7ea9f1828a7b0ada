package org.salestrack.ui.alert;

import java.util.HashSet;
import java.util.Set;
import org.salestrack.analytics.alert.AlertService;
import org.salestrack.model.Alert;
import org.salestrack.model.Dimension;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;

/**
 * Which cells an open alert covers, for views that mark them red: a member of a level in a period (the
 * change rules' subjects, "province:44" in "2025-11"). Loaded off the FX thread; FX thread otherwise.
 */
public final class AlertMarks {
    private final AlertService service;
    private final TaskExecutor queries;
    private Set<String> covered = Set.of();

    public AlertMarks(AlertService service, TaskExecutor queries) {
        this.service = service;
        this.queries = queries;
    }

    /** Reloads the open alerts, then runs {@code after} (a redraw). */
    public void refresh(Runnable after) {
        queries.execute(new BackgroundTask<Set<String>>("alert marks") {
            @Override
            public Set<String> call() {
                Set<String> out = new HashSet<>();
                for (Alert a : service.list("open")) if (a.period() != null && a.subject() != null) out.add(a.subject() + "@" + a.period());
                return out;
            }
        }, s -> {
            covered = s;
            after.run();
        }, e -> { });
    }

    public boolean covers(Dimension dim, String key, String period) {
        return dim != null && key != null && period != null && covered.contains(dim.id() + ":" + key + "@" + period);
    }
}
