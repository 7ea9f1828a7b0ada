package org.salestrack.store;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.salestrack.model.SaleLine;
import org.salestrack.model.SaleStatus;

/**
 * Turns sale lines into rows ready for {@link SaleInserter}: dimension ids, margin, sale id, the in-file
 * repeat check, the line keys and the sale_day sums. An import runs this on its preparing thread
 * ({@link SalePreparer}) and the insert on the storing thread, so the Java work of a line overlaps SQLite's;
 * both share the import's connection and transaction (the driver serialises their calls). One thread at a
 * time only.
 */
final class SaleRows {
    /** The columns after id and batch_id, in the order {@link #prepare} fills a row. */
    static final String[] COLUMNS = {"src_row", "line_key", "order_id", "line_no", "sold_at", "sale_date", "channel_id",
        "store_id", "dealer_id", "region_id", "product_id", "qty", "unit_price_e4", "amount_e4", "discount_rate",
        "discount_e4", "margin_e4", "currency", "customer_id", "imei", "waybill", "campaign_code", "ship_province",
        "ship_lat", "ship_lon", "status", "pickup", "hold", "file_province", "county"};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Rows in {@link #COLUMNS} order with their sale ids, and the rollup sums ready to write with them. */
    record Chunk(Object[][] rows, long[] ids, int size, List<SaleDayDelta.Sorted> rollup) {}

    private final Dimensions dims;
    private final SaleDayDelta rollup;
    private final SaleKeys keys = new SaleKeys();
    private final LongSet keysInFile = new LongSet();
    private long nextId;
    private long repeatsInFile;

    /** @param firstId the id of the first line: what SQLite would give it, so ids keep the file's order */
    SaleRows(Dimensions dims, SaleDayDelta rollup, long firstId) {
        this.dims = dims;
        this.rollup = rollup;
        this.nextId = firstId;
        rollup.holdWrites();
    }

    /**
     * The rows of {@code lines}; {@code lineKeys} holds each line's {@link SaleLine#lineKey()} (computed
     * already), and a key seen earlier in this file holds its line as a repeat at once.
     */
    Chunk prepare(List<SaleLine> lines, List<Long> lineKeys) throws SQLException {
        Object[][] rows = new Object[lines.size()][];
        long[] ids = new long[lines.size()];
        for (int i = 0; i < rows.length; i++) {
            Long key = lineKeys.get(i);
            boolean repeat = key != null && !keysInFile.add(key);
            if (repeat) repeatsInFile++;
            ids[i] = nextId++;
            if (key != null) keys.add(key, ids[i]);
            rows[i] = row(lines.get(i), key, repeat);
        }
        return new Chunk(rows, ids, rows.length, rollup.drainReady());
    }

    /** Lines held as repeats of an earlier line of the same file. */
    long repeatsInFile() { return repeatsInFile; }

    SaleKeys keys() { return keys; }

    SaleDayDelta rollup() { return rollup; }

    private Object[] row(SaleLine s, Long lineKey, boolean heldAsRepeat) throws SQLException {
        long channel = dims.channel(s.channel(), s.channelType().id(), null);
        Long dealer = s.dealerCode() == null ? null : dims.dealer(s.dealerCode());
        Long region = s.province() == null && s.city() == null && s.country() == null ? null
                : dims.region(s.country(), s.region(), s.province(), s.city());
        Long store = null;
        String fileProvince = null;
        if (s.storeCode() != null) {
            store = dims.store(s.storeCode(), dealer, channel, region);
            Long storeRegion = dims.storeRegion(s.storeCode());
            if (storeRegion != null && region == null) {
                region = storeRegion;
            } else if (storeRegion != null && !storeRegion.equals(region) && dims.placedByMaster(s.storeCode())) {
                // a store the master placed: its lines are where it is, its city always, its province over the file's;
                // a province the file disagrees on is kept for the store-province rule
                String storeProvince = dims.regionProvince(storeRegion);
                if (!storeProvince.isEmpty()) {
                    String own = s.province();
                    if (own != null && !own.isEmpty() && !storeProvince.isEmpty() && !own.equals(storeProvince)) fileProvince = own;
                    region = storeRegion;
                }
            }
            if (dealer == null) dealer = dims.storeDealer(s.storeCode());
        }
        if (region == null) region = dims.region("", "", "", "");
        long product = dims.product(s.sku(), s.productName(), s.model(), s.series(), s.category());
        Long margin = s.marginE4();
        if (margin == null) {
            Long cost = dims.productCost(product);
            if (cost != null) margin = s.amountE4() - cost * s.qty();
        }
        Long customer = dims.customer(s.customerId(), s.customerAgeBand(), null, s.customerSegment());
        String soldAt = isoDateTime(s.soldAt());
        String saleDate = soldAt.substring(0, 10);
        if (!heldAsRepeat && s.status() == SaleStatus.PAID) {
            rollup.add(saleDate, channel, store, dealer, region, product, s.qty(), s.amountE4(), margin, 1);
        }
        return new Object[] {s.sourceRow(), lineKey, s.orderId(), s.lineNo(), soldAt, saleDate, channel, store, dealer, region,
            product, s.qty(), s.unitPriceE4(), s.amountE4(), s.discountRate(), s.discountE4(), margin, s.currency(),
            customer, s.imei(), s.waybill(), s.campaignCode(), s.shipProvince(), s.shipLat(), s.shipLon(), s.status().id(),
            s.pickup() ? 1 : 0, heldAsRepeat ? 1 : 0, fileProvince, county(s)};
    }

    /** The line's county as its GB/T 2260 code, when the file names one of its province (a name elsewhere is dropped). */
    private static String county(SaleLine s) {
        return s.county() == null ? null : org.salestrack.model.Counties.get().resolve(s.province(), s.city(), s.county()).orElse(null);
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
}
