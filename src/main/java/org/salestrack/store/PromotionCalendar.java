package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.PromotionPeriod;

/** The workspace's campaigns with their type and dates, for measuring the uplift of each type. */
public final class PromotionCalendar {
    private final Workspace workspace;

    public PromotionCalendar(Workspace workspace) { this.workspace = workspace; }

    /** Every campaign with both dates, typed by its promotion type, else its tag; in start order. */
    public List<PromotionPeriod> all() {
        String sql = "SELECT code, COALESCE(NULLIF(TRIM(promo_type), ''), NULLIF(TRIM(tag), '')), starts, ends FROM campaign "
                + "WHERE starts IS NOT NULL AND ends IS NOT NULL ORDER BY starts, code";
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<PromotionPeriod> out = new ArrayList<>();
            while (rs.next()) {
                if (rs.getString(2) == null) continue;
                try {
                    LocalDate starts = LocalDate.parse(rs.getString(3).substring(0, 10));
                    LocalDate ends = LocalDate.parse(rs.getString(4).substring(0, 10));
                    if (!ends.isBefore(starts)) out.add(new PromotionPeriod(rs.getString(1), rs.getString(2), starts, ends));
                } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                    // a campaign with unreadable dates says nothing about uplift; the import already reported it
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the campaigns", e);
        }
    }
}
