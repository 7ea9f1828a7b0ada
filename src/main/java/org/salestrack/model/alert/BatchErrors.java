package org.salestrack.model.alert;

/** A batch's open error findings (channel stuffing aside: it has its own rule) and its stored lines; {@code day} is when it came in. */
public record BatchErrors(long batch, String file, String day, long errors, long stored) {}
