package org.salestrack.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a current workspace back to money in cents as it was before V80 (columns *_cents, values / 100, V80 not in
 * the history), for tests that replay an older migration on a workspace made by today's importer. Opening it again
 * runs V80, whose x100 brings the values back.
 */
// money-rename:keep-file (this class names the cents columns of schema 72 on purpose)
final class MoneyInCents {
    private MoneyInCents() {}

    static void revert(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                    + "WHERE m.type = 'table' AND p.name LIKE '%\\_e4' ESCAPE '\\'")) {
                while (rs.next()) columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            for (String[] tc : columns) {
                String old = tc[1].substring(0, tc[1].length() - "_e4".length()) + "_cents"; // money-rename:keep
                s.execute("ALTER TABLE " + tc[0] + " RENAME COLUMN " + tc[1] + " TO " + old);
                s.execute("UPDATE " + tc[0] + " SET " + old + " = " + old + " / 100");
            }
            s.execute("DELETE FROM flyway_schema_history WHERE version = '80'");
        }
    }
}
