package org.salestrack.store.sqlite;

import java.util.List;
import org.salestrack.model.cube.PureSales;

/**
 * "Pure" sales in SQL: a sale counts only when no chosen campaign covers its (day, province, channel) cell in
 * campaign_cover (kept by store.marketing.CampaignCover). Lines are asked one by one ({@link #linesNotCovered}); the
 * rollups are read as they always are and the covered cells' day rows subtracted ({@link #cells}), so the cost follows
 * the calendar (a few ten thousand cells), not the range: asking every day row of a year of province x channel x
 * product days took seconds on 10M lines.
 */
final class CoverSql {
    private CoverSql() {}

    /** " AND NOT EXISTS (...)", or "" when {@code pure} is off; the tags are added to {@code args}. */
    static String notCovered(PureSales pure, String day, String province, String channel, List<Object> args) {
        if (pure == null || !pure.on()) return "";
        StringBuilder sql = new StringBuilder(" AND NOT EXISTS (SELECT 1 FROM campaign_cover v WHERE v.sale_date = ").append(day)
                .append(" AND v.province = ").append(province).append(" AND v.channel_id = ").append(channel);
        if (!pure.tags().isEmpty()) {
            sql.append(" AND v.tag IN (").append("?,".repeat(pure.tags().size() - 1)).append("?)");
            args.addAll(pure.tags());
        }
        return sql.append(')').toString();
    }

    /**
     * The covered cells, each once however many campaigns cover it, as a subquery aliased {@code v} (v_day, v_province,
     * v_channel: names no rollup uses); {@code from}/{@code to} null for every day. Its values go to {@code args}.
     */
    static String cells(PureSales pure, String from, String to, List<Object> args) { return cellsOnly(pure, from, to, args) + " v"; }

    private static String cellsOnly(PureSales pure, String from, String to, List<Object> args) {
        StringBuilder sql = new StringBuilder("(SELECT DISTINCT sale_date AS v_day, province AS v_province, channel_id AS v_channel "
                + "FROM campaign_cover WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND sale_date BETWEEN ? AND ?");
            args.add(from);
            args.add(to);
        }
        if (!pure.tags().isEmpty()) {
            sql.append(" AND tag IN (").append("?,".repeat(pure.tags().size() - 1)).append("?)");
            args.addAll(pure.tags());
        }
        return sql.append(")").toString();
    }

    /**
     * The (day, channel) pairs covered in every province (the cover is built over the region table's provinces), whose
     * rows a rollup without provinces holds whole: most campaigns are national.
     */
    static String nationalPairs(PureSales pure, String from, String to, List<Object> args) {
        return "(SELECT v_day, v_channel FROM " + cellsOnly(pure, from, to, args)
                + " GROUP BY v_day, v_channel HAVING COUNT(*) = (SELECT COUNT(DISTINCT province) FROM region)) v";
    }

    /** The covered cells of the pairs not covered in every province, aliased {@code v} as {@link #cells}. */
    static String regionalCells(PureSales pure, String from, String to, List<Object> args) {
        String all = cellsOnly(pure, from, to, args);
        return "(SELECT a.v_day, a.v_province, a.v_channel FROM " + all + " a WHERE (a.v_day, a.v_channel) NOT IN (SELECT v_day, v_channel FROM "
                + nationalPairs(pure, from, to, args) + ")) v";
    }

    /** The day rows of {@code dayTable} (aliased c) in the covered cells {@code v}, through the region for tables keeping region ids. */
    static String join(String dayTable, boolean regionIds) {
        return regionIds
                ? " JOIN region r ON r.province = v.v_province JOIN " + dayTable + " ON c.sale_date = v.v_day AND c.channel_id = v.v_channel "
                        + "AND c.region_id = r.id"
                : " JOIN " + dayTable + " ON c.sale_date = v.v_day AND c.province = v.v_province AND c.channel_id = v.v_channel";
    }

    /** The same for the lines of {@code sale s}, whose province is their region's. */
    static String linesNotCovered(PureSales pure, List<Object> args) {
        return notCovered(pure, "s.sale_date", "(SELECT rg.province FROM region rg WHERE rg.id = s.region_id)", "s.channel_id", args);
    }
}
