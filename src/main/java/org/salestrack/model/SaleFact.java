package org.salestrack.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored sell-out line as the validation rules see it: the line itself joined with what the rules need
 * from its dimensions (the dealer's registered province and location, the SKU's launch date and list price)
 * and where it came from (batch, file, source row). Money is in cents; provinces are GB/T 2260 codes for China.
 * Nullable fields are null when the source did not say.
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
        Long listPriceCents,
        long qty,
        long unitPriceCents,
        long amountCents,
        Double discountRate,
        String customerId,
        String imei,
        String waybill,
        String campaignCode,
        SaleStatus status) {

    public LocalDate saleDate() { return soldAt.toLocalDate(); }

    /** A paid line with a positive quantity: a unit that left the shelf, as opposed to a refund or a void. */
    public boolean isSale() { return status == SaleStatus.PAID && qty > 0; }
}
