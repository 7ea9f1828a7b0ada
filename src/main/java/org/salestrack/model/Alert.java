package org.salestrack.model;

/** An alert for the dashboard and the alert list; {@code subject} identifies what it is about, once. */
public record Alert(long id, String at, String kind, String severity, String subject, String message, String status) {}
