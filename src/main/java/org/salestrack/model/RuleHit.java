package org.salestrack.model;

/**
 * One finding of a validation rule, explained in plain words with the numbers that triggered it.
 * {@code fact} names the table {@code rowId} points into ("sale", "sell_in"), or "import" for a source row
 * that was never stored (then {@code rowId} is null). {@code hold} says the line stays out of every total
 * until a person accepts it.
 */
public record RuleHit(String rule, Severity severity, String fact, Long rowId, long batchId, String fileName,
                      int sourceRow, String why, boolean hold) {

    public static final String SALE = "sale";
    public static final String SELL_IN = "sell_in";
    public static final String IMPORT = "import";
}
