package org.salestrack.validate;

/**
 * A rule about to hold more lines than the guard allows without asking: {@code lines} of the
 * {@code totalLines} in the run's scope. A mis-set parameter is likelier than half a business being wrong.
 */
public record MassHold(String rule, long lines, long totalLines) {
    public double share() { return totalLines == 0 ? 0 : (double) lines / totalLines; }
}
