package org.salestrack.model.dealer;

/** One dealer of a ranking: its figures, its grade with the reasons, its rebate. */
public record DealerRow(Scorecard card, GradeVerdict verdict, Rebate rebate) {
    public String code() { return card.dealer().code(); }

    public Grade grade() { return verdict.grade(); }
}
