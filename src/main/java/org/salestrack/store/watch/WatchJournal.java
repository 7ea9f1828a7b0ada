package org.salestrack.store.watch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Message;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.model.watch.WatchOutcome;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.store.quality.MessageJson;

/** What the watcher did with each file and poll (table watch_file), newest last; it outlives restarts. */
public final class WatchJournal {
    private final Workspace workspace;

    public WatchJournal(Workspace workspace) { this.workspace = workspace; }

    public WatchEvent record(String source, String file, String sha256, WatchOutcome outcome, Long batch, Message why) {
        String reason = why == null ? null : why.english();
        String at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO watch_file(source, file_name, sha256, outcome, batch_id, reason, reason_key, "
                     + "reason_args, at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")) {
            ps.setString(1, source);
            ps.setString(2, file);
            ps.setString(3, sha256);
            ps.setString(4, outcome.id());
            if (batch == null) ps.setNull(5, Types.INTEGER);
            else ps.setLong(5, batch);
            ps.setString(6, reason);
            ps.setString(7, why == null ? null : why.key());
            ps.setString(8, why == null ? null : MessageJson.args(why));
            ps.setString(9, at);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new WatchEvent(rs.getLong(1), source, file, sha256, outcome, batch, reason, why, at);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record what the watcher did with " + file, e);
        }
    }

    /** The last {@code limit} events, newest first. */
    public List<WatchEvent> recent(int limit) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id, source, file_name, sha256, outcome, batch_id, reason, reason_key, reason_args, at "
                     + "FROM watch_file "
                     + "ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            List<WatchEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long b = rs.getLong(6);
                    Long batch = rs.wasNull() ? null : b;
                    out.add(new WatchEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), WatchOutcome.of(rs.getString(5)),
                            batch, rs.getString(7), rs.getString(8) == null ? null : MessageJson.read(rs.getString(8), rs.getString(9)),
                            rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the watch journal", e);
        }
    }
}
