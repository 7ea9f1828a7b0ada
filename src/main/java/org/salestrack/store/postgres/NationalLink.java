package org.salestrack.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a workspace was extracted from and what it asked (national_link), and the review holds both sides
 * agreed on at the last extract or sync (national_review_base).
 */
record NationalLink(String store, String user, List<String> regions, LocalDate from, LocalDate to) {
    NationalLink {
        regions = List.copyOf(regions);
    }

    /** One line of a batch, by the batch's content (the same on every side) and the line's source row. */
    record Row(String sha256, String kind, int srcRow) {}

    static void write(Connection local, NationalLink l) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("INSERT OR REPLACE INTO national_link (id, store, user_name, regions, from_day, to_day, "
                + "linked_at) VALUES (1, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, l.store());
            ps.setString(2, l.user());
            ps.setString(3, String.join(",", l.regions()));
            ps.setString(4, l.from() == null ? null : l.from().toString());
            ps.setString(5, l.to() == null ? null : l.to().toString());
            ps.setString(6, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
            ps.executeUpdate();
        }
    }

    static Optional<NationalLink> read(Connection local) throws SQLException {
        try (Statement s = local.createStatement();
             ResultSet rs = s.executeQuery("SELECT store, user_name, regions, from_day, to_day FROM national_link WHERE id = 1")) {
            if (!rs.next()) return Optional.empty();
            String regions = rs.getString(3);
            return Optional.of(new NationalLink(rs.getString(1), rs.getString(2),
                    regions.isEmpty() ? List.of() : Arrays.asList(regions.split(",")),
                    rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)), rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5))));
        }
    }

    static void synced(Connection local) throws SQLException {
        try (PreparedStatement ps = local.prepareStatement("UPDATE national_link SET synced_at = ? WHERE id = 1")) {
            ps.setString(1, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
            ps.executeUpdate();
        }
    }

    /** The workspace's review holds (2, 3) of its stored batches' lines, duplicates aside. */
    static Map<Row, Integer> localReviews(Connection local) throws SQLException {
        Map<Row, Integer> out = new HashMap<>();
        try (Statement s = local.createStatement(); ResultSet rs = s.executeQuery("SELECT b.sha256, b.kind, s.src_row, s.hold FROM sale s "
                + "JOIN import_batch b ON b.id = s.batch_id WHERE b.status = 'stored' AND s.hold IN (2, 3)")) {
            while (rs.next()) out.put(new Row(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getInt(4));
        }
        return out;
    }

    static Map<Row, Integer> agreed(Connection local) throws SQLException {
        Map<Row, Integer> out = new HashMap<>();
        try (Statement s = local.createStatement(); ResultSet rs = s.executeQuery("SELECT sha256, kind, src_row, hold FROM national_review_base")) {
            while (rs.next()) out.put(new Row(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getInt(4));
        }
        return out;
    }

    /**
     * After an extract or a sync both sides hold the workspace's review states, except on the conflicting lines,
     * which keep what was agreed before: the base becomes the workspace's holds with those kept.
     */
    static void agreeOnLocalReviews(Connection local, Set<Row> conflicts) throws SQLException {
        Map<Row, Integer> keep = new HashMap<>();
        Map<Row, Integer> before = agreed(local);
        for (Row r : conflicts) keep.put(r, before.getOrDefault(r, 0));
        Map<Row, Integer> now = localReviews(local);
        now.keySet().removeAll(conflicts);
        now.putAll(keep);
        try (Statement s = local.createStatement()) {
            s.executeUpdate("DELETE FROM national_review_base");
        }
        try (PreparedStatement ps = local.prepareStatement("INSERT INTO national_review_base (sha256, kind, src_row, hold) VALUES (?, ?, ?, ?)")) {
            for (var e : now.entrySet()) {
                if (e.getValue() == 0) continue;
                ps.setString(1, e.getKey().sha256());
                ps.setString(2, e.getKey().kind());
                ps.setInt(3, e.getKey().srcRow());
                ps.setInt(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
