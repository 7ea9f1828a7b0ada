package org.salestrack.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.salestrack.ingest.ImportRejectedException;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.IssueQueries;
import org.salestrack.store.quality.IssueStore;
import org.salestrack.store.quality.QualityFactsReader;
import org.salestrack.store.quality.RuleSettingStore;

/**
 * A workspace holding validate/qa-sales.csv: four POS lines, 5 units, 4,500.00, of which R2 carries an
 * IMEI failing the Luhn check and R3 sells R1's device again in another receipt.
 */
final class QualityFixture {
    final IngestFixture ingest;
    final ValidationService service;
    final ImportResult imported;

    QualityFixture(Path dir) throws ImportRejectedException {
        ingest = new IngestFixture(dir);
        try {
            imported = ingest.importFile(resource(dir, "qa-sales.csv"), ProfileCodec.read(resource(dir, "qa-profile.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Workspace ws = ingest.workspace;
        service = new ValidationService(new QualityFactsReader(ws), new IssueStore(ws), new IssueQueries(ws),
                new RuleSettingStore(ws), RuleEngine.standard(),
                Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC)).keepingHits();
    }

    /** Copies test resource validate/{@code name} into {@code dir}. */
    static Path resource(Path dir, String name) {
        try (InputStream in = QualityFixture.class.getResourceAsStream("/validate/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource validate/" + name);
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counted totals as every screen and report sees them (hold = 0, paid). */
    SummaryRow total() { return ingest.total(); }

    /** The sale_day rollup's totals: rows, qty, amount in e4. */
    long[] rollup() throws SQLException {
        return longs("SELECT COALESCE(SUM(rows), 0), COALESCE(SUM(qty), 0), COALESCE(SUM(amount_e4), 0) FROM sale_day");
    }

    long[] longs(String sql) throws SQLException {
        try (Connection c = ingest.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] out = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) out[i] = rs.getLong(i + 1);
            return out;
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = ingest.workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
