package org.salestrack.store.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The months that hold counted sales, and the last day with one: the default report period is the last complete month. */
public final class ReportWindow {
    private final Workspace workspace;

    public ReportWindow(Workspace workspace) { this.workspace = workspace; }

    public Optional<YearMonth> latestMonth() { return month("MAX"); }

    public Optional<YearMonth> firstMonth() { return month("MIN"); }

    /** The last day with a counted sale: the data's as-of date (a seek on sale_day, as {@link #latestMonth}). */
    public Optional<LocalDate> lastDay() {
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(workspace.sql().lastSaleDate());
             ResultSet rs = ps.executeQuery()) {
            String d = rs.next() ? rs.getString(1) : null;
            return d == null ? Optional.empty() : Optional.of(LocalDate.parse(d));
        } catch (SQLException e) {
            throw new StoreException("cannot find the last day with sales", e);
        }
    }

    private Optional<YearMonth> month(String fn) {
        // sale_day holds exactly the counted lines, keyed by date first: its first and last day cost a seek
        String sql = "SELECT substr(" + fn + "(sale_date), 1, 7) FROM sale_day";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            String m = rs.next() ? rs.getString(1) : null;
            return m == null ? Optional.empty() : Optional.of(YearMonth.parse(m));
        } catch (SQLException e) {
            throw new StoreException("cannot find the months with sales", e);
        }
    }
}
