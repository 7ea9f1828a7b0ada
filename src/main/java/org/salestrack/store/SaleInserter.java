package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.salestrack.model.SaleLine;
import org.salestrack.model.SaleStatus;

/**
 * Inserts sale lines in JDBC batches, resolving their dimensions, and sums the counted ones into the
 * import's {@link SaleDayDelta}.
 *
 * <p>A batch at least as large as the table it goes into has its secondary indexes on sale (not the
 * batch index, which only ever appends) dropped and built again before the duplicate check: a B-tree
 * built from sorted keys costs about half of a million inserts in random line-key order, and writes each
 * page once. Both happen inside the import's transaction, so a rollback brings the index back as it was.
 */
final class SaleInserter implements AutoCloseable {
    private static final int BATCH = 5_000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String KEPT_INDEX = "ix_sale_batch";
    /** The columns after batch_id, in the order {@link #add} fills a row. */
    private static final String[] COLUMNS = {"src_row", "line_key", "order_id", "line_no", "sold_at", "sale_date", "channel_id",
        "store_id", "dealer_id", "region_id", "product_id", "qty", "unit_price_cents", "amount_cents", "discount_rate",
        "discount_cents", "margin_cents", "currency", "customer_id", "imei", "waybill", "campaign_code", "ship_province",
        "ship_lat", "ship_lon", "status", "pickup", "hold"};
    /** Each column's value when left out: its DEFAULT in the schema; NOT NULL columns without one are never left out. */
    private static final Object[] DEFAULTS = new Object[COLUMNS.length];

    static {
        Object required = new Object();
        for (String col : new String[] {"src_row", "sold_at", "sale_date", "channel_id", "region_id", "product_id", "qty",
                "unit_price_cents", "amount_cents"}) {
            DEFAULTS[List.of(COLUMNS).indexOf(col)] = required;
        }
        DEFAULTS[List.of(COLUMNS).indexOf("line_no")] = 1;
        DEFAULTS[List.of(COLUMNS).indexOf("status")] = SaleStatus.PAID.id();
        DEFAULTS[List.of(COLUMNS).indexOf("pickup")] = 0;
        DEFAULTS[List.of(COLUMNS).indexOf("hold")] = 0;
    }

    private final Connection c;
    private final Dimensions dims;
    private final long batchId;
    private final SaleDayDelta rollup;
    private final Map<Long, PreparedStatement> statements = new HashMap<>();
    private final Object[][] rows = new Object[BATCH][COLUMNS.length];
    private final long rowsBefore;
    private final List<String> deferredIndexes = new ArrayList<>();
    private boolean indexesDeferred;
    private long inserted;
    private int pending;

    SaleInserter(Connection c, Dimensions dims, long batchId) throws SQLException {
        this.c = c;
        this.dims = dims;
        this.batchId = batchId;
        this.rollup = new SaleDayDelta(c);
        this.rowsBefore = rowsAtMost(c);
    }

    void add(SaleLine s, Long lineKey, boolean heldAsRepeat) throws SQLException {
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
        String soldAt = isoDateTime(s.soldAt());
        Object[] row = rows[pending];
        row[0] = s.sourceRow();
        row[1] = lineKey;
        row[2] = s.orderId();
        row[3] = s.lineNo();
        row[4] = soldAt;
        row[5] = soldAt.substring(0, 10);
        row[6] = channel;
        row[7] = store;
        row[8] = dealer;
        row[9] = region;
        row[10] = product;
        row[11] = s.qty();
        row[12] = s.unitPriceCents();
        row[13] = s.amountCents();
        row[14] = s.discountRate();
        row[15] = s.discountCents();
        row[16] = margin;
        row[17] = s.currency();
        row[18] = customer;
        row[19] = s.imei();
        row[20] = s.waybill();
        row[21] = s.campaignCode();
        row[22] = s.shipProvince();
        row[23] = s.shipLat();
        row[24] = s.shipLon();
        row[25] = s.status().id();
        row[26] = s.pickup() ? 1 : 0;
        row[27] = heldAsRepeat ? 1 : 0;
        if (!heldAsRepeat && s.status() == SaleStatus.PAID) {
            rollup.add((String) row[5], channel, store, dealer, region, product, s.qty(), s.amountCents(), margin, 1);
        }
        if (++pending >= BATCH) flush();
    }

