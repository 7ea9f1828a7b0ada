package org.salestrack.model;

import java.time.LocalDateTime;

/**
 * One sell-out line after mapping and normalisation. Money is in e4 (ten-thousandths of a yuan) (long) so totals are exact;
 * {@code province} is a GB/T 2260 code for China, the text as given elsewhere; {@code county} the county (区/县) as the
 * source names it (a code or a name; the store resolves it to its GB/T 2260 code), null when not given.
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
        long unitPriceE4,
        long amountE4,
        Double discountRate,
        Long discountE4,
        Long marginE4,
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
        boolean pickup,
        String county) {

    /**
     * A 64-bit hash of the duplicate key of DESIGN.md, (channel, order_id, sku, line_no); null when there is
     * no order id. The store indexes the hash and compares the fields themselves, so a collision is harmless.
     */
    public Long lineKey() {
        if (orderId == null || orderId.isEmpty()) return null;
        long h = 0xcbf29ce484222325L;
        h = mix(h, channel);
        h = mix(h, orderId);
        h = mix(h, sku);
        h = (h ^ lineNo) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return (h ^ 0x1f) * 0x100000001b3L;
    }
}
