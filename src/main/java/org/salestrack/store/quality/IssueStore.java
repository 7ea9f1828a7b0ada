package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.salestrack.model.IssueFilter;
import org.salestrack.model.IssueStatus;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.store.AuditLog;
import org.salestrack.store.LongSet;
import org.salestrack.store.SetAside;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes validation results and reviews. A run replaces the open issues of its scope (one batch, or all)
 * and keeps every reviewed one: a decision stands, and the same finding is not raised again. Holds and the
 * rollup change in the same transaction as the issues, so totals and issues never disagree.
 */
public final class IssueStore {
    /**
     * Findings per INSERT statement. The driver's cost per row of a batch of one-row statements (a reset, a step and a
     * count of changes each, through JNI) was as much as SQLite's own: 5.3M findings with the four indexes took
     * 20.3-24.4 s in batches, 14.7-15.7 s as statements of 20-200 rows (a JDBC loop on a fresh workspace).
     */
    private static final int ROWS = 50;
    /** findings waiting for the storing thread at most: a few MB, however many a run finds */
    private static final int QUEUED = 20_000;
    private static final RuleHit END = new RuleHit("", org.salestrack.model.Severity.INFO, "", null, 0, "", 0, "", false);
    private static final Logger LOG = LoggerFactory.getLogger(IssueStore.class);

    private final Workspace workspace;

    public IssueStore(Workspace workspace) { this.workspace = workspace; }

    /** What a run saved: new open issues, and findings skipped because a person already reviewed them. */
    public record Saved(int opened, int alreadyReviewed) {}

    /**
     * Replaces the open issues of batch {@code batchId} (all batches when null) with {@code hits}, which
     * must already be limited to that scope.
     */
    public Saved replaceOpen(Long batchId, List<RuleHit> hits, String at) {
        return replaceOpenIn(batchId == null ? null : List.of(batchId), hits, at);
    }

    /**
     * Replaces the open issues of {@code batchIds} (all batches when null) with {@code hits}, which must
     * already be limited to them: what an import of several files runs once for all its new batches.
     */
    public Saved replaceOpenIn(Collection<Long> batchIds, List<RuleHit> hits, String at) {
        if (batchIds != null && batchIds.isEmpty()) return new Saved(0, 0);
        try (Writer writer = writer(batchIds, at)) {
            hits.forEach(writer::add);
            return writer.finish(List.of());
        }
    }

    /**
     * Opens the saving of one run's findings in {@code batchIds} (all batches when null): the scope's open issues
     * go, and the findings are written as they come, in batches, in one transaction that {@link Writer#finish}
     * commits (or {@link Writer#close} without it rolls back). Nothing of the run is held in memory but the keys of
     * the findings a person already reviewed, as numbers, and a bounded queue of findings: they are written on a
     * thread of the writer's own, so a run over millions of lines reads and judges the next lines while SQLite stores
     * the findings of the last (a rule firing on 5.3M lines spent 60 s writing them on the rules' thread).
     */
    public Writer writer(Collection<Long> batchIds, String at) {
        return new Writer(batchIds == null ? null : String.join(",", batchIds.stream().map(String::valueOf).toList()), at);
    }

    /** The saving of one run's findings; see {@link #writer}. */
    public final class Writer implements AutoCloseable {
        private final String ids;
        private final String scope;
        private final String at;
        private final Connection c;
        private final Reviewed reviewed;
        /** {@link #ROWS} findings */
        private final PreparedStatement issues;
        private final PreparedStatement related;
        private final long firstId;
        private long next;
        /** the findings bound for the next statement, with their ids; touched by the storing thread only */
        private final RuleHit[] rows = new RuleHit[ROWS];
        private final long[] rowIds = new long[ROWS];
        private int buffered;
        private int opened;
        private int skipped;
        private boolean done;
        /** rules refused while running: the id below which their findings were given holding */
        private final Map<String, Long> refusedBefore = new HashMap<>();
        /** touched by the storing thread only */
        private final Map<Message, String> argsSeen = new HashMap<>();
        private final java.util.concurrent.BlockingQueue<RuleHit> queue = new java.util.concurrent.ArrayBlockingQueue<>(QUEUED);
        private final Thread storing;
        private volatile boolean stopped;
        private volatile Throwable failure;
        /** the caller's Cancel, which also interrupts the storing thread's statements on the shared connection */
        private final org.salestrack.task.Cancellation cancel = org.salestrack.task.Cancellation.current();

        /** " AND {@code column} IN" the run's batches (nothing when it covers all of them). */
        private String inBatches(String column) {
            return ids == null ? "" : ids.isEmpty() ? " AND 0 = 1" : " AND " + column + " IN (" + ids + ")";
        }

