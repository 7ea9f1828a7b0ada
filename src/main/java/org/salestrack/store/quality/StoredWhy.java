package org.salestrack.store.quality;

import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;

/**
 * validation_issue.why as stored: a finding worded by its message alone keeps an empty text, and its English is
 * read back from the message (why_key, why_args). On the 10M-line workspace one rule's 5.3M findings carried 404 MB
 * of English their keys and arguments already said; writing it, and rewriting it on each review, was seconds of both.
 * Findings stored before keep their text and read as they were.
 */
public final class StoredWhy {
    private StoredWhy() {}

    /** The text to store for {@code hit}. */
    static String of(RuleHit hit) {
        return hit.wordedByMessage() ? "" : hit.why();
    }

    /** The English of a stored finding: its text, or its message's when the text was left to the message. */
    public static String english(String stored, String key, String args) {
        return english(stored, stored == null || stored.isEmpty() ? MessageJson.read(key, args) : null);
    }

    /** As {@link #english(String, String, String)}, with the message already read. */
    static String english(String stored, Message message) {
        return (stored == null || stored.isEmpty()) && message != null ? message.english() : stored;
    }
}
