package org.salestrack.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One finding of a validation rule, explained in plain words with the numbers that triggered it.
 * {@code fact} names the table {@code rowId} points into ("sale", "sell_in"), or "import" for a source row
 * that was never stored (then {@code rowId} is null). A finding about a group of lines (a spike day, an
 * order) points at its first line and lists the others in {@code relatedRowIds}; they are held and
 * reviewed with it. {@code hold} says the lines stay out of every total until a person accepts them.
 * {@code why} is the explanation in English (the CLI and the reports print it); {@code message}, when not
 * null, is the same explanation as a message key and arguments, so a screen can show it in its language.
 */
public record RuleHit(String rule, Severity severity, String fact, Long rowId, long batchId, String fileName,
                      int sourceRow, String why, boolean hold, List<Long> relatedRowIds, Message message) {

    public static final String SALE = "sale";
    public static final String SELL_IN = "sell_in";
    public static final String IMPORT = "import";

    public RuleHit {
        relatedRowIds = List.copyOf(relatedRowIds);
    }

    /** A finding explained in English only. */
    public RuleHit(String rule, Severity severity, String fact, Long rowId, long batchId, String fileName,
                   int sourceRow, String why, boolean hold, List<Long> relatedRowIds) {
        this(rule, severity, fact, rowId, batchId, fileName, sourceRow, why, hold, relatedRowIds, null);
    }

    /** A finding about one line. */
    public RuleHit(String rule, Severity severity, String fact, Long rowId, long batchId, String fileName,
                   int sourceRow, String why, boolean hold) {
        this(rule, severity, fact, rowId, batchId, fileName, sourceRow, why, hold, List.of());
    }

    /** The row and its related rows. */
    public List<Long> allRowIds() {
        if (rowId == null) return relatedRowIds;
        if (relatedRowIds.isEmpty()) return List.of(rowId);
        ArrayList<Long> all = new ArrayList<>(relatedRowIds.size() + 1);
        all.add(rowId);
        all.addAll(relatedRowIds);
        return List.copyOf(all);
    }
}
