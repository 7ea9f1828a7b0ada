package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salestrack.model.Message;
import org.salestrack.store.Rollups;
import org.salestrack.store.SetAside;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sale.hold derived from the issues that cover a line, for the lines listed in temp table {@code touched}:
 * rejected by any issue: 3; held by an open holding issue: 2 (a duplicate keeps 1); a duplicate whose
 * holding issue was accepted: 0 (the reviewer says it is no duplicate); otherwise as the importer left it,
 * 0 or 1. Lines entering or leaving the counted state move the sale_day rollup by exactly their own values,
 * so totals everywhere follow the review without a rebuild.
 */
final class HoldState {
    // CROSS JOIN keeps the join order, from the line's related rows to their issues: left to choose, the planner walked
    // every finding through the (fact, row_id) index for each touched line (millions squared on a big run)
    private static final String COVERS = "(SELECT 1 FROM validation_issue i WHERE i.fact = 'sale' AND i.row_id = s.id AND %1$s "
            + "UNION ALL SELECT 1 FROM validation_issue_row r CROSS JOIN validation_issue i ON i.id = r.issue_id "
            + "WHERE r.row_id = s.id AND i.fact = 'sale' AND %1$s)";

    private static final Logger LOG = LoggerFactory.getLogger(HoldState.class);
    /**
     * Above this many lines changing hold, the sale indexes that carry hold (and hold some of those lines) are dropped
     * and built again around the update, in the same transaction: moving 5.3M entries one by one through the held lines'
     * and the store-days' indexes took 165 s on the 10M-line workspace, dropping and building them again 63 s.
     */
    static volatile int reindexAbove = 500_000; // tests lower it to take this path on a small workspace
    /** the page cache of a bulk change, in KiB (PRAGMA cache_size), for its duration only */
    private static final long BULK_CACHE = -1_048_576;

    private static final int STEPS = 1000;

    private HoldState() {}

