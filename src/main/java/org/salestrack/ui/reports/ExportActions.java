package org.salestrack.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.salestrack.analytics.audit.AuditService;
import org.salestrack.report.ChartImages;
import org.salestrack.report.CsvExport;
import org.salestrack.report.TableColumn;
import org.salestrack.report.XlsxExport;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.I18n;
import org.salestrack.ui.WorkbenchContext;

/**
 * "Export from anywhere": a table to XLSX keeping types or to CSV, a chart to PNG or SVG. The user picks the file;
 * the writing runs in the background (status bar, Cancel); a failure is said in words.
 */
public final class ExportActions {
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final AuditService audit;

    public ExportActions(DialogService dialogs, TaskExecutor tasks, I18n i18n) { this(dialogs, tasks, i18n, null); }

    /** @param audit records every file written (null in a workbench built without the screens' services) */
    public ExportActions(DialogService dialogs, TaskExecutor tasks, I18n i18n, AuditService audit) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.i18n = i18n;
        this.audit = audit;
    }

    /** The screens' export actions, audited. */
    public static ExportActions of(WorkbenchContext ctx) {
        return new ExportActions(ctx.dialogs(), ctx.tasks(), ctx.i18n(), ctx.screens().audit());
    }

    /** Records a file a screen wrote itself (a CSV): call it on the worker that wrote it, after the file is complete. */
    public static void record(WorkbenchContext ctx, Path out, String what) {
        if (ctx.screens().audit() != null) ctx.screens().audit().exported(out, what);
    }

    /** @param rows copied by the caller on the FX thread: the table may change while the file is written */
    public void table(String title, List<TableColumn> columns, List<List<Object>> rows, Consumer<Path> written) {
        dialogs.chooseSaveFile(i18n.get("export.table.title"), safe(title) + ".xlsx").ifPresent(out -> {
            boolean chinese = i18n.chinese();
            tasks.execute(new BackgroundTask<Path>(i18n.get("export.table.task", out.getFileName())) {
                @Override
                public Path call() throws Exception {
                    XlsxExport.write(title, columns, rows, chinese, out, cancellation());
                    if (audit != null) audit.exported(out, "table " + title + ", " + rows.size() + " rows");
                    return out;
                }
            }, written, e -> failed(out, e));
        });
    }

    /** The same as CSV (UTF-8 with a BOM, for Excel), to a file named {@code fileName} by default. */
    public void csv(String title, String fileName, List<TableColumn> columns, List<List<Object>> rows, Consumer<Path> written) {
        dialogs.chooseSaveFile(i18n.get("export.table.title"), safe(fileName)).ifPresent(out ->
                tasks.execute(new BackgroundTask<Path>(i18n.get("export.table.task", out.getFileName())) {
                    @Override
                    public Path call() throws Exception {
                        CsvExport.write(columns, rows, out, cancellation());
                        if (audit != null) audit.exported(out, "table " + title + ", " + rows.size() + " rows");
                        return out;
                    }
                }, written, e -> failed(out, e)));
    }

    /** @param svg true for SVG, else PNG; the chart is cloned so the screen may keep changing it meanwhile */
    public void chart(JFreeChart chart, String name, boolean svg, Consumer<Path> written) {
        String ext = svg ? ".svg" : ".png";
        dialogs.chooseSaveFile(i18n.get("export.chart.title"), safe(name) + ext).ifPresent(out -> {
            JFreeChart copy = copyOf(chart);
            tasks.execute(new BackgroundTask<Path>(i18n.get("export.chart.task", out.getFileName())) {
                @Override
                public Path call() throws Exception {
                    if (svg) ChartImages.svg(copy, 1200, 700, out); else ChartImages.png(copy, 1200, 700, out);
                    if (audit != null) audit.exported(out, "chart " + name);
                    return out;
                }
            }, written, e -> failed(out, e));
        });
    }

    private static JFreeChart copyOf(JFreeChart chart) {
        try {
            return (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            return chart;
        }
    }

    private void failed(Path out, Throwable e) {
        if (e instanceof java.util.concurrent.CancellationException) return;
        String why = org.salestrack.ui.Failures.text(i18n, e);
        dialogs.showError(i18n.get("export.failed.title"), i18n.get("export.failed", out, why));
    }

    private static String safe(String name) { return name.replaceAll("[\\\\/:*?\"<>|]", "_"); }
}
