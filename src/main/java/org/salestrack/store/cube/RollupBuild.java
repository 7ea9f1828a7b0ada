package org.salestrack.store.cube;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.salestrack.model.Message;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL that fills the cube rollups from sale_day, for all of it or for a run of whole months. Day
 * tables come first, then months from days, then the weeks overlapping the months from the day tables,
 * so a week that straddles a rebuilt month and a kept one is summed from both.
 */
final class RollupBuild {
    private static final String[] TABLES = {"cube_day", "cube_month", "cube_week", "cube_store_day", "cube_store_month",
            "cube_store_week", "cube_pc_day", "cube_pc_month", "cube_pc_week", "cube_cp_day", "cube_cp_month", "cube_cp_week",
            "cube_pp_day", "cube_pp_month", "cube_pp_week", "cube_sp_month", "cube_ss_month", "cube_ss_week"};
    /** the Monday of a day column's ISO week */
    private static final String MONDAY = "date(sale_date, 'weekday 0', '-6 days')";
    private static final String SUMS = "SUM(rows), SUM(qty), SUM(amount_e4), SUM(margin_e4)";

    private static final Logger LOG = LoggerFactory.getLogger(RollupBuild.class);

    private final Connection c;
    private final Cancellation cancel;

    RollupBuild(Connection c, Cancellation cancel) {
        this.c = c;
        this.cancel = cancel;
    }