    static void prepare(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS touched(id INTEGER PRIMARY KEY)");
            s.executeUpdate("DELETE FROM temp.touched");
        }
    }

    /**
     * Adds the lines of the issues matching {@code issueWhere} (over alias i) to the touched set (its key drops repeats);
     * returns how many it added.
     */
    static int touchLinesOf(Connection c, String issueWhere, Object... args) throws SQLException {
        // unary + keeps the planner off the (fact, row_id) index here: it would walk every finding of every rule
        String sql = "INSERT OR IGNORE INTO temp.touched(id) SELECT i.row_id FROM validation_issue i WHERE +i.fact = 'sale' "
                + "AND +i.row_id IS NOT NULL AND (" + issueWhere + ") UNION ALL SELECT r.row_id FROM validation_issue_row r "
                + "JOIN validation_issue i ON i.id = r.issue_id WHERE i.fact = 'sale' AND (" + issueWhere + ")";
        try (var ps = c.prepareStatement(sql)) {
            for (int k = 0; k < 2; k++) {
                for (int a = 0; a < args.length; a++) ps.setObject(k * args.length + a + 1, args[a]);
            }
            return ps.executeUpdate();
        }
    }

    /** Whether {@code lines} changing at once call for the bulk path: indexes built again around the change instead of kept. */
    static boolean bulk(long lines) {
        return lines > reindexAbove;
    }

    private static long changing(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM temp.newhold")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** A partial index's one test of hold ("hold = 3"): its operator and value. */
    private static final Pattern HOLD_TEST = Pattern.compile("(?i)\\bhold\\s*(=|<>|!=)\\s*(\\d+)");
    /** A key in which hold is followed by the line id. */
    private static final Pattern LINE_ORDER = Pattern.compile("(?i)\\(\\s*(?:\\w+\\s*,\\s*)*hold\\s*,\\s*id\\s*[,)]");

    /**
     * Drops the indexes on sale whose definition names hold and that hold at least one changing line before or after
     * the change (a partial index none of them is in keeps its entries; one that lists them in line order takes them
     * cheaply when it grows), returning their definitions to run again after the update.
     */
    static List<String> dropHoldIndexes(Connection c) throws SQLException {
        Map<String, String> churning = new LinkedHashMap<>();
        for (Map.Entry<String, String> index : SetAside.of(c, "index", "sale").entrySet()) {
            if (!index.getValue().toLowerCase(Locale.ROOT).contains("hold") || growsInLineOrder(c, index.getValue())) continue;
            if (!keepsItsEntries(c, index.getKey(), partialCondition(index.getValue()))) churning.put(index.getKey(), index.getValue());
        }
        List<String> dropped = List.copyOf(SetAside.drop(c, "index", churning).values());
        LOG.debug("holds: {} indexes built again around the update", dropped.size());
        return dropped;
    }

    /**
     * Whether the index lists the lines of each hold in line order (its key goes on from hold to the line id, as V221's
     * index of the lines kept out): the update visits the changing lines in id order, so it adds those entries in their
     * own order, about as cheaply as without the index (in the sqlite3 shell, 1.2 s more for 5.3M lines, where building
     * it again took 11 s).
     */
    static boolean inLineOrder(String definition) {
        return LINE_ORDER.matcher(definition).find();
    }

    /**
     * Whether the index lists the lines in line order and the change adds at least as many of its entries as it removes.
     * Building it again costs a read of every line and a sort of the entries it ends with: 10-12.5 s on the 10M-line
     * workspace when a validation holds 5.3M lines or a review rejects them, 0.9 s when a review accepts them and leaves
     * it nearly empty, where taking them out one by one cost 2.5 s more.
     */
    private static boolean growsInLineOrder(Connection c, String definition) throws SQLException {
        if (!inLineOrder(definition)) return false;
        String compare = holdTest(partialCondition(definition));
        if (compare == null) return false;
        return none(c, "SELECT EXISTS (SELECT 1 FROM (SELECT SUM(n.new " + compare + " AND NOT n.old " + compare + ") AS adds, SUM(n.old "
                + compare + " AND NOT n.new " + compare + ") AS removes FROM temp.newhold n) WHERE removes > adds)");
    }

    /** Whether no changing line is in the index before or after the change, so the update leaves its entries alone. */
    private static boolean keepsItsEntries(Connection c, String index, String where) throws SQLException {
        if (where == null) return false; // a whole index holds every line
        if (!where.toLowerCase(Locale.ROOT).contains("hold")) {
            // an empty partial index (no customers, no counties in the workspace) is known at once; asking each
            // changing line took seconds per index on a hold change of millions of lines
            return emptyPartialIndex(c, index, where) || none(c, "SELECT EXISTS (SELECT 1 FROM temp.newhold n JOIN sale ON sale.id = n.id WHERE "
                    + where + ")");
        }
        // asked of each changing line's hold before and after, the other terms left out (at worst an index is built again
        // for nothing)
        String compare = holdTest(where);
        return compare != null && none(c, "SELECT EXISTS (SELECT 1 FROM temp.newhold n WHERE n.old " + compare + " OR n.new " + compare + ")");
    }

    /**
     * The one test of hold a partial condition ANDs with others ("= 3" for the rejected lines' index, "<> 0" for the
     * kept-out lines'), or null when it has none, several, or an OR.
     */
    private static String holdTest(String where) {
        if (where == null || where.toUpperCase(Locale.ROOT).contains(" OR ")) return null;
        Matcher test = HOLD_TEST.matcher(where);
        if (!test.find()) return null;
        String compare = test.group(1) + " " + test.group(2);
        return test.find() ? null : compare;
    }

    /** Whether the partial index holds no line, read from the index itself (false when SQLite will not read it for its condition). */
    private static boolean emptyPartialIndex(Connection c, String index, String where) {
        try {
            return none(c, "SELECT EXISTS (SELECT 1 FROM sale INDEXED BY " + index + " WHERE " + where + ")");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Whether the {@code SELECT EXISTS (...)} answers no. */
    private static boolean none(Connection c, String exists) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(exists)) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    /** The condition of a partial index's definition ("... ON sale(...) WHERE cond"), or null for a whole index. */
    static String partialCondition(String createIndex) {
        int close = createIndex.lastIndexOf(')');
        int where = createIndex.toUpperCase(java.util.Locale.ROOT).indexOf("WHERE", close);
        return close < 0 || where < 0 ? null : createIndex.substring(where + "WHERE".length()).strip();
    }

    /** Brings hold (and the rollup) of every touched line in line with its issues. */
    static void recompute(Connection c) throws SQLException {
        recompute(c, ProgressListener.NONE);
    }

    /**
     * As {@link #recompute(Connection)}, telling {@code progress} of its three steps on a bar of {@link #STEPS}, in the
     * shares they took when 5.3M lines left the totals on the 10M-line workspace: which lines change 0-80, the lines
     * 80-360, the totals 360-1000.
     */
    static void recompute(Connection c, ProgressListener progress) throws SQLException {
        long t0 = System.nanoTime();
        progress.progress(0, STEPS, Message.of("progress.review.holds"));
        String rejected = String.format(COVERS, "i.status = 'rejected'");
        String heldOpen = String.format(COVERS, "i.status = 'open' AND i.hold = 1");
        String accepted = String.format(COVERS, "i.status = 'accepted' AND i.hold = 1");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS newhold(id INTEGER PRIMARY KEY, old INTEGER, new INTEGER)");
            s.executeUpdate("DELETE FROM temp.newhold");
            s.executeUpdate("INSERT INTO temp.newhold(id, old, new) SELECT s.id, s.hold, CASE "
                    + "WHEN EXISTS " + rejected + " THEN 3 "
                    + "WHEN EXISTS " + heldOpen + " THEN CASE WHEN s.hold = 1 THEN 1 ELSE 2 END "
                    + "WHEN s.hold = 1 AND EXISTS " + accepted + " THEN 0 "
                    + "WHEN s.hold = 1 THEN 1 ELSE 0 END "
                    + "FROM sale s WHERE s.id IN (SELECT id FROM temp.touched)");
            s.executeUpdate("DELETE FROM temp.newhold WHERE old = new");
        }
        long changing = changing(c);
        boolean bulk = bulk(changing);
        long cache = bulk ? cacheSize(c, BULK_CACHE) : 0;
        try {
            progress.progress(80, STEPS, Message.of("progress.review.lines", Message.grouped(changing)));
            recompute(c, bulk, t0, progress);
        } finally {
            if (bulk) cacheSize(c, cache);
        }
    }

    /** Sets the connection's page cache ({@code PRAGMA cache_size}: pages, or KiB when negative); returns the setting it replaced. */
    private static long cacheSize(Connection c, long size) throws SQLException {
        try (Statement s = c.createStatement()) {
            long was;
            try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                rs.next();
                was = rs.getLong(1);
            }
            s.execute("PRAGMA cache_size = " + size);
            return was;
        }
    }

    private static void recompute(Connection c, boolean bulk, long t0, ProgressListener progress) throws SQLException {
        long t1 = System.nanoTime();
        if (bulk) {
            // the lines entering the totals, while V210's index still lists them as held
            Rollups.moveInBulk(c, "temp.newhold", "n.old = 2 AND n.new = 0", "n.old <> 2 AND n.new = 0", 1);
        } else {
            Rollups.apply(c, "id IN (SELECT id FROM temp.newhold WHERE old = 0)", new Object[0], -1);
        }
        List<String> dropped = bulk ? dropHoldIndexes(c) : List.of();
        long t2 = System.nanoTime();
        int changed;
        try (Statement s = c.createStatement()) {
            // a join, not a subquery per line: on a run holding millions of lines the correlated form took three times as long;
            // OR FAIL: no statement journal (see Rollups.moveInBulk)
            changed = s.executeUpdate("UPDATE OR FAIL sale SET hold = n.new FROM temp.newhold n WHERE n.id = sale.id");
            for (String sql : dropped) {
                long b = System.nanoTime();
                s.execute(sql);
                LOG.debug("holds: index built again in {} ms: {}", (System.nanoTime() - b) / 1_000_000, sql.substring(0, Math.min(60, sql.length())));
            }
        }
        long t3 = System.nanoTime();
        progress.progress(360, STEPS, Message.of("progress.review.totals"));
        if (bulk) {
            // the lines leaving the totals, now that the index lists them as held
            Rollups.moveInBulk(c, "temp.newhold", "n.old = 0 AND n.new = 2", "n.old = 0 AND n.new <> 2", -1);
        } else {
            Rollups.apply(c, "id IN (SELECT id FROM temp.newhold WHERE new = 0)", new Object[0], 1);
        }
        LOG.debug("holds: {} lines changed; new holds {} ms, rollup {} {} ms, lines {} ms, rollup {} {} ms", changed, (t1 - t0) / 1_000_000,
                bulk ? "in" : "out", (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, bulk ? "out" : "in", (System.nanoTime() - t3) / 1_000_000);
    }
}
