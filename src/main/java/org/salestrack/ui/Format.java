package org.salestrack.ui;

import org.salestrack.analytics.explore.ExplorerRow;
import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;

/**
 * Numbers as the user reads them: grouped integer units, yuan with ¥ on every amount, signed percentages.
 * Large amounts are shown in one unit (K/M/B in English, 万/亿 in Chinese); a column or a legend picks one
 * {@link Scale} for all its values so figures side by side compare at a glance.
 */
public final class Format {
    private Format() {}

    /** The unit a money figure is shown in. */
    public enum Scale {
        YUAN(1, "", 2), K(1_000, "K", 1), M(1_000_000, "M", 2), B(1_000_000_000, "B", 2), WAN(10_000, "万", 1), YI(100_000_000, "亿", 2);

        final long divisor;
        final String suffix;
        final int decimals;

        Scale(long divisor, String suffix, int decimals) {
            this.divisor = divisor;
            this.suffix = suffix;
            this.decimals = decimals;
        }
    }

    public static String units(long n, Locale l) { return NumberFormat.getIntegerInstance(l).format(n); }

    /** The exact amount: ¥279,256,254.00. */
    public static String money(long e4, Locale l) { return money(e4, Scale.YUAN, l); }

    public static String money(long e4, Scale scale, Locale l) {
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setMinimumFractionDigits(scale.decimals);
        f.setMaximumFractionDigits(scale.decimals);
        // decimal arithmetic, half up: 31,500 yuan is 3.2万, not the 3.1万 a binary 3.1499… would round to
        BigDecimal v = Money.ofE4(e4).divide(BigDecimal.valueOf(scale.divisor)).setScale(scale.decimals, RoundingMode.HALF_UP);
        return "¥" + f.format(v) + scale.suffix;
    }

    /** The unit for amounts up to {@code maxAbsE4}: 万 from ¥10,000 and 亿 from ¥100,000,000 in Chinese; K, M, B in English. */
    public static Scale scaleFor(long maxAbsE4, Locale l) {
        double yuan = Money.yuan(Math.abs(maxAbsE4));
        if (l.getLanguage().equals("zh")) {
            if (yuan >= 1e8) return Scale.YI;
            return yuan >= 1e4 ? Scale.WAN : Scale.YUAN;
        }
        if (yuan >= 1e9) return Scale.B;
        if (yuan >= 1e6) return Scale.M;
        return yuan >= 1e4 ? Scale.K : Scale.YUAN;
    }

    /** Large money compactly for tooltips and notes: ¥12.35M / ¥1,234.5万. */
    public static String moneyShort(long e4, Locale l) { return money(e4, scaleFor(e4, l), l); }

    /**
     * A headline amount (a KPI card): in Chinese in 万/亿 as Chinese readers count, in English exact;
     * the exact value goes in the card's tooltip either way.
     */
    public static String moneyHeadline(long e4, Locale l) {
        return l.getLanguage().equals("zh") ? moneyShort(e4, l) : money(e4, l);
    }

    /**
     * An amount in a table column whose largest amount is {@code columnMaxE4}: in Chinese the whole column in
     * one of 万/亿 as Chinese readers count (¥180.1万), in English exact; the column picks one unit for all rows.
     */
    public static String moneyInColumn(long e4, long columnMaxE4, Locale l) {
        return l.getLanguage().equals("zh") ? money(e4, scaleFor(columnMaxE4, l), l) : money(e4, l);
    }

    /**
     * A stored local date-time (ISO, "T" or space) as "2026-12-05 01:02:00": always with seconds, never with
     * fractions. Java's LocalDateTime.toString drops the seconds of a time on the minute, so the stored texts vary.
     */
    public static String dateTime(String iso) {
        if (iso == null || iso.isEmpty()) return "";
        String t = iso.replace('T', ' ');
        int dot = t.indexOf('.', 10);
        if (dot > 0) t = t.substring(0, dot);
        return t.length() == 16 && t.charAt(13) == ':' ? t + ":00" : t;
    }

    private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * A period key as the reader reads it: an ISO week 2025-W46 is 2025年第46周 in Chinese and stays as ISO writes it
     * in English; months, quarters and days are the same in both and pass through.
     */
    public static String period(String key, I18n i18n) {
        java.util.regex.Matcher w = key == null ? null : ISO_WEEK.matcher(key);
        if (w == null || !w.matches()) return key;
        return i18n.get("period.week", w.group(1), w.group(2), String.valueOf(Integer.parseInt(w.group(2))));
    }

    public static String percent(OptionalDouble v, Locale l) {
        if (v.isEmpty()) return "–";
        return String.format(l, "%.1f%%", v.getAsDouble() * 100);
    }

    public static String signedPercent(OptionalDouble v, Locale l) {
        if (v.isEmpty()) return "–";
        return String.format(l, "%+.1f%%", v.getAsDouble() * 100);
    }

    /** A change of a share in percentage points ("+1.2"), or "–". */
    public static String signedPoints(double fraction, Locale l) {
        return Double.isNaN(fraction) ? "–" : String.format(l, "%+.1f", fraction * 100);
    }

    public static String measure(Measure m, Measures v, Locale l) {
        return switch (m) {
            case UNITS -> units(v.qty(), l);
            case REVENUE -> money(v.amountE4(), l);
            case ASP -> money(v.aspE4(), l);
            case MARGIN -> money(v.marginE4(), l);
            // our lines alone hold no share of the market: the panel's cells do (ExplorerRow.value)
            case MARKET_SHARE_UNITS, MARKET_SHARE_VALUE -> "–";
        };
    }
}
