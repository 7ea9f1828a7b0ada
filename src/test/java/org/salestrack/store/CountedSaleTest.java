package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.SummaryRow;
import org.salestrack.model.report.DealerLine;
import org.salestrack.model.report.MonthTotals;
import org.salestrack.store.report.DealerPerformanceQuery;
import org.salestrack.store.report.LinePass;
import org.salestrack.store.report.MonthlyTotalsQuery;
import org.salestrack.store.report.ReportRollups;
import org.salestrack.store.report.ReportWindow;
import org.salestrack.task.Cancellation;

/**
 * Six planted lines: two counted (O1 at a dealer in January, O4 online in February), a refunded, a
 * cancelled, a repeat of O1 (held as a duplicate) and a March line that is only refunded. Every place that
 * counts sales must count the same two lines: 2 rows, 5 units, 5,300.00.
 */
class CountedSaleTest {
    @TempDir
    Path tmp;
    private Workspace ws;

    @BeforeEach
    void importPlantedLines() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        Path csv = tmp.resolve("counted-lines.csv");
        Path profile = tmp.resolve("counted-lines-profile.json");
        for (Path p : List.of(csv, profile)) {
            try (InputStream in = getClass().getResourceAsStream("/store/" + p.getFileName())) {
                Files.copy(in, p);
            }
        }
        fx.importFile(csv, ProfileCodec.read(profile));
        ws = fx.workspace;
    }

    @Test
    void theSummaryCountsOnlyPaidLinesThatAreNotHeld() {
        SummaryRow total = new SummaryQuery(ws).run(List.of(), null, null).get(0);
        assertThat(total.rows()).isEqualTo(2);
        assertThat(total.orders()).isEqualTo(2);
        assertThat(total.qty()).isEqualTo(5);
        assertThat(total.amount()).isEqualByComparingTo("5300.00");
    }

    @Test
    void theDailyRollupHoldsTheSameLines() throws Exception {
        try (Connection c = ws.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUM(rows), SUM(qty), SUM(amount_e4) FROM sale_day")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.getLong(2)).isEqualTo(5);
            assertThat(rs.getLong(3)).isEqualTo(53_000_000);
        }
        try (Connection c = ws.connect()) {
            Rollups.rebuild(c);
        }
        assertThat(new SeriesQuery(ws).monthly(List.of(), null, null).get(0).units()).containsExactly(2, 3);
    }

    @Test
    void reportMonthsAndTotalsCountTheSameLines() {
        ReportRollups.bringUpToDate(ws, Cancellation.none());
        ReportWindow window = new ReportWindow(ws);
        assertThat(window.firstMonth()).contains(YearMonth.of(2025, 1));
        assertThat(window.latestMonth()).as("March holds only a refunded line").contains(YearMonth.of(2025, 2));
        List<YearMonth> run = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        List<MonthTotals> months = new MonthlyTotalsQuery(ws).run(run, LinePass.read(ws, run, false, Cancellation.none()).orders());
        assertThat(months).extracting(MonthTotals::rows).containsExactly(1L, 1L, 0L);
        assertThat(months).extracting(MonthTotals::orders).containsExactly(1L, 1L, 0L);
        assertThat(months).extracting(MonthTotals::qty).containsExactly(2L, 3L, 0L);
        assertThat(months).extracting(MonthTotals::amountE4).containsExactly(20_000_000L, 33_000_000L, 0L);
    }

    @Test
    void aDealersSellOutCountsTheSameLines() {
        ReportRollups.bringUpToDate(ws, Cancellation.none());
        List<DealerLine> dealers = new DealerPerformanceQuery(ws).run(YearMonth.of(2025, 1));
        assertThat(dealers).extracting(DealerLine::code).containsExactly("D1");
        assertThat(dealers.get(0).sellOutQty()).isEqualTo(2);
        assertThat(dealers.get(0).sellOutE4()).isEqualTo(20_000_000);
    }
}
