package org.salestrack.model;

import java.time.LocalDateTime;

/**
 * One sell-out line after mapping and normalisation. Money is in cents (long) so totals are exact;
 * {@code province} is a GB/T 2260 code for China, the text as given elsewhere.
 */
public record SaleLine(
        int sourceRow,
        String orderId,
        int lineNo,
        LocalDateTime soldAt,
        String channel,
        ChannelType channelType,
        String storeCode,
        String dealerCode,
        String country,
        String region,
        String province,
        String city,
        String postalCode,
        String sku,
        String productName,
        String model,
        String series,
        String category,
        long qty,
        long unitPriceCents,
        long amountCents,
        Double discountRate,
        Long discountCents,
        Long marginCents,
        String currency,
        String customerId,
        String customerSegment,
        String customerAgeBand,
        String imei,
        String waybill,
        String campaignCode,
        String shipProvince,
        Double shipLat,
        Double shipLon,
        SaleStatus status,
        boolean pickup) {

    /** The duplicate key of DESIGN.md: (channel, order_id, sku, line_no); null when there is no order id. */
    public String lineKey() {
        if (orderId == null || orderId.isEmpty()) return null;
        return channel + '\u001f' + orderId + '\u001f' + sku + '\u001f' + lineNo;
    }
}
