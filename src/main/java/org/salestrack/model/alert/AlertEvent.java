package org.salestrack.model.alert;

/** One entry of an alert's history: raised, assigned (detail: the owner), status (detail: the new status) or comment (detail: its text). */
public record AlertEvent(long id, String at, String who, String action, String detail) {}
