package org.salestrack.model;

import java.time.LocalDate;

/** A past campaign as the forecast's promotion driver sees it: its type (e.g. 满减, 以旧换新) and its days. */
public record PromotionPeriod(String code, String type, LocalDate starts, LocalDate ends) {
    public PromotionPeriod {
        if (ends.isBefore(starts)) throw new IllegalArgumentException("campaign " + code + " ends " + ends + " before it starts " + starts);
    }
}
