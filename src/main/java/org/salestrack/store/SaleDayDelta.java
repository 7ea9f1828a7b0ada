package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sale_day change of one import, summed in memory as the lines are stored instead of by a GROUP BY
 * over the new rows afterwards (which read the million new rows back and sorted them: a fifth of a big
 * import). Same grain and measures as {@link Rollups}; written as one batched upsert in key order, so
 * the rollup's B-tree takes the rows as appends. Bounded: past {@link #LIMIT} groups the sums so far
 * are written (or, during an import, handed to the storing thread: {@link #holdWrites}) and the map
 * starts again, which the upsert adds up the same way.
 */
final class SaleDayDelta {
    static final int LIMIT = 16_384;
    /** Groups per upsert statement, as {@link SaleInserter}'s lines per insert. */
    private static final int GROUPS_PER_UPSERT = 50;
    private static final String UPSERT_HEAD = "INSERT INTO sale_day(sale_date, channel_id, store_id, dealer_id, region_id, product_id, "
            + "rows, qty, amount_e4, margin_e4) VALUES ";
    private static final String UPSERT_TAIL = " "
            + "ON CONFLICT(sale_date, channel_id, store_id, dealer_id, region_id, product_id) DO UPDATE SET "
            + "rows = rows + excluded.rows, qty = qty + excluded.qty, amount_e4 = amount_e4 + excluded.amount_e4, "
            + "margin_e4 = margin_e4 + excluded.margin_e4";
    private static final String DROP_EMPTY = "DELETE FROM sale_day WHERE sale_date = ? AND channel_id = ? AND store_id = ? "
            + "AND dealer_id = ? AND region_id = ? AND product_id = ? AND rows = 0";
    /**
     * The rollup's primary key, in its order; a missing store or dealer is 0, as in {@link Rollups}. Dates
     * are shared instances (see {@link #add}), so equal keys mostly compare by identity.
     */
    record Key(String date, long channel, long store, long dealer, long region, long product) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int d = date == o.date ? 0 : date.compareTo(o.date);
            if (d != 0) return d;
            if (channel != o.channel) return Long.compare(channel, o.channel);
            if (store != o.store) return Long.compare(store, o.store);
            if (dealer != o.dealer) return Long.compare(dealer, o.dealer);
            if (region != o.region) return Long.compare(region, o.region);
            return Long.compare(product, o.product);
        }
    }

    private final Connection c;
    private final int limit;
    private final Map<Key, long[]> sums = new HashMap<>();
    private final Map<String, String> dates = new HashMap<>();
    private boolean removed;
    private List<Sorted> ready;

    SaleDayDelta(Connection c) { this(c, LIMIT); }

    SaleDayDelta(Connection c, int limit) {
        this.c = c;
        this.limit = limit;
    }

    /** Adds (sign 1) or removes (sign -1) one counted line. */
    void add(String date, long channel, Long store, Long dealer, long region, long product, long qty, long amount, Long margin,
             int sign) throws SQLException {
        Key k = new Key(dates.computeIfAbsent(date, d -> d), channel, store == null ? 0 : store, dealer == null ? 0 : dealer, region, product);
        long[] s = sums.computeIfAbsent(k, x -> new long[4]);
        s[0] += sign;
        s[1] += sign * qty;
        s[2] += sign * amount;
        s[3] += sign * (margin == null ? 0 : margin);
        if (sign < 0) removed = true;
        if (sums.size() >= limit) {
            if (ready == null) flush();
            else ready.add(take());
        }
    }

    /**
     * From now on, sums past the limit are kept, sorted, for {@link #drainReady} instead of written: the
     * thread summing (an import's preparing thread) then leaves the writing to the storing thread.
     */
    void holdWrites() {
        if (ready == null) ready = new ArrayList<>();
    }

    /** The sums held since the last call, for {@link #write}; empty unless {@link #holdWrites} was called. */
    List<Sorted> drainReady() {
        if (ready == null || ready.isEmpty()) return List.of();
        List<Sorted> out = ready;
        ready = new ArrayList<>();
        return out;
    }

    /**
     * Adds or removes the lines a statement returns, as (sale_date, channel_id, store_id, dealer_id, region_id,
     * product_id, qty, amount_e4, margin_e4, status); lines not paid are not counted and are skipped.
     * Returns how many lines the statement returned.
     */
    long addReturned(ResultSet rs, int sign) throws SQLException {
        long n = 0;
        while (rs.next()) {
            n++;
            if (!"paid".equals(rs.getString(10))) continue;
            // getLong reads NULL as 0, which is what the rollup keeps for no store, no dealer, no margin
            add(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                    rs.getLong(8), rs.getLong(9), sign);
        }
        return n;
    }

    /** Sums taken out of the map in key order, and whether any line was removed (a group may be emptied). */
    record Sorted(List<Map.Entry<Key, long[]>> rows, boolean removed) {}

    /** Writes the sums so far; a group this import emptied (every line turned out a duplicate) is removed. */
    void flush() throws SQLException {
        for (Sorted held : drainReady()) write(held);
        if (!sums.isEmpty()) write(take());
    }

    private Sorted take() {
        List<Map.Entry<Key, long[]>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey());
        Sorted out = new Sorted(rows, removed);
        sums.clear();
        removed = false;
        return out;
    }

    void write(Sorted sorted) throws SQLException {
        List<Map.Entry<Key, long[]>> written = new ArrayList<>(sorted.rows().size());
        for (Map.Entry<Key, long[]> e : sorted.rows()) {
            long[] s = e.getValue();
            if (s[0] != 0 || s[1] != 0 || s[2] != 0 || s[3] != 0) written.add(e);
        }
        int grouped = written.size() - written.size() % GROUPS_PER_UPSERT;
        if (grouped > 0) upsert(written.subList(0, grouped), GROUPS_PER_UPSERT);
        if (grouped < written.size()) upsert(written.subList(grouped, written.size()), 1);
        if (sorted.removed()) {
            try (PreparedStatement ps = c.prepareStatement(DROP_EMPTY)) {
                for (Map.Entry<Key, long[]> e : sorted.rows()) {
                    if (e.getValue()[0] >= 0) continue;
                    bindKey(ps, 0, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Writes the groups, {@code perStatement} to an INSERT: one reset, step and change count per statement, not per group. */
    private void upsert(List<Map.Entry<Key, long[]>> groups, int perStatement) throws SQLException {
        StringBuilder sql = new StringBuilder(UPSERT_HEAD);
        for (int i = 0; i < perStatement; i++) sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?)");
        try (PreparedStatement ps = c.prepareStatement(sql + UPSERT_TAIL)) {
            int n = 0;
            int p = 0;
            for (Map.Entry<Key, long[]> e : groups) {
                bindKey(ps, p, e.getKey());
                long[] s = e.getValue();
                for (int i = 0; i < 4; i++) ps.setLong(p + 7 + i, s[i]);
                p += 10;
                if (++n % perStatement == 0) {
                    ps.addBatch();
                    p = 0;
                    if (n % 5_000 == 0) ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement ps, int at, Key k) throws SQLException {
        ps.setString(at + 1, k.date());
        ps.setLong(at + 2, k.channel());
        ps.setLong(at + 3, k.store());
        ps.setLong(at + 4, k.dealer());
        ps.setLong(at + 5, k.region());
        ps.setLong(at + 6, k.product());
    }
}
