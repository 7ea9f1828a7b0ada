package org.salestrack.analytics.feedback;

import org.salestrack.model.feedback.ReviewFact;

/** An imported review and what the language engine read in it. */
public record ReadReview(ReviewFact fact, Reading reading) {}
