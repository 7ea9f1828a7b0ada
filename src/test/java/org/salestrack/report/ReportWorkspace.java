package org.salestrack.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * A small workspace built the way a user builds one: the CSV files and profiles of src/test/resources/report
 * imported through {@link ImportService}. Dimensions first, so stores know their dealers.
 */
final class ReportWorkspace {
    static final String[] FILES = {"dealers", "stores", "sales", "sell_in", "stock", "target"};

    private ReportWorkspace() {}

    static Workspace build(Path dir) throws Exception {
        ensureTempDir();
        Workspace ws = Workspace.open(dir.resolve("ws.db"));
        ImportService service = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT);
        for (String name : FILES) {
            Path csv = copy(dir, name + ".csv");
            Path profile = copy(dir, name + ".profile.json");
            service.importFile(csv, ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
        }
        return ws;
    }

    /**
     * Surefire points java.io.tmpdir at target/tmp, which nothing creates; sqlite-jdbc unpacks its native
     * library there and SXSSF keeps its streamed rows there.
     */
    static void ensureTempDir() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Path copy(Path dir, String resource) throws IOException {
        Path to = dir.resolve(resource);
        try (InputStream in = ReportWorkspace.class.getResourceAsStream("/report/" + resource)) {
            if (in == null) throw new IOException("test resource /report/" + resource + " is missing");
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** Stands in for the forecast engineer's ForecastService: two series with three future months each. */
    static void addForecasts(Workspace ws) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO forecast_run(id, at, level, series_key, model, horizon, frequency) VALUES "
                    + "(1, '2025-04-01T08:00:00', 'region', '华南', 'ETS(A,N,A)', 3, 12), "
                    + "(2, '2025-04-01T08:00:00', 'series', 'X', 'Theta', 3, 12), "
                    + "(3, '2025-04-02T08:00:00', 'region', '华南', 'ARIMA(1,1,0)', 3, 12)");
            s.executeUpdate("INSERT INTO forecast_value(run_id, step, period, mean, p10, p50, p90) VALUES "
                    + "(1, 1, '2025-04', 1.0, 0.5, 1.0, 1.5), "
                    + "(2, 1, '2025-04', 100.5, 80.25, 100.5, 120.75), (2, 2, '2025-05', 110.0, 85.0, 110.0, 135.0), "
                    + "(3, 1, '2025-04', 9000.0, 7000.0, 9000.0, 11000.0), (3, 2, '2025-05', 9500.0, 7200.0, 9500.0, 11800.0), "
                    + "(3, 3, '2025-06', 9900.0, 7300.0, 9900.0, 12500.0)");
        }
    }

    /** Stands in for ValidationService: issues of two rules, one reviewed. */
    static void addIssues(Workspace ws) throws SQLException {
        try (Connection c = ws.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO validation_issue(batch_id, row_id, src_row, rule, severity, why, status, at) VALUES "
                    + "(3, 1, 2, 'price-outlier', 'warning', 'far below list price', 'open', '2025-04-01T00:00:00'), "
                    + "(3, 2, 3, 'price-outlier', 'warning', 'far below list price', 'accepted', '2025-04-01T00:00:00'), "
                    + "(3, 3, 4, 'imei-invalid', 'error', 'bad check digit', 'open', '2025-04-01T00:00:00')");
        }
    }
}
