package org.salestrack.ui.alert;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private List<Alert> open = List.of();

    public AlertMarks(AlertService service, TaskExecutor queries) {
        this.service = service;
        this.queries = queries;
    }

    /** Reloads the open alerts, then runs {@code after} (a redraw). */
    public void refresh(Runnable after) {
        queries.execute(new BackgroundTask<List<Alert>>("alert marks") {
            @Override
            public List<Alert> call() { return service.list("open"); }
        }, list -> {
            Set<String> out = new HashSet<>();
            for (Alert a : list) if (a.period() != null && a.subject() != null) out.add(a.subject() + "@" + a.period());
            covered = out;
            open = list;
            after.run();
        }, e -> { });
    }

    /**
     * The open alerts on a province (subject "province:CODE") whose month falls in {@code from}..{@code to}, by
     * province code, newest first: the dashboard's tile map marks those tiles red.
     */
    public Map<String, List<Alert>> provinces(LocalDate from, LocalDate to) {
        Map<String, List<Alert>> out = new LinkedHashMap<>();
        String prefix = Dimension.PROVINCE.id() + ":";
        for (Alert a : open) {
            if (a.subject() == null || !a.subject().startsWith(prefix) || !inRange(a.period(), from, to)) continue;
            out.computeIfAbsent(a.subject().substring(prefix.length()), k -> new java.util.ArrayList<>()).add(a);
        }
        return out;
    }

    /** Whether a month "YYYY-MM" overlaps the days {@code from}..{@code to} (either null: open-ended). */
    static boolean inRange(String period, LocalDate from, LocalDate to) {
        if (period == null || !period.matches("\\d{4}-\\d{2}")) return false;
        java.time.YearMonth m = java.time.YearMonth.parse(period);
        return (to == null || !m.atDay(1).isAfter(to)) && (from == null || !m.atEndOfMonth().isBefore(from));
    }

    public boolean covers(Dimension dim, String key, String period) {
        return dim != null && key != null && period != null && covered.contains(dim.id() + ":" + key + "@" + period);
    }
}
