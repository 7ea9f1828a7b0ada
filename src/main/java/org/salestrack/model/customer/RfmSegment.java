package org.salestrack.model.customer;

/**
 * Named places on the recency x frequency grid (scores 1-5, 5 best), the map most RFM tools use, with
 * "lost" split off the oldest, least frequent corner. Every one of the 25 cells has exactly one segment.
 */
public enum RfmSegment {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANNOT_LOSE,
    HIBERNATING, LOST;

    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) throw new IllegalArgumentException("scores outside 1-5: " + r + "," + f);
        return switch (r) {
            case 5 -> f == 1 ? NEW_CUSTOMERS : f <= 3 ? POTENTIAL_LOYALISTS : CHAMPIONS;
            case 4 -> f == 1 ? PROMISING : f <= 3 ? POTENTIAL_LOYALISTS : LOYAL;
            case 3 -> f <= 2 ? ABOUT_TO_SLEEP : f == 3 ? NEED_ATTENTION : LOYAL;
            case 2 -> f <= 2 ? HIBERNATING : f <= 4 ? AT_RISK : CANNOT_LOSE;
            default -> f <= 2 ? LOST : f <= 4 ? AT_RISK : CANNOT_LOSE;
        };
    }
}