    /** The rollup change of the lines stored so far; the duplicate check corrects it before it is written. */
    SaleDayDelta rollup() { return rollup; }

    void flush() throws SQLException {
        if (pending == 0) return;
        if (!indexesDeferred && inserted + pending > rowsBefore) deferIndexes();
        long needed = 0;
        for (int col = 0; col < COLUMNS.length; col++) {
            Object d = DEFAULTS[col];
            for (int r = 0; r < pending; r++) {
                if (!Objects.equals(rows[r][col], d)) {
                    needed |= 1L << col;
                    break;
                }
            }
        }
        PreparedStatement ps = statement(needed);
        for (int r = 0; r < pending; r++) {
            Object[] row = rows[r];
            int p = 1;
            for (int col = 0; col < COLUMNS.length; col++) {
                if ((needed & (1L << col)) != 0) bind(ps, p++, row[col]);
            }
            ps.addBatch();
        }
        ps.executeBatch();
        // let go of the chunk's values: held from this long-lived array they would outlive young collections
        for (int r = 0; r < pending; r++) Arrays.fill(rows[r], null);
        inserted += pending;
        pending = 0;
    }

    /**
     * The insert for the columns a chunk needs: a column whose value is its default in every line of the
     * chunk (mostly NULL: no discount, no waybill, no coordinates in a POS export) is left out and takes
     * that default, which saves a JNI bind per line and column; the batch id is part of the statement.
     */
    private PreparedStatement statement(long needed) throws SQLException {
        PreparedStatement ps = statements.get(needed);
        if (ps != null) return ps;
        StringBuilder cols = new StringBuilder("batch_id");
        StringBuilder vals = new StringBuilder().append(batchId);
        for (int col = 0; col < COLUMNS.length; col++) {
            if ((needed & (1L << col)) == 0) continue;
            cols.append(", ").append(COLUMNS[col]);
            vals.append(",?");
        }
        ps = c.prepareStatement("INSERT INTO sale(" + cols + ") VALUES (" + vals + ")");
        statements.put(needed, ps);
        return ps;
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) ps.setNull(i, Types.NULL);
        else if (v instanceof Long l) ps.setLong(i, l);
        else if (v instanceof Integer n) ps.setInt(i, n);
        else if (v instanceof String t) ps.setString(i, t);
        else if (v instanceof Double d) ps.setDouble(i, d);
        else throw new IllegalArgumentException("cannot bind " + v.getClass());
    }

    /** yyyy-MM-ddTHH:mm:ss without a formatter: a million lines each take one. */
    static String isoDateTime(LocalDateTime t) {
        int y = t.getYear();
        if (y < 1 || y > 9999) return ISO.format(t);
        char[] b = new char[19];
        put(b, 0, y, 4);
        b[4] = '-';
        put(b, 5, t.getMonthValue(), 2);
        b[7] = '-';
        put(b, 8, t.getDayOfMonth(), 2);
        b[10] = 'T';
        put(b, 11, t.getHour(), 2);
        b[13] = ':';
        put(b, 14, t.getMinute(), 2);
        b[16] = ':';
        put(b, 17, t.getSecond(), 2);
        return new String(b);
    }

    private static void put(char[] b, int at, int v, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }

    /** Writes the pending lines and builds again any index deferred for this batch. */
    void finish() throws SQLException {
        flush();
        try (Statement s = c.createStatement()) {
            if (!deferredIndexes.isEmpty()) s.execute("PRAGMA threads = 2");
            for (String sql : deferredIndexes) s.execute(sql);
        }
        deferredIndexes.clear();
    }

    private void deferIndexes() throws SQLException {
        indexesDeferred = true;
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sale' "
                     + "AND sql IS NOT NULL AND name <> '" + KEPT_INDEX + "' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                deferredIndexes.add(rs.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) s.execute("DROP INDEX \"" + name + "\"");
        }
    }

    /** An upper bound of the lines in sale, without counting them. */
    private static long rowsAtMost(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id) - MIN(id) + 1, 0) FROM sale")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) ps.close();
        statements.clear();
    }

}
