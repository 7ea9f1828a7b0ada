package org.salestrack.model.report;

import java.time.LocalDateTime;

/** One counted sale line as the detail sheet lists it; money in cents. */
public record DetailLine(LocalDateTime soldAt, String orderId, int lineNo, String channel, String channelType,
                         String store, String dealer, String region, String province, String city, String sku,
                         String product, String series, long qty, long unitPriceCents, long amountCents,
                         Long marginCents, long batchId, int sourceRow) {}
