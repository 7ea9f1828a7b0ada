package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Indexes and triggers of a table set aside around a change of millions of rows, in the caller's transaction, and
 * made again from their own definitions afterwards: moving millions of entries one by one (or firing a trigger per
 * row) costs more than building an index again or doing the triggers' work in one statement (issue 23).
 */
public final class SetAside {
    private SetAside() {}

    /** The {@code type}s ("index", "trigger") of {@code table} that have a definition, by name, in name order. */
    public static Map<String, String> of(Connection c, String type, String table) throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = ? "
                + "AND sql IS NOT NULL ORDER BY name")) {
            ps.setString(1, type);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) found.put(rs.getString(1), rs.getString(2));
            }
        }
        return found;
    }

    /** Drops the {@code type}s named in {@code objects} (name to definition); returns {@code objects} for {@link #restore}. */
    public static Map<String, String> drop(Connection c, String type, Map<String, String> objects) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String name : objects.keySet()) s.execute("DROP " + type.toUpperCase(java.util.Locale.ROOT) + " \"" + name.replace("\"", "\"\"") + "\"");
        }
        return objects;
    }

    /** Runs the definitions again. */
    public static void restore(Connection c, Collection<String> definitions) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : definitions) s.execute(sql);
        }
    }
}
