package org.salestrack.store.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.salestrack.model.watch.ApiPaging;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The workspace's API sources (table api_source); changes of their settings are audited, a watermark's advance is not. */
public final class ApiSources {
    private static final String COLUMNS = "id, name, url, profile, token_file, paging, page_param, since_param, items, next_cursor, "
            + "watermark_field, watermark, poll_minutes, enabled";

    private final Workspace workspace;

    public ApiSources(Workspace workspace) { this.workspace = workspace; }

    public List<ApiSource> list() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM api_source ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<ApiSource> out = new ArrayList<>();
            while (rs.next()) out.add(row(rs));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the API sources", e);
        }
    }

    public Optional<ApiSource> find(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Adds a source, or changes the settings of the one of that name; its watermark stays. */
    public ApiSource save(ApiSource s) {
        SettingsWrite.inTransaction(workspace, "save the API source " + s.name(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_source(name, url, profile, token_file, paging, page_param, "
                    + "since_param, items, next_cursor, watermark_field, poll_minutes, enabled, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                    + "ON CONFLICT(name) DO UPDATE SET url = excluded.url, profile = excluded.profile, token_file = excluded.token_file, "
                    + "paging = excluded.paging, page_param = excluded.page_param, since_param = excluded.since_param, items = excluded.items, "
                    + "next_cursor = excluded.next_cursor, watermark_field = excluded.watermark_field, poll_minutes = excluded.poll_minutes, "
                    + "enabled = excluded.enabled")) {
                ps.setString(1, s.name());
                ps.setString(2, s.url());
                ps.setString(3, s.profile());
                ps.setString(4, s.tokenFile());
                ps.setString(5, s.paging().id());
                ps.setString(6, s.pageParam());
                ps.setString(7, s.sinceParam());
                ps.setString(8, s.items());
                ps.setString(9, s.nextCursor());
                ps.setString(10, s.watermarkField());
                ps.setInt(11, s.pollMinutes());
                ps.setInt(12, s.enabled() ? 1 : 0);
                ps.setString(13, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                ps.executeUpdate();
            }
            // the token itself never enters the workspace or its audit log: only where it is kept
            AuditLog.record(c, "edit", "API source " + s.name(), s.url() + ", profile " + s.profile() + ", " + s.paging().id()
                    + " paging, every " + s.pollMinutes() + " min" + (s.tokenFile() == null ? "" : ", token from " + s.tokenFile())
                    + (s.enabled() ? "" : ", paused"));
            return null;
        });
        return find(s.name()).orElseThrow();
    }

    /** Stops polling a source; true when there was one. What it stored stays. */
    public boolean remove(String name) {
        return SettingsWrite.inTransaction(workspace, "remove the API source " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM api_source WHERE name = ?")) {
                ps.setString(1, name);
                boolean removed = ps.executeUpdate() > 0;
                if (removed) AuditLog.record(c, "edit", "API source " + name, "no longer polled");
                return removed;
            }
        });
    }

    /** Moves the watermark of source {@code id} to {@code watermark} once a poll's records are stored. */
    public void advance(long id, String watermark) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("UPDATE api_source SET watermark = ? WHERE id = ?")) {
            ps.setString(1, watermark);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot move the watermark of API source " + id, e);
        }
    }

    private static ApiSource row(ResultSet rs) throws SQLException {
        return new ApiSource(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), ApiPaging.of(rs.getString(6)),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getInt(13),
                rs.getInt(14) != 0);
    }
}
