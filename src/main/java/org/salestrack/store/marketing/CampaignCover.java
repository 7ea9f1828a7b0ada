package org.salestrack.store.marketing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Campaign;
import org.salestrack.model.ChannelType;
import org.salestrack.model.cube.PureSales;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.QualityFactsReader;

/**
 * Keeps campaign_cover, the (day, province, channel, tag) cells the campaign calendar covers, which "pure" sales
 * leave out. A campaign covers a cell when {@link Campaign#covers} says so for the cell's channel and province on
 * that day; a campaign limited to stores covers its stores' whole province and channel cells (the cube keeps no
 * store beside the province). Rebuilt whole, in one transaction, when the calendar, the channels or the provinces
 * changed: a calendar of a hundred campaigns is a few ten thousand rows, milliseconds to write.
 */
public final class CampaignCover {
    private final Workspace workspace;

    public CampaignCover(Workspace workspace) { this.workspace = workspace; }

    /** Brings the cover up to date; returns whether it had to be rebuilt. */
    public boolean refresh() {
        synchronized (CampaignCover.class) {
            try (Connection c = workspace.connect()) {
                String now = fingerprint(c);
                if (now.equals(stored(c))) return false;
                rebuild(c, now);
                return true;
            } catch (SQLException e) {
                throw new StoreException("cannot bring the campaign cover up to date", e);
            }
        }
    }

    /** The calendar's tags as written, each once (the first spelling), in the order their first campaign starts. */
    public List<String> tags() {
        String sql = "SELECT TRIM(tag), MIN(COALESCE(starts, '')) FROM campaign WHERE TRIM(COALESCE(tag, '')) <> '' "
                + "GROUP BY LOWER(TRIM(tag)) ORDER BY 2, 1";
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the campaign tags", e);
        }
    }

    private void rebuild(Connection c, String fingerprint) throws SQLException {
        List<Campaign> campaigns = new QualityFactsReader(workspace).campaigns();
        List<Object[]> channels = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, name, type FROM channel")) {
                while (rs.next()) channels.add(new Object[] {rs.getLong(1), rs.getString(2), type(rs.getString(3))});
            }
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT province FROM region")) {
                while (rs.next()) provinces.add(rs.getString(1) == null ? "" : rs.getString(1));
            }
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             PreparedStatement ins = c.prepareStatement("INSERT OR IGNORE INTO campaign_cover(sale_date, province, channel_id, tag) "
                     + "VALUES (?, ?, ?, ?)")) {
            s.executeUpdate("DELETE FROM campaign_cover");
            for (Campaign k : campaigns) {
                if (k.starts() == null || k.ends() == null || k.ends().isBefore(k.starts())) continue;
                String tag = PureSales.normalise(k.tag());
                for (Object[] ch : channels) {
                    for (String province : provinces) {
                        // the scope does not change from day to day: ask on the first day, write every day
                        if (!k.covers(k.starts(), (String) ch[1], (ChannelType) ch[2], province, null)) continue;
                        for (LocalDate d = k.starts(); !d.isAfter(k.ends()); d = d.plusDays(1)) {
                            ins.setString(1, d.toString());
                            ins.setString(2, province);
                            ins.setLong(3, (Long) ch[0]);
                            ins.setString(4, tag);
                            ins.addBatch();
                        }
                        ins.executeBatch();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_cover_state(id, fingerprint) VALUES (1, ?) "
                    + "ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint")) {
                ps.setString(1, fingerprint);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The calendar's scopes, the channels and the provinces, hashed: what the cover depends on. */
    private static String fingerprint(Connection c) throws SQLException {
        String[] parts = {
            "SELECT group_concat(x, char(30)) FROM (SELECT code || char(31) || COALESCE(tag, '') || char(31) || COALESCE(starts, '') "
                    + "|| char(31) || COALESCE(ends, '') || char(31) || COALESCE(channels, '') || char(31) || COALESCE(region, '') AS x "
                    + "FROM campaign ORDER BY id)",
            "SELECT group_concat(x, char(30)) FROM (SELECT id || char(31) || name || char(31) || COALESCE(type, '') AS x FROM channel ORDER BY id)",
            "SELECT group_concat(x, char(30)) FROM (SELECT DISTINCT COALESCE(province, '') AS x FROM region ORDER BY 1)"};
        return org.salestrack.store.QueryFingerprint.of(c, parts);
    }

    private static ChannelType type(String text) {
        try {
            return text == null ? null : ChannelType.parse(text);
        } catch (IllegalArgumentException e) {
            return null; // a channel of no known type is covered by name only
        }
    }

    private static String stored(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT fingerprint FROM campaign_cover_state WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
