package org.salestrack.model.marketing;

/** Conversions out of trials, as an A/B variant reports them ("120/1000"). */
public record Conversions(long conversions, long trials) {
    public Conversions {
        if (trials <= 0) throw new IllegalArgumentException("trials must be positive, not " + trials);
        if (conversions < 0 || conversions > trials) {
            throw new IllegalArgumentException("conversions must lie between 0 and " + trials + ", not " + conversions);
        }
    }

    /** Reads "CONV/N", e.g. "120/1000". */
    public static Conversions parse(String text) {
        String[] p = text.trim().split("/");
        if (p.length != 2) throw new IllegalArgumentException("expected CONV/N such as 120/1000, not '" + text + "'");
        try {
            return new Conversions(Long.parseLong(p[0].trim()), Long.parseLong(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected CONV/N such as 120/1000, not '" + text + "'");
        }
    }
}
