package org.salestrack.analytics.feedback;

import java.util.List;

/**
 * What the language engine reads in one review or ticket: the probability that it is positive, its label,
 * the aspects it mentions and, when negative, the aspects it complains about (those of its negative clauses).
 */
public record Reading(double score, Label label, List<String> aspects, List<String> complaints) {
    public enum Label {
        POSITIVE, NEGATIVE;

        /** The label as the CLI and the bundles name it: positive, negative. */
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Reading {
        aspects = List.copyOf(aspects);
        complaints = List.copyOf(complaints);
    }

    public boolean negative() { return label == Label.NEGATIVE; }
}
