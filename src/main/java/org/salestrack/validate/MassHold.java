package org.salestrack.validate;

/**
 * A rule about to hold more lines than the guard allows without asking: {@code lines} of the
 * {@code totalLines} in the run's scope. A mis-set parameter is likelier than half a business being wrong.
 * When {@code running}, the rule has not finished: {@code lines} is its count so far, and it only grows.
 */
public record MassHold(String rule, long lines, long totalLines, boolean running) {
    /** A rule that has finished: {@code lines} is all it would hold. */
    public MassHold(String rule, long lines, long totalLines) {
        this(rule, lines, totalLines, false);
    }

    public double share() { return totalLines == 0 ? 0 : (double) lines / totalLines; }
}
