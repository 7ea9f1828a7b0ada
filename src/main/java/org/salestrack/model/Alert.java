package org.salestrack.model;

import org.salestrack.model.alert.AlertLink;
import org.salestrack.model.alert.AlertStatus;

/**
 * An alert for the dashboard and the alert centre; {@code subject} identifies what it is about, once per
 * {@code kind} (the rule's id) and period. {@code message} is the English explanation; {@code why} the same as a
 * message the screen shows in its language (null for alerts whose module stores only the text).
 */
public record Alert(long id, String at, String kind, String severity, String subject, String message, String status,
                    String label, String period, Double value, Double reference, Double change, String owner, Message why, AlertLink link) {
    /** An alert as raised by a module that only stores its text. */
    public Alert(long id, String at, String kind, String severity, String subject, String message, String status) {
        this(id, at, kind, severity, subject, message, status, subject, null, null, null, null, null, null, null);
    }

    public AlertStatus state() { return AlertStatus.of(status); }

    /** What the alert is about as a person reads it. */
    public String shownSubject() { return label == null ? subject : label; }
}
