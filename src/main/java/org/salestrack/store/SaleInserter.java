package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import org.salestrack.model.SaleLine;

/** Inserts sale lines in JDBC batches, resolving their dimensions. */
final class SaleInserter implements AutoCloseable {
    private static final int BATCH = 5_000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Dimensions dims;
    private final long batchId;
    private final PreparedStatement ps;
    private int pending;

    SaleInserter(Connection c, Dimensions dims, long batchId) throws SQLException {
        this.dims = dims;
        this.batchId = batchId;
        this.ps = c.prepareStatement("INSERT INTO sale(batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, channel_id, "
                + "store_id, dealer_id, region_id, product_id, qty, unit_price_cents, amount_cents, discount_rate, discount_cents, "
                + "margin_cents, currency, customer_id, imei, waybill, campaign_code, ship_province, ship_lat, ship_lon, status, "
                + "pickup, hold) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    }

    void add(SaleLine s, boolean heldAsRepeat) throws SQLException {
        long channel = dims.channel(s.channel(), s.channelType().id(), null);
        Long dealer = s.dealerCode() == null ? null : dims.dealer(s.dealerCode());
        Long region = s.province() == null && s.city() == null && s.country() == null ? null
                : dims.region(s.country(), s.region(), s.province(), s.city());
        Long store = null;
        if (s.storeCode() != null) {
            store = dims.store(s.storeCode(), dealer, channel, region);
            if (region == null) region = dims.storeRegion(s.storeCode());
            if (dealer == null) dealer = dims.storeDealer(s.storeCode());
        }
        if (region == null) region = dims.region("", "", "", "");
        long product = dims.product(s.sku(), s.productName(), s.model(), s.series(), s.category());
        Long margin = s.marginCents();
        if (margin == null) {
            Long cost = dims.productCost(product);
            if (cost != null) margin = s.amountCents() - cost * s.qty();
        }
        Long customer = dims.customer(s.customerId(), s.customerAgeBand(), null, s.customerSegment());
        String soldAt = ISO.format(s.soldAt());
        int i = 1;
        ps.setLong(i++, batchId);
        ps.setInt(i++, s.sourceRow());
        Dimensions.setLong(ps, i++, s.lineKey());
        ps.setString(i++, s.orderId());
        ps.setInt(i++, s.lineNo());
        ps.setString(i++, soldAt);
        ps.setString(i++, soldAt.substring(0, 10));
        ps.setLong(i++, channel);
        Dimensions.setLong(ps, i++, store);
        Dimensions.setLong(ps, i++, dealer);
        ps.setLong(i++, region);
        ps.setLong(i++, product);
        ps.setLong(i++, s.qty());
        ps.setLong(i++, s.unitPriceCents());
        ps.setLong(i++, s.amountCents());
        Dimensions.setDouble(ps, i++, s.discountRate());
        Dimensions.setLong(ps, i++, s.discountCents());
        Dimensions.setLong(ps, i++, margin);
        ps.setString(i++, s.currency());
        Dimensions.setLong(ps, i++, customer);
        ps.setString(i++, s.imei());
        ps.setString(i++, s.waybill());
        ps.setString(i++, s.campaignCode());
        ps.setString(i++, s.shipProvince());
        Dimensions.setDouble(ps, i++, s.shipLat());
        Dimensions.setDouble(ps, i++, s.shipLon());
        ps.setString(i++, s.status().id());
        ps.setInt(i++, s.pickup() ? 1 : 0);
        ps.setInt(i, heldAsRepeat ? 1 : 0);
        ps.addBatch();
        if (++pending >= BATCH) flush();
    }

    void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException { ps.close(); }

}