        private Writer(String ids, String at) {
            this.ids = ids;
            this.scope = ids == null ? "1 = 1" : ids.isEmpty() ? "0 = 1" : "i.batch_id IN (" + ids + ")";
            this.at = at;
            try {
                c = workspace.connect();
                try {
                    c.setAutoCommit(false);
                    HoldState.prepare(c);
                    HoldState.touchLinesOf(c, "i.status = 'open' AND i.hold = 1 AND " + scope);
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM validation_issue WHERE status = 'open'" + inBatches("batch_id"));
                    }
                    reviewed = Reviewed.read(c, scope);
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM validation_issue")) {
                        rs.next();
                        firstId = rs.getLong(1);
                    }
                    next = firstId;
                    issues = c.prepareStatement(insertIssues(ROWS));
                    related = c.prepareStatement(INSERT_RELATED);
                    storing = new Thread(this::store, "validation-findings");
                    storing.setDaemon(true);
                    storing.start();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    c.close();
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("cannot start saving the validation results", e);
            }
        }

        /** The stored arguments of {@code m}, kept for the next findings that say the same (most of a big run's do). */
        private String args(Message m) {
            String json = argsSeen.get(m);
            if (json != null) return json;
            if (argsSeen.size() >= 20_000) argsSeen.clear();
            json = MessageJson.args(m);
            argsSeen.put(m, json);
            return json;
        }

        /**
         * Tells the store that {@code rule} was refused at the guard's question while the rules ran: its findings from
         * here on come holding nothing, so {@link #finish} takes the hold off only those given before. Called on the
         * thread that adds the findings.
         */
        public void holdNothingFrom(String rule) {
            // the findings take their ids in the order they are added, from firstId on
            refusedBefore.put(rule, firstId + opened);
        }