    /**
     * Empties every rollup and fills it from the whole of sale_day, a month at a time, so a whole rebuild
     * runs the same code as the refresh of the months that changed.
     */
    void all(List<YearMonth> months, ProgressListener progress) throws SQLException {
        long t0 = System.nanoTime();
        progress.progress(0, months.size() + 1, Message.of("progress.rollups.whole"));
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) s.executeUpdate("DELETE FROM " + t);
        }
        for (int i = 0; i < months.size(); i++) {
            progress.progress(i + 1, months.size() + 1, Message.of("progress.rollups.month", months.get(i).toString()));
            months(months.get(i), months.get(i));
        }
        LOG.debug("every rollup built again, {} months, in {} ms", months.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Rebuilds the months from..to (inclusive) and the weeks that overlap them. */
    void months(YearMonth from, YearMonth to) throws SQLException {
        fill(from.atDay(1), to.atEndOfMonth());
    }

    private void fill(LocalDate from, LocalDate to) throws SQLException {
        String d0 = from.toString();
        String d1 = to.toString();
        String m0 = YearMonth.from(from).toString();
        String m1 = YearMonth.from(to).toString();
        String day = "sale_date BETWEEN ? AND ?";
        String month = "month BETWEEN ? AND ?";
        // days
        run("cube_day", day, d0, d1, "INSERT INTO cube_day SELECT d.sale_date, r.province, d.channel_id, d.product_id, "
                + "SUM(d.rows), SUM(d.qty), SUM(d.amount_e4), SUM(d.margin_e4) FROM sale_day d JOIN region r ON r.id = d.region_id "
                + "WHERE d.sale_date BETWEEN ? AND ? GROUP BY d.sale_date, r.province, d.channel_id, d.product_id");
        run("cube_store_day", day, d0, d1, "INSERT INTO cube_store_day SELECT sale_date, region_id, channel_id, store_id, dealer_id, "
                + SUMS + " FROM sale_day WHERE " + day + " GROUP BY sale_date, region_id, channel_id, store_id, dealer_id");
        run("cube_pc_day", day, d0, d1, "INSERT INTO cube_pc_day SELECT sale_date, province, channel_id, " + SUMS
                + " FROM cube_day WHERE " + day + " GROUP BY sale_date, province, channel_id");
        run("cube_cp_day", day, d0, d1, "INSERT INTO cube_cp_day SELECT sale_date, channel_id, product_id, " + SUMS
                + " FROM cube_day WHERE " + day + " GROUP BY sale_date, channel_id, product_id");
        run("cube_pp_day", day, d0, d1, "INSERT INTO cube_pp_day SELECT sale_date, province, product_id, " + SUMS
                + " FROM cube_day WHERE " + day + " GROUP BY sale_date, province, product_id");
        // months
        run("cube_month", month, m0, m1, "INSERT INTO cube_month SELECT substr(sale_date, 1, 7), province, channel_id, product_id, "
                + SUMS + " FROM cube_day WHERE " + day + " GROUP BY substr(sale_date, 1, 7), province, channel_id, product_id", d0, d1);
        run("cube_pc_month", month, m0, m1, "INSERT INTO cube_pc_month SELECT month, province, channel_id, " + SUMS
                + " FROM cube_month WHERE " + month + " GROUP BY month, province, channel_id");
        run("cube_cp_month", month, m0, m1, "INSERT INTO cube_cp_month SELECT month, channel_id, product_id, " + SUMS
                + " FROM cube_month WHERE " + month + " GROUP BY month, channel_id, product_id");
        run("cube_pp_month", month, m0, m1, "INSERT INTO cube_pp_month SELECT month, province, product_id, " + SUMS
                + " FROM cube_month WHERE " + month + " GROUP BY month, province, product_id");
        run("cube_store_month", month, m0, m1, "INSERT INTO cube_store_month SELECT substr(sale_date, 1, 7), region_id, channel_id, "
                + "store_id, dealer_id, " + SUMS + " FROM cube_store_day WHERE " + day
                + " GROUP BY substr(sale_date, 1, 7), region_id, channel_id, store_id, dealer_id", d0, d1);
        // weeks overlapping the range, from the day tables (which hold the neighbouring months' days too)
        String w0 = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        String w1 = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        String wd1 = LocalDate.parse(w1).plusDays(6).toString();
        String week = "week BETWEEN ? AND ?";
        run("cube_week", week, w0, w1, "INSERT INTO cube_week SELECT " + MONDAY + ", province, channel_id, product_id, " + SUMS
                + " FROM cube_day WHERE " + day + " GROUP BY " + MONDAY + ", province, channel_id, product_id", w0, wd1);
        run("cube_pc_week", week, w0, w1, "INSERT INTO cube_pc_week SELECT week, province, channel_id, " + SUMS
                + " FROM cube_week WHERE " + week + " GROUP BY week, province, channel_id");
        run("cube_cp_week", week, w0, w1, "INSERT INTO cube_cp_week SELECT week, channel_id, product_id, " + SUMS
                + " FROM cube_week WHERE " + week + " GROUP BY week, channel_id, product_id");
        run("cube_pp_week", week, w0, w1, "INSERT INTO cube_pp_week SELECT week, province, product_id, " + SUMS
                + " FROM cube_week WHERE " + week + " GROUP BY week, province, product_id");
        run("cube_store_week", week, w0, w1, "INSERT INTO cube_store_week SELECT " + MONDAY + ", region_id, channel_id, store_id, "
                + "dealer_id, " + SUMS + " FROM cube_store_day WHERE " + day + " GROUP BY " + MONDAY + ", region_id, channel_id, store_id, dealer_id",
                w0, wd1);
        cancel.check();
        new StoreProductRollups(c).fill(from, to, LocalDate.parse(w0), LocalDate.parse(w1), LocalDate.parse(wd1));
    }

    /** Deletes the table's rows in [lo, hi] of {@code range}, then runs the insert with its two bounds. */
    private void run(String table, String range, String lo, String hi, String insert) throws SQLException {
        run(table, range, lo, hi, insert, lo, hi);
    }

    private void run(String table, String range, String lo, String hi, String insert, String insertLo, String insertHi)
            throws SQLException {
        cancel.check();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + range)) {
            ps.setString(1, lo);
            ps.setString(2, hi);
            ps.executeUpdate();
        }
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, insertLo);
            ps.setString(2, insertHi);
            ps.executeUpdate();
        }
        LOG.debug("{} {}..{} filled in {} ms", table, insertLo, insertHi, (System.nanoTime() - t0) / 1_000_000);
    }
}
