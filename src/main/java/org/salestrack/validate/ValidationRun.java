package org.salestrack.validate;

/**
 * The outcome of one validation run: what the rules found in its scope ({@code batch}, null for all),
 * how many findings were saved as open issues or skipped as already reviewed, and where the time went.
 */
public record ValidationRun(Long batch, ValidationReport report, int opened, int alreadyReviewed,
                            long lines, double loadSeconds, double ruleSeconds, double saveSeconds) {

    public double seconds() { return loadSeconds + ruleSeconds + saveSeconds; }
}
