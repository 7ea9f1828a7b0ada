package org.salestrack.model.feedback;

import java.time.LocalDateTime;

/**
 * One imported review with the product and channel it belongs to. Product fields are null when the
 * review names a product the workspace does not know; ids are the dimension keys of the global filters.
 */
public record ReviewFact(String reviewId, LocalDateTime at, Long channelId, String channel, String channelType,
                         Long productId, String sku, String model, String series, String category, Integer rating, String text) {}
