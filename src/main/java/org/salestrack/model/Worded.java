package org.salestrack.model;

/** A failure that says what went wrong in words for the screen, in any language ({@link Message}). */
public interface Worded {
    Message message();
}