        /** Writes one finding, unless a person already reviewed the same one. */
        public void add(RuleHit h) {
            if (done) throw new IllegalStateException("the findings were saved already");
            failed();
            if (reviewed.contains(h)) {
                skipped++;
                return;
            }
            opened++;
            try {
                while (!queue.offer(h, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) failed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("the saving of the validation results was interrupted", e);
            }
        }

        private void failed() {
            Throwable f = failure;
            if (f == null) return;
            if (cancel != null && cancel.isCancelled()) throw new java.util.concurrent.CancellationException("cancelled by the user");
            throw new StoreException("cannot save the validation results", f);
        }

        /** The storing thread: writes the queued findings in their order, {@link #ROWS} to a statement, until {@link #END} or a stop. */
        private void store() {
            long writing = 0;
            try {
                while (!stopped) {
                    RuleHit h = queue.take();
                    if (h == END) break;
                    long id = next++;
                    rows[buffered] = h;
                    rowIds[buffered] = id;
                    for (long row : h.relatedRowIds()) {
                        related.setLong(1, id);
                        related.setLong(2, row);
                        related.addBatch();
                    }
                    if (++buffered == ROWS) writing += flush();
                }
                if (!stopped) writing += flush();
                LOG.debug("findings stored: {} ms in SQLite's inserts", writing / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Inserts the buffered findings, then their related lines (which name them); returns the nanoseconds it took. */
        private long flush() throws SQLException {
            long w = System.nanoTime();
            if (buffered > 0) {
                // the last few of a run go in a statement of their own size
                PreparedStatement ps = buffered == ROWS ? issues : c.prepareStatement(insertIssues(buffered));
                try {
                    for (int k = 0; k < buffered; k++) bind(ps, k * COLUMNS, rowIds[k], rows[k], at, this::args);
                    ps.executeUpdate();
                } finally {
                    if (ps != issues) ps.close();
                }
            }
            java.util.Arrays.fill(rows, 0, buffered, null);
            buffered = 0;
            related.executeBatch();
            return System.nanoTime() - w;
        }

        /**
         * Ends the storing thread: after the queued findings ({@code drain}), or at once; waits for it even when this thread
         * is interrupted (it writes through the connection the caller rolls back and closes next). Returns whether every
         * queued finding was stored: not when stopped, interrupted or failed.
         */
        private boolean endStoring(boolean drain) {
            boolean interrupted = false;
            boolean queued = false;
            while (drain && !queued && storing.isAlive() && failure == null) {
                try {
                    queued = queue.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                    drain = false;
                }
            }
            if (!drain) {
                stopped = true;
                queue.clear();
                queue.offer(END);
            }
            org.salestrack.task.Threads.join(storing, 30, java.util.concurrent.TimeUnit.SECONDS);
            if (interrupted) Thread.currentThread().interrupt();
            return queued && !storing.isAlive() && failure == null;
        }

        /**
         * Lets the findings of {@code notHolding} rules hold nothing, brings the lines' holds and the rollup in line
         * with the issues, audits the run and commits.
         */
        public Saved finish(Collection<String> notHolding) {
            long waited = System.nanoTime();
            boolean stored = endStoring(true);
            LOG.debug("validation: waited {} ms for the findings' last inserts", (System.nanoTime() - waited) / 1_000_000);
            if (!stored) {
                failed();
                if (cancel != null && cancel.isCancelled()) throw new java.util.concurrent.CancellationException("cancelled by the user");
                throw new StoreException("the saving of the validation results was interrupted");
            }
            try {
                // OR FAIL: no statement journal (see Rollups.moveInBulk); a rule refused only at the end sets all its findings
                try (PreparedStatement ps = c.prepareStatement("UPDATE OR FAIL validation_issue SET hold = 0 WHERE id >= ? AND id < ? "
                        + "AND rule = ? AND hold = 1")) {
                    for (String rule : notHolding) {
                        long u = System.nanoTime();
                        ps.setLong(1, firstId);
                        ps.setLong(2, refusedBefore.getOrDefault(rule, Long.MAX_VALUE));
                        ps.setString(3, rule);
                        int n = ps.executeUpdate();
                        LOG.debug("validation: {} findings of {}, refused, set to hold nothing in {} ms", n, rule, (System.nanoTime() - u) / 1_000_000);
                    }
                }
                long t0 = System.nanoTime();
                HoldState.touchLinesOf(c, "i.status = 'open' AND i.hold = 1 AND " + scope);
                long t1 = System.nanoTime();
                HoldState.recompute(c);
                LOG.debug("validation saved: {} issues, lines touched in {} ms, holds in {} ms", opened, (t1 - t0) / 1_000_000,
                        (System.nanoTime() - t1) / 1_000_000);
                // totals may have changed: the audit entry is also what tells cached rollups to rebuild
                AuditLog.record(c, "validate", ids == null ? "all batches" : "batch " + ids,
                        opened + " open issues, " + skipped + " already reviewed");
                try (PreparedStatement ps = c.prepareStatement("UPDATE import_batch SET validated_at = ? WHERE status = 'stored'"
                        + inBatches("id"))) {
                    ps.setString(1, at);
                    ps.executeUpdate();
                }
                long t2 = System.nanoTime();
                c.commit();
                LOG.debug("validation committed in {} ms", (System.nanoTime() - t2) / 1_000_000);
                done = true;
                return new Saved(opened, skipped);
            } catch (SQLException e) {
                throw new StoreException("cannot save the validation results", e);
            }
        }

        @Override
        public void close() {
            if (storing.isAlive()) endStoring(false);
            try {
                issues.close();
                related.close();
                if (!done) c.rollback();
                c.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close the saving of the validation results", e);
            }
        }
    }

    /**
     * The findings already reviewed in a scope, as numbers: a sale or sell-in line's row id per rule and fact (the row
     * id names its batch and source row), and the rare finding without a row (a quarantined source row) by its text key.
     */
    private static final class Reviewed {
        private final Map<String, LongSet> rows = new HashMap<>();
        private final Set<String> others = new HashSet<>();

        static Reviewed read(Connection c, String scope) throws SQLException {
            Reviewed r = new Reviewed();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.rule, i.fact, i.row_id, i.batch_id, i.src_row "
                    + "FROM validation_issue i WHERE i.status <> 'open' AND " + scope);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(3);
                    if (rs.wasNull()) r.others.add(key(rs.getString(1), rs.getString(2), null, rs.getLong(4), rs.getInt(5)));
                    else r.rows.computeIfAbsent(rs.getString(1) + '\u001f' + rs.getString(2), k -> new LongSet()).add(row);
                }
            }
            return r;
        }

        boolean contains(RuleHit h) {
            if (h.rowId() == null) return others.contains(key(h.rule(), h.fact(), null, h.batchId(), h.sourceRow()));
            if (rows.isEmpty()) return false;
            LongSet set = rows.get(h.rule() + '\u001f' + h.fact());
            return set != null && set.contains(h.rowId());
        }
    }

