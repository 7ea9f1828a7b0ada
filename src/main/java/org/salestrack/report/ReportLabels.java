package org.salestrack.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sheet names, headers and notes of the workbooks in the UI language (bundle i18n/report). The bundle
 * never falls back to the JVM's default locale: an English report on a Chinese desktop stays English.
 */
public final class ReportLabels {
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportLabels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Plain "zh" means Simplified Chinese here: the bundle is report_zh_CN and "zh" alone would not find it. */
    public static ReportLabels of(Locale locale) {
        if (locale.getLanguage().equals(Locale.CHINESE.getLanguage()) && locale.getCountry().isEmpty()) locale = Locale.SIMPLIFIED_CHINESE;
        ResourceBundle b = ResourceBundle.getBundle("i18n.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportLabels(b, locale);
    }

    public Locale locale() { return locale; }

    public boolean chinese() { return locale.getLanguage().equals(Locale.CHINESE.getLanguage()); }

    public String get(String key) { return bundle.getString(key); }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
