package org.salestrack.model.report;

import java.time.LocalDateTime;

/** One counted sale line as the detail sheet lists it; money in e4 (ten-thousandths of a yuan). */
public record DetailLine(LocalDateTime soldAt, String orderId, int lineNo, String channel, String channelType,
                         String store, String dealer, String region, String province, String city, String sku,
                         String product, String series, long qty, long unitPriceE4, long amountE4,
                         Long marginE4, long batchId, int sourceRow) {}
