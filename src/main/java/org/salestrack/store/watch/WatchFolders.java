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
import org.salestrack.model.watch.WatchMode;
import org.salestrack.model.watch.WatchedFolder;
import org.salestrack.store.AuditLog;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** The workspace's watched folders (table watch_folder); every change is audited. */
public final class WatchFolders {
    private static final String COLUMNS = "id, path, profile, poll_seconds, mode, enabled";

    private final Workspace workspace;

    public WatchFolders(Workspace workspace) { this.workspace = workspace; }

    public List<WatchedFolder> list() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM watch_folder ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<WatchedFolder> out = new ArrayList<>();
            while (rs.next()) out.add(row(rs));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the watched folders", e);
        }
    }

    public Optional<WatchedFolder> find(String path) {
        return list().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Adds a folder (its absolute path), or changes its settings when it is watched already. */
    public WatchedFolder save(String path, String profile, int pollSeconds, WatchMode mode, boolean enabled) {
        new WatchedFolder(0, path, profile, pollSeconds, mode, enabled); // checks the values before anything is written
        SettingsWrite.inTransaction(workspace, "save the watched folder " + path, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_folder(path, profile, poll_seconds, mode, enabled, created_at) "
                    + "VALUES (?,?,?,?,?,?) ON CONFLICT(path) DO UPDATE SET profile = excluded.profile, poll_seconds = excluded.poll_seconds, "
                    + "mode = excluded.mode, enabled = excluded.enabled")) {
                ps.setString(1, path);
                ps.setString(2, profile);
                ps.setInt(3, pollSeconds);
                ps.setString(4, mode.id());
                ps.setInt(5, enabled ? 1 : 0);
                ps.setString(6, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                ps.executeUpdate();
            }
            // an edit of settings, not of data: the workbench's rollups must not look stale after it
            AuditLog.record(c, "edit", "watched folder " + path, "profile " + (profile == null ? "auto" : profile) + ", every " + pollSeconds
                    + " s, " + mode.id() + (enabled ? "" : ", paused"));
            return null;
        });
        return find(path).orElseThrow();
    }

    /** Stops watching a folder; true when it was watched. Its files and their journal stay. */
    public boolean remove(String path) {
        return SettingsWrite.inTransaction(workspace, "remove the watched folder " + path, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM watch_folder WHERE path = ?")) {
                ps.setString(1, path);
                boolean removed = ps.executeUpdate() > 0;
                if (removed) AuditLog.record(c, "edit", "watched folder " + path, "no longer watched");
                return removed;
            }
        });
    }

    private static WatchedFolder row(ResultSet rs) throws SQLException {
        return new WatchedFolder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), WatchMode.of(rs.getString(5)), rs.getInt(6) != 0);
    }
}
