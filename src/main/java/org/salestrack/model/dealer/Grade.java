package org.salestrack.model.dealer;

/** A dealer's grade; A is the best. */
public enum Grade {
    A, B, C;

    /** The grade one better, or null for A. */
    public Grade next() { return this == C ? B : this == B ? A : null; }
}
