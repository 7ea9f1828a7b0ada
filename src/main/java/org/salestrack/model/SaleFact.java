package org.salestrack.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored sell-out line as the validation rules see it: the line itself joined with what the rules need
 * from its dimensions (the dealer's registered province and location, the SKU's launch date and list price)
 * and where it came from (batch, file, source row). Money is in e4 (ten-thousandths of a yuan); provinces are GB/T 2260 codes for China.
 * Nullable fields are null when the source did not say. {@code province} is where the line is counted (a store's
 * line: its store's province); {@code fileProvince} is the province the file gave when it disagreed with that.
 */
public record SaleFact(
        long rowId,
        long batchId,
        String fileName,
        int sourceRow,
        String lineKey,
        String orderId,
        LocalDateTime soldAt,
        String channel,
        ChannelType channelType,
        String storeCode,
        String province,
        Double storeLat,
        Double storeLon,
        String dealerCode,
        String dealerProvince,
        Double dealerLat,
        Double dealerLon,
        String shipProvince,
        Double shipLat,
        Double shipLon,
        String sku,
        LocalDate skuLaunch,
        Long listPriceE4,
        long qty,
        long unitPriceE4,
        long amountE4,
        Double discountRate,
        String customerId,
        String imei,
        String waybill,
        String campaignCode,
        SaleStatus status,
        String fileProvince) {

    /** A line whose file agreed with its store's place, or gave none. */
    public SaleFact(long rowId, long batchId, String fileName, int sourceRow, String lineKey, String orderId, LocalDateTime soldAt,
                    String channel, ChannelType channelType, String storeCode, String province, Double storeLat, Double storeLon,
                    String dealerCode, String dealerProvince, Double dealerLat, Double dealerLon, String shipProvince, Double shipLat,
                    Double shipLon, String sku, LocalDate skuLaunch, Long listPriceE4, long qty, long unitPriceE4, long amountE4,
                    Double discountRate, String customerId, String imei, String waybill, String campaignCode, SaleStatus status) {
        this(rowId, batchId, fileName, sourceRow, lineKey, orderId, soldAt, channel, channelType, storeCode, province, storeLat, storeLon,
                dealerCode, dealerProvince, dealerLat, dealerLon, shipProvince, shipLat, shipLon, sku, skuLaunch, listPriceE4, qty,
                unitPriceE4, amountE4, discountRate, customerId, imei, waybill, campaignCode, status, null);
    }

    public LocalDate saleDate() { return soldAt.toLocalDate(); }

    /** A paid line with a positive quantity: a unit that left the shelf, as opposed to a refund or a void. */
    public boolean isSale() { return status == SaleStatus.PAID && qty > 0; }
}
