package org.salestrack.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A text by message key and arguments, so it can be shown in any language the bundles hold. Each argument
 * is a ready-formatted {@link String} (numbers keep the format they had in English) or another
 * {@code Message} (a clause that itself depends on the language).
 */
public record Message(String key, List<Object> args) {
    /** The base bundle: the English every message also has, for the CLI, exceptions and stored texts. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public Message {
        Objects.requireNonNull(key, "key");
        for (Object a : args) {
            if (!(a instanceof String) && !(a instanceof Message)) {
                throw new IllegalArgumentException("a message argument is a String or a Message, not " + a);
            }
        }
        args = List.copyOf(args);
    }

    /** Numbers and dates are turned into text here, with {@link String#valueOf}, so they read the same in every language. */
    public static Message of(String key, Object... args) {
        List<Object> list = new ArrayList<>(args.length);
        for (Object a : args) list.add(a instanceof Message ? a : String.valueOf(a));
        return new Message(key, list);
    }

    /** A count as a message argument: grouped by thousands, the same in every language ("5,290,374"). */
    public static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** The text in English, as the CLI, the exceptions' messages and the stored texts carry it. */
    public String english() {
        return format(ENGLISH::getString, Locale.ROOT);
    }

    /**
     * The text through {@code patterns} (key to MessageFormat pattern). Patterns are always run through
     * MessageFormat, so a quote is written {@code ''} in every one of them.
     */
    public String format(Function<String, String> patterns, Locale locale) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object a = args.get(i);
            values[i] = a instanceof Message m ? m.format(patterns, locale) : a;
        }
        return new MessageFormat(patterns.apply(key), locale).format(values);
    }

    /** Every key this message uses, its own first. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(key);
        for (Object a : args) if (a instanceof Message m) keys.addAll(m.keys());
        return keys;
    }
}
