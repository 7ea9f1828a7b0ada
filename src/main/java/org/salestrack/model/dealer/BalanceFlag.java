package org.salestrack.model.dealer;

/** What a dealer-month's balance says. */
public enum BalanceFlag {
    /** sell-in well above sell-out plus stock change: units pushed into the channel */
    STUFFING,
    /** month-end stock drawn down by more than a set share of the month's sell-out: the dealer is emptying its warehouse */
    DESTOCKING,
    /** sell-out plus stock change above sell-in: sales or stock the shipments do not explain */
    DEFICIT,
    BALANCED;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
