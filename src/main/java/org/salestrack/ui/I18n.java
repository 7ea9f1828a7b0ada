package org.salestrack.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.salestrack.model.Message;

/**
 * Every visible string comes from i18n/messages*.properties through here. Views bind to
 * {@link #bind(String, Object...)} so switching the language relabels the open window in place.
 */
public final class I18n {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(ENGLISH);
    // bundles are looked up from the locale on every get, not swapped by a listener: bindings may
    // recompute during the locale's invalidation, before any change listener would have run
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public I18n(Locale initial) {
        locale.set(initial);
    }

    private ResourceBundle bundle() { return bundles.computeIfAbsent(locale.get(), I18n::load); }

    private static ResourceBundle load(Locale l) {
        // no fallback to the JVM's default locale: English is the base bundle
        return ResourceBundle.getBundle("i18n.messages", l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() { return locale; }

    public Locale locale() { return locale.get(); }

    public boolean chinese() { return locale.get().getLanguage().equals("zh"); }

    public boolean has(String key) { return bundle().containsKey(key); }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? text : new MessageFormat(text, locale.get()).format(args);
    }

    /**
     * A message (a rule's explanation, say) in the current language; {@code fallback} when the bundle lacks one
     * of its keys, as for a message written by a newer version of the workbench.
     */
    public String get(Message message, String fallback) {
        ResourceBundle b = bundle();
        for (String k : message.keys()) if (!b.containsKey(k)) return fallback;
        return message.format(b::getString, locale.get());
    }

    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
