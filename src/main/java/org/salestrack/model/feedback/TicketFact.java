package org.salestrack.model.feedback;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One imported service ticket with its store, dealer and product; {@code resolvedAt} null while open. Its place
 * ({@code province} code, sales {@code region}, {@code city}) is its store's, else its dealer's registered one.
 */
public record TicketFact(String ticketId, LocalDateTime openedAt, LocalDateTime resolvedAt, String status, String category,
                         Long storeId, String storeCode, Long dealerId, String dealerCode, String dealerName, String province,
                         Long channelId, Long productId, String sku, String model, String series, String productCategory, String text,
                         String region, String city) {

    /** Hours from opening to resolution, or to {@code now} while open. */
    public double hoursOpen(LocalDateTime now) {
        LocalDateTime end = resolvedAt != null ? resolvedAt : now;
        return Duration.between(openedAt, end).toMinutes() / 60.0;
    }
}
