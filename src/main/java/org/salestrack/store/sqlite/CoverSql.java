package org.salestrack.store.sqlite;

import java.util.List;
import org.salestrack.model.cube.PureSales;

/**
 * The condition of "pure" sales: a row (a sale line or a rollup row keeping day, province and channel) counts only
 * when no chosen campaign covers its cell in campaign_cover (kept by store.marketing.CampaignCover).
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

    /** The same for the lines of {@code sale s}, whose province is their region's. */
    static String linesNotCovered(PureSales pure, List<Object> args) {
        return notCovered(pure, "s.sale_date", "(SELECT rg.province FROM region rg WHERE rg.id = s.region_id)", "s.channel_id", args);
    }
}
