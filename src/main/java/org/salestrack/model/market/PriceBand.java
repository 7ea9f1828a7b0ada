package org.salestrack.model.market;

import org.salestrack.model.Money;

/**
 * A panel's price band in yuan, read from how research firms write it: {@code 3000-5999}, {@code <3000},
 * {@code 6000+}, {@code 6000以上}, {@code 3000以下}.
 *
 * @param lowYuan  the lowest price in the band (0 when open below)
 * @param highYuan the highest price in the band, or {@link Long#MAX_VALUE} when open above
 */
public record PriceBand(String label, long lowYuan, long highYuan) {
    /** The band a label names, or null when the label is not a band. */
    public static PriceBand parse(String label) {
        if (label == null) return null;
        String s = label.replace(",", "").replace("¥", "").replace("元", "").replace(" ", "").trim();
        try {
            if (s.startsWith("<")) return new PriceBand(label, 0, Long.parseLong(s.substring(1)) - 1);
            if (s.endsWith("以下")) return new PriceBand(label, 0, Long.parseLong(s.substring(0, s.length() - 2)) - 1);
            if (s.endsWith("+")) return new PriceBand(label, Long.parseLong(s.substring(0, s.length() - 1)), Long.MAX_VALUE);
            if (s.endsWith("以上")) return new PriceBand(label, Long.parseLong(s.substring(0, s.length() - 2)), Long.MAX_VALUE);
            int dash = s.indexOf('-');
            if (dash > 0) return new PriceBand(label, Long.parseLong(s.substring(0, dash)), Long.parseLong(s.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Every price in the band is under the limit. */
    public boolean entirelyBelow(long limitE4) { return highYuan != Long.MAX_VALUE && Money.e4OfWholeYuan(highYuan) < limitE4; }

    /** No price in the band is under the limit. */
    public boolean entirelyAtOrAbove(long limitE4) { return Money.e4OfWholeYuan(lowYuan) >= limitE4; }
}
