package org.salestrack.model;

/**
 * A value a user typed that cannot be taken (a rule's threshold, a cut point), with what is wrong in words for the
 * screen in any language; {@link #getMessage()} is the English, as logs and the CLI say it.
 */
public final class InvalidInput extends IllegalArgumentException implements Worded {
    private final transient Message message;

    public InvalidInput(Message message) {
        super(message.english());
        this.message = message;
    }

    public static InvalidInput of(String key, Object... args) { return new InvalidInput(Message.of(key, args)); }

    @Override
    public Message message() { return message; }
}
