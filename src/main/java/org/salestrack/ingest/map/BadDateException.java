package org.salestrack.ingest.map;

import java.time.DateTimeException;
import org.salestrack.ingest.read.ImportReasons;
import org.salestrack.model.Message;

/** A date or month that cannot be read; the message is the reason in English, {@link #reason()} the same by key. */
public final class BadDateException extends DateTimeException {
    private final transient Message reason;

    BadDateException(String key, Object... args) {
        super(Message.of(key, args).english());
        this.reason = Message.of(key, args);
    }

    public Message reason() { return reason; }

    /** The reason of any date failure: by key when it is ours, else the JDK's English as it is. */
    static Message of(DateTimeException e) {
        return e instanceof BadDateException b ? b.reason() : ImportReasons.verbatim(e.getMessage());
    }
}