    /**
     * Accepts or rejects issues, with who, when and a comment, and moves their lines in or out of the totals.
     * Returns how many issues changed.
     */
    public int review(Collection<Long> issueIds, IssueStatus decision, String comment, String at) {
        if (decision == IssueStatus.OPEN) throw new IllegalArgumentException("a review accepts or rejects");
        if (issueIds.isEmpty()) return 0;
        if (workspace.onServer()) return decideOnStore(null, List.copyOf(issueIds), decision, comment, at);
        String subject = issueIds.size() == 1 ? "issue " + issueIds.iterator().next() : issueIds.size() + " issues";
        return decide(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS reviewed(id INTEGER PRIMARY KEY)");
                s.executeUpdate("DELETE FROM temp.reviewed");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.reviewed(id) VALUES (?)")) {
                for (long id : issueIds) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }, "i.id IN (SELECT id FROM temp.reviewed) AND i.status <> ?", List.of(decision.id()), decision, comment, at, changed -> subject, ProgressListener.NONE);
    }

    /** As {@link #reviewMatching(IssueFilter, IssueStatus, String, String, ProgressListener)}, telling no one its steps. */
    public int reviewMatching(IssueFilter filter, IssueStatus decision, String comment, String at) {
        return reviewMatching(filter, decision, comment, at, ProgressListener.NONE);
    }

    /**
     * Accepts or rejects every issue {@code filter} matches (its paging ignored) in one transaction, audited as
     * one review with its count. Returns how many issues changed.
     */
    public int reviewMatching(IssueFilter filter, IssueStatus decision, String comment, String at, ProgressListener progress) {
        if (decision == IssueStatus.OPEN) throw new IllegalArgumentException("a review accepts or rejects");
        List<Object> args = new ArrayList<>();
        String where = IssueQueries.conditions(filter, args) + " AND i.status <> ?";
        args.add(decision.id());
        if (workspace.onServer()) return decideOnStore(where, args, decision, comment, at);
        return decide(c -> {}, where, args, decision, comment, at, changed -> changed + " issues matching " + describe(filter), progress);
    }

    /**
     * A review on the national store: the findings {@code where} selects (alias {@code i}, as her role reads them), or
     * {@code args} themselves as the ids when {@code where} is null, are decided by the store's own function, which
     * keeps to her regions, moves their lines and the rollups and audits it there (national V10), in one transaction.
     */
    private int decideOnStore(String where, List<?> args, IssueStatus decision, String comment, String at) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                List<Object> ids = new ArrayList<>();
                if (where == null) {
                    ids.addAll(args);
                } else {
                    try (PreparedStatement ps = c.prepareStatement("SELECT i.id FROM validation_issue i WHERE " + where)) {
                        for (int a = 0; a < args.size(); a++) ps.setObject(a + 1, args.get(a));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) ids.add(rs.getLong(1));
                        }
                    }
                }
                int changed;
                try (PreparedStatement ps = c.prepareStatement("SELECT national_review_findings(?, ?, ?, ?)")) {
                    ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                    ps.setString(2, decision.id());
                    ps.setString(3, comment);
                    ps.setString(4, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        changed = (int) rs.getLong(1);
                    }
                }
                c.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the review on the national store", e);
        }
    }

    /** A review's bar: lines found 0-30, findings marked 30-150, holds and totals 150-930, the commit to the end. */
    private static final int REVIEW_STEPS = 1000;

    private interface Prepare {
        void run(Connection c) throws SQLException;
    }

    /**
     * The one review transaction: sets the decision on the issues {@code where} selects (alias {@code i}),
     * moves their lines in or out of the totals and audits it, all or nothing.
     */
    private int decide(Prepare prepare, String where, List<Object> args, IssueStatus decision, String comment, String at,
                       java.util.function.IntFunction<String> subject, ProgressListener progress) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try {
                long t0 = System.nanoTime();
                // one bar of REVIEW_STEPS, in the shares the steps took in the reject of 5.3M findings on the 10M-line workspace
                progress.progress(0, REVIEW_STEPS, Message.of("progress.review.touch"));
                prepare.run(c);
                HoldState.prepare(c);
                // an accept moves a line only through a finding that holds it or a rejection it lifts: the accept of 5.3M
                // findings that hold nothing (a declined mass hold) looked at each of their lines, 9.3 s of its 19.9 s
                int lines = HoldState.touchLinesOf(c, decision == IssueStatus.ACCEPTED
                        ? "(" + where + ") AND (i.hold = 1 OR i.status = '" + IssueStatus.REJECTED.id() + "')" : where, args.toArray());
                long t1 = System.nanoTime();
                // a review of millions of findings: their entries in the indexes that carry status would move one by one
                // (17.8 s of CPU for 5.3M findings on the 10M-line workspace); dropped and built again, 8.6 s
                long matching = count(c, where, args);
                progress.progress(30, REVIEW_STEPS, Message.of("progress.review.issues", Message.grouped(matching)));
                boolean bulk = HoldState.bulk(lines) || HoldState.bulk(matching);
                List<String> dropped = bulk ? dropIndexesNaming(c, "validation_issue", "status") : List.of();
                int changed;
                // OR FAIL: no statement journal of millions of pages (see Rollups.moveInBulk); a failure rolls the review back whole
                try (PreparedStatement ps = c.prepareStatement("UPDATE OR FAIL validation_issue AS i SET status = ?, who = ?, at = ?, comment = ? WHERE "
                        + where)) {
                    ps.setString(1, decision.id());
                    ps.setString(2, AuditLog.user());
                    ps.setString(3, at);
                    ps.setString(4, comment);
                    for (int a = 0; a < args.size(); a++) ps.setObject(5 + a, args.get(a));
                    changed = ps.executeUpdate();
                }
                SetAside.restore(c, dropped);
                long t2 = System.nanoTime();
                HoldState.recompute(c, progress.part(150, 930, REVIEW_STEPS));
                LOG.debug("review of {} issues: lines touched in {} ms, issues updated in {} ms, holds in {} ms", changed,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
                AuditLog.record(c, "review", subject.apply(changed), decision.id() + " " + changed + " issue(s)"
                        + (comment == null || comment.isBlank() ? "" : ": " + comment));
                long t3 = System.nanoTime();
                progress.progress(930, REVIEW_STEPS, Message.of("progress.review.saving"));
                c.commit();
                progress.progress(REVIEW_STEPS, REVIEW_STEPS, Message.of("progress.done"));
                LOG.debug("review committed in {} ms", (System.nanoTime() - t3) / 1_000_000);
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save the review", e);
        }
    }

    /** How many findings {@code where} (alias i) selects. */
    private static long count(Connection c, String where, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM validation_issue i WHERE " + where)) {
            for (int a = 0; a < args.size(); a++) ps.setObject(a + 1, args.get(a));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Drops the indexes of {@code table} whose definition names {@code column}, in the caller's transaction, returning
     * their definitions to run again once the change is made.
     */
    private static List<String> dropIndexesNaming(Connection c, String table, String column) throws SQLException {
        Map<String, String> naming = SetAside.of(c, "index", table);
        naming.values().removeIf(sql -> !sql.toLowerCase(java.util.Locale.ROOT).contains(column));
        return List.copyOf(SetAside.drop(c, "index", naming).values());
    }

    private static String describe(IssueFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.rule() != null) parts.add("rule " + f.rule());
        if (f.severity() != null) parts.add("severity " + f.severity().id());
        if (f.status() != null) parts.add("status " + f.status().id());
        if (f.batchId() != null) parts.add("batch " + f.batchId());
        return parts.isEmpty() ? "all issues" : String.join(", ", parts);
    }

    private static String key(String rule, String fact, Long rowId, long batchId, int srcRow) {
        return rule + '\u001f' + fact + '\u001f' + rowId + '\u001f' + batchId + '\u001f' + srcRow;
    }

    /** the bound columns of one finding in {@link #insertIssues} */
    private static final int COLUMNS = 12;
    private static final String INSERT_RELATED = "INSERT OR IGNORE INTO validation_issue_row(issue_id, row_id) VALUES (?,?)";

    /** An insert of {@code findings} findings, {@link #COLUMNS} parameters each. */
    private static String insertIssues(int findings) {
        return "INSERT INTO validation_issue(id, batch_id, fact, row_id, src_row, rule, severity, why, status, at, hold, why_key, why_args) "
                + "VALUES " + String.join(",", java.util.Collections.nCopies(findings, "(?,?,?,?,?,?,?,?,'open',?,?,?,?)"));
    }

    /** Binds finding {@code h} as {@code id} to the parameters after {@code offset}. */
    private static void bind(PreparedStatement ps, int offset, long id, RuleHit h, String at, Function<Message, String> args) throws SQLException {
        ps.setLong(offset + 1, id);
        ps.setLong(offset + 2, h.batchId());
        ps.setString(offset + 3, h.fact());
        if (h.rowId() == null) ps.setNull(offset + 4, Types.INTEGER); else ps.setLong(offset + 4, h.rowId());
        ps.setInt(offset + 5, h.sourceRow());
        ps.setString(offset + 6, h.rule());
        ps.setString(offset + 7, h.severity().id());
        ps.setString(offset + 8, StoredWhy.of(h));
        ps.setString(offset + 9, at);
        ps.setInt(offset + 10, h.hold() ? 1 : 0);
        ps.setString(offset + 11, h.message() == null ? null : h.message().key());
        ps.setString(offset + 12, h.message() == null ? null : args.apply(h.message()));
    }
}
