package org.salestrack.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

/**
 * The province reference rows a store seeds, for a statement whose ten parameters are, in order: code, name_zh,
 * full_name_zh, name_en, abbr, sales_region, tile_col, tile_row, lat, lon (the workspace and the national store
 * differ only in how they upsert).
 */
public final class ProvinceRows {
    private ProvinceRows() {}

    /** Adds one batch entry per province to {@code ps}. */
    public static void addAll(PreparedStatement ps) throws SQLException {
        for (Province p : Provinces.get().all()) {
            ps.setString(1, p.code());
            ps.setString(2, p.nameZh());
            ps.setString(3, p.fullNameZh());
            ps.setString(4, p.nameEn());
            ps.setString(5, p.abbr());
            ps.setString(6, p.salesRegion());
            ps.setInt(7, p.tileCol());
            ps.setInt(8, p.tileRow());
            ps.setDouble(9, p.lat());
            ps.setDouble(10, p.lon());
            ps.addBatch();
        }
    }
}
