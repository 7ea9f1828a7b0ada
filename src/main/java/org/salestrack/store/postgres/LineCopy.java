package org.salestrack.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongUnaryOperator;

/** A workspace's sales lines as publish_stage takes them: the columns read, and each line written in COPY's text form. */
final class LineCopy {
    static final String COLUMNS = "src_row, line_key, order_id, line_no, sold_at, sale_date, channel_id, store_id, dealer_id, "
            + "region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate, discount_e4, margin_e4, currency, imei, "
            + "waybill, campaign_code, ship_province, ship_lat, ship_lon, status, pickup, hold, file_province";
    static final String COPY = "COPY publish_stage (batch_id, " + COLUMNS + ") FROM STDIN";
    /** Into the staging table of a batch staged beside its publish ({@link LineStager}). */
    static final String COPY_BESIDE = "COPY publish_beside (batch_id, " + COLUMNS + ") FROM STDIN";
    // in the workspace's id order, which its batch index gives without a sort (ORDER BY src_row sorted a million
    // wide rows in a temporary B-tree: 7.3 s against 5.0 s in the sqlite3 shell); national_publish picks each key's
    // owner by src_row itself, so the order only decides the national ids, which then follow the workspace's
    static final String SELECT = "SELECT " + COLUMNS + " FROM sale WHERE batch_id = ? ORDER BY id";

    private final long nationalBatch;
    private final LongUnaryOperator channel;
    private final LongUnaryOperator store;
    private final LongUnaryOperator dealer;
    private final LongUnaryOperator region;
    private final LongUnaryOperator product;
    private String lastDay;

    LineCopy(long nationalBatch, DimensionCopy dims) {
        this.nationalBatch = nationalBatch;
        channel = dims.mapper("channel");
        store = dims.mapper("store");
        dealer = dims.mapper("dealer");
        region = dims.mapper("region");
        product = dims.mapper("product");
    }

    long nationalBatch() { return nationalBatch; }

    /** The month of the line written last, as publish_stage works it out from its sale_date. */
    String lastMonth() { return lastDay.length() >= 7 ? lastDay.substring(0, 7) : lastDay; }

    /** Writes the row {@code rs} is on; returns the nanoseconds spent waiting for the COPY's sender. */
    long write(CopyText out, ResultSet rs) throws SQLException {
        // typed getters: getObject asks SQLite each value's type first, a second native call for each of 28 million values
        out.number(nationalBatch).number(rs.getLong(1));
        nullableNumber(out, rs, 2);
        lastDay = rs.getString(6);
        out.text(rs.getString(3)).number(rs.getLong(4)).text(rs.getString(5)).text(lastDay)
                .number(channel.applyAsLong(rs.getLong(7)));
        long id = rs.getLong(8);
        if (id == 0 && rs.wasNull()) out.nul();
        else out.number(store.applyAsLong(id));
        id = rs.getLong(9);
        if (id == 0 && rs.wasNull()) out.nul();
        else out.number(dealer.applyAsLong(id));
        out.number(region.applyAsLong(rs.getLong(10))).number(product.applyAsLong(rs.getLong(11)))
                .number(rs.getLong(12)).number(rs.getLong(13)).number(rs.getLong(14));
        nullableReal(out, rs, 15);
        nullableNumber(out, rs, 16);
        nullableNumber(out, rs, 17);
        for (int i = 18; i <= 22; i++) out.text(rs.getString(i));
        nullableReal(out, rs, 23);
        nullableReal(out, rs, 24);
        out.text(rs.getString(25)).number(rs.getLong(26)).number(rs.getLong(27)).text(rs.getString(28));
        return out.endRow();
    }

    private static void nullableNumber(CopyText out, ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        if (v == 0 && rs.wasNull()) out.nul();
        else out.number(v);
    }

    private static void nullableReal(CopyText out, ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        if (v == 0 && rs.wasNull()) out.nul();
        else out.real(v);
    }
}
