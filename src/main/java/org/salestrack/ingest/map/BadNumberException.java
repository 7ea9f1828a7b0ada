package org.salestrack.ingest.map;

import org.salestrack.model.Message;

/** A number that cannot be read; the message is the reason in English, {@link #reason()} the same by key. */
public final class BadNumberException extends NumberFormatException {
    private final transient Message reason;

    BadNumberException(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    BadNumberException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public Message reason() { return reason; }
}
