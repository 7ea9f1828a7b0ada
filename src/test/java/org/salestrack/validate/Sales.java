package org.salestrack.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.salestrack.model.ChannelType;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SaleStatus;

/** Builds sale facts for tests: an offline store sale of one unit at 1,000.00 unless told otherwise. */
final class Sales {
    private static final AtomicLong NEXT_ROW = new AtomicLong(1);

    long rowId = NEXT_ROW.getAndIncrement();
    long batchId = 1;
    String file = "sales.csv";
    int sourceRow = (int) rowId + 1;
    String orderId = "O" + rowId;
    int lineNo = 1;
    LocalDateTime soldAt = LocalDateTime.of(2025, 3, 1, 10, 0);
    String channel = "Direct";
    ChannelType channelType = ChannelType.OFFLINE;
    String store = "S1";
    String province = "44";
    Double storeLat;
    Double storeLon;
    String dealer;
    String dealerProvince;
    Double dealerLat;
    Double dealerLon;
    String shipProvince;
    Double shipLat;
    Double shipLon;
    String sku = "P1";
    LocalDate launch;
    Long listPrice;
    long qty = 1;
    long unitPrice = 10_000_000;
    Double discount;
    String customer;
    String imei;
    String waybill;
    String campaign;
    SaleStatus status = SaleStatus.PAID;

    static Sales sale() { return new Sales(); }

    /** An online order on Tmall, shipped, with no store. */
    static Sales online() {
        Sales s = new Sales();
        s.channel = "Tmall";
        s.channelType = ChannelType.ONLINE;
        s.store = null;
        return s;
    }

    Sales row(long batch, String fileName, int row) { batchId = batch; file = fileName; sourceRow = row; return this; }
    Sales order(String id) { orderId = id; return this; }
    Sales line(int no) { lineNo = no; return this; }
    Sales at(String isoDateTime) { soldAt = LocalDateTime.parse(isoDateTime); return this; }
    Sales on(LocalDate day) { soldAt = day.atTime(10, 0); return this; }
    Sales channel(String name, ChannelType type) { channel = name; channelType = type; return this; }
    Sales store(String code) { store = code; return this; }
    Sales province(String code) { province = code; return this; }
    Sales storeAt(double lat, double lon) { storeLat = lat; storeLon = lon; return this; }
    Sales dealer(String code, String registeredProvince) { dealer = code; dealerProvince = registeredProvince; return this; }
    Sales dealerAt(double lat, double lon) { dealerLat = lat; dealerLon = lon; return this; }
    Sales shipTo(String provinceCode, Double lat, Double lon) { shipProvince = provinceCode; shipLat = lat; shipLon = lon; return this; }
    Sales sku(String code) { sku = code; return this; }
    Sales launched(String isoDate) { launch = LocalDate.parse(isoDate); return this; }
    Sales listPrice(long e4) { listPrice = e4; return this; }
    Sales qty(long units) { qty = units; return this; }
    Sales unitPrice(long e4) { unitPrice = e4; return this; }
    Sales discount(double rate) { discount = rate; return this; }
    Sales customer(String id) { customer = id; return this; }
    Sales imei(String value) { imei = value; return this; }
    Sales waybill(String value) { waybill = value; return this; }
    Sales status(SaleStatus value) { status = value; return this; }

    SaleFact build() {
        String key = orderId == null ? null : channel + '\u001f' + orderId + '\u001f' + sku + '\u001f' + lineNo;
        return new SaleFact(rowId, batchId, file, sourceRow, key, orderId, soldAt, channel, channelType, store,
                province, storeLat, storeLon, dealer, dealerProvince, dealerLat, dealerLon, shipProvince, shipLat,
                shipLon, sku, launch, listPrice, qty, unitPrice, qty * unitPrice, discount, customer, imei, waybill,
                campaign, status);
    }
}
