package org.salestrack.validate;

/**
 * The outcome of one validation run: what the rules found in its scope ({@code batch}, null for all),
 * how many findings were saved as open issues or skipped as already reviewed, where the time went, and the
 * rules whose holds the guard refused ({@code notHeld}: their findings were saved without holding lines).
 */
public record ValidationRun(Long batch, ValidationReport report, int opened, int alreadyReviewed,
                            long lines, double loadSeconds, double ruleSeconds, double saveSeconds, java.util.List<MassHold> notHeld) {

    public ValidationRun {
        notHeld = java.util.List.copyOf(notHeld);
    }

    public double seconds() { return loadSeconds + ruleSeconds + saveSeconds; }
}
