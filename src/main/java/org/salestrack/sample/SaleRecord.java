package org.salestrack.sample;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.salestrack.model.County;
import org.salestrack.model.SaleStatus;

/**
 * One sell-out line as the generator knows it, before a writer shapes it for its source. Dealer lines
 * are monthly aggregates without order id, store or customer. {@code county} is a county of its city: a dealer line
 * names it, a store line has its store's (the store master names it), an online line none.
 */
public record SaleRecord(Channel channel, String orderId, int lineNo, LocalDateTime soldAt, String storeCode,
                         String dealerCode, String provinceCode, String city, Product product, int qty,
                         long unitPriceE4, long amountE4, Customer customer, String imei, String waybill,
                         String campaignCode, SaleStatus status, County county) {

    public YearMonth month() { return YearMonth.from(soldAt); }

    /** The duplicate key of DESIGN.md (channel, order_id, sku, line_no); null for dealer aggregates. */
    public String lineKey() {
        return orderId == null ? null : channel.id() + '|' + orderId + '|' + product.sku() + '|' + lineNo;
    }

    public SaleRecord withImei(String newImei) {
        return new SaleRecord(channel, orderId, lineNo, soldAt, storeCode, dealerCode, provinceCode, city, product, qty,
                unitPriceE4, amountE4, customer, newImei, waybill, campaignCode, status, county);
    }

    public SaleRecord withWaybill(String newWaybill) {
        return new SaleRecord(channel, orderId, lineNo, soldAt, storeCode, dealerCode, provinceCode, city, product, qty,
                unitPriceE4, amountE4, customer, imei, newWaybill, campaignCode, status, county);
    }

    public SaleRecord withCustomer(Customer newCustomer) {
        return new SaleRecord(channel, orderId, lineNo, soldAt, storeCode, dealerCode, provinceCode, city, product, qty,
                unitPriceE4, amountE4, newCustomer, imei, waybill, campaignCode, status, county);
    }

    public SaleRecord withQty(int newQty) {
        return new SaleRecord(channel, orderId, lineNo, soldAt, storeCode, dealerCode, provinceCode, city, product, newQty,
                unitPriceE4, unitPriceE4 * newQty, customer, imei, waybill, campaignCode, status, county);
    }

    public SaleRecord withLineNo(int newLineNo) {
        return new SaleRecord(channel, orderId, newLineNo, soldAt, storeCode, dealerCode, provinceCode, city, product, qty,
                unitPriceE4, amountE4, customer, imei, waybill, campaignCode, status, county);
    }
}
