package org.salestrack.model.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One imported review with the product and channel it belongs to. Product fields are null when the
 * review names a product the workspace does not know; ids are the dimension keys of the global filters.
 * An online review has no store: its place is the one of the order it was written on (the ship-to province,
 * sales region and city of that order's sale line), null when the sales do not hold the order.
 *
 * @param province GB/T 2260 code of the order's province, or null
 * @param launch the first day of the model's life: the product master's launch date, else its first sale; null when
 *               neither is known
 */
public record ReviewFact(String reviewId, LocalDateTime at, Long channelId, String channel, String channelType,
                         Long productId, String sku, String model, String series, String category, Integer rating, String text,
                         String province, String region, String city, LocalDate launch) {

    /** A review whose order's place and whose model's launch are not known. */
    public ReviewFact(String reviewId, LocalDateTime at, Long channelId, String channel, String channelType, Long productId, String sku,
                      String model, String series, String category, Integer rating, String text) {
        this(reviewId, at, channelId, channel, channelType, productId, sku, model, series, category, rating, text, null, null, null, null);
    }
}
