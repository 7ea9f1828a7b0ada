package org.salestrack.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One finding of a validation rule, explained in plain words with the numbers that triggered it.
 * {@code fact} names the table {@code rowId} points into ("sale", "sell_in"), or "import" for a source row
 * that was never stored (then {@code rowId} is null). A finding about a group of lines (a spike day, an
 * order) points at its first line and lists the others in {@code relatedRowIds}; they are held and
 * reviewed with it. {@code hold} says the lines stay out of every total until a person accepts them.
 * {@code why} is the explanation in English (the CLI and the reports print it); {@code message}, when not
 * null, is the same explanation as a message key and arguments, so a screen can show it in its language.
 * A rule that words its finding by the message alone passes a null {@code why}: {@link #why()} is then the
 * message's English, and a store may keep the message without the text (see {@link #wordedByMessage()}).
 */
public record RuleHit(String rule, Severity severity, String fact, Long rowId, long batchId, String fileName,
                      int sourceRow, String why, boolean hold, List<Long> relatedRowIds, Message message) {

    public static final String SALE = "sale";
    public static final String SELL_IN = "sell_in";
    public static final String IMPORT = "import";

    /**
     * English texts of recent messages: a rule that fires on millions of lines says the same few thousand things
     * (a dealer, its province and where the unit went), and formatting each through MessageFormat again cost more
     * than the rule. Emptied when full, so it stays small.
     */
    private static final Map<Message, String> ENGLISH = new ConcurrentHashMap<>();
    private static final int ENGLISH_KEPT = 20_000;

    public RuleHit {
        relatedRowIds = List.copyOf(relatedRowIds);
        if (why == null && message == null) throw new IllegalArgumentException("a finding is explained in English or by a message");
    }

    /** A finding worded by its message alone: its English is the message's. */
    public RuleHit(String rule, Severity severity, String fact, Long rowId, long batchId, String fileName,
                   int sourceRow, boolean hold, List<Long> relatedRowIds, Message message) {
        this(rule, severity, fact, rowId, batchId, fileName, sourceRow, null, hold, relatedRowIds, message);
    }

    /** The explanation in English: as the rule worded it, or else its message's English. */
    @Override
    public String why() {
        if (why != null) return why;
        String text = ENGLISH.get(message);
        if (text != null) return text;
        text = message.english();
        if (ENGLISH.size() >= ENGLISH_KEPT) ENGLISH.clear();
        ENGLISH.put(message, text);
        return text;
    }

    /**
     * Whether the English is the message's word for word, so that keeping the message keeps the text: 5.3M findings
     * of one rule carried 404 MB of English that their keys and arguments already say.
     */
    public boolean wordedByMessage() {
        return why == null;
    }

    /** The same finding holding its lines or not. */
    public RuleHit withHold(boolean holds) {
        return new RuleHit(rule, severity, fact, rowId, batchId, fileName, sourceRow, why, holds, relatedRowIds, message);
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
