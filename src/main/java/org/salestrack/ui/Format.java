package org.salestrack.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import org.salestrack.model.cube.Measure;
import org.salestrack.model.cube.Measures;

/** Numbers as the user reads them: grouped units, yuan with two decimals, signed percentages. */
public final class Format {
    private Format() {}

    public static String units(long n, Locale l) { return NumberFormat.getIntegerInstance(l).format(n); }

    public static String money(long cents, Locale l) {
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return "¥" + f.format(cents / 100.0);
    }

    /** Large money compactly for tiles and tooltips: ¥12.3M / ¥1234.5万. */
    public static String moneyShort(long cents, Locale l) {
        double yuan = cents / 100.0;
        if (l.getLanguage().equals("zh")) {
            if (Math.abs(yuan) >= 1e8) return String.format(l, "¥%.2f亿", yuan / 1e8);
            if (Math.abs(yuan) >= 1e4) return String.format(l, "¥%.1f万", yuan / 1e4);
        } else {
            if (Math.abs(yuan) >= 1e9) return String.format(l, "¥%.2fB", yuan / 1e9);
            if (Math.abs(yuan) >= 1e6) return String.format(l, "¥%.2fM", yuan / 1e6);
            if (Math.abs(yuan) >= 1e4) return String.format(l, "¥%.1fK", yuan / 1e3);
        }
        return money(cents, l);
    }

    public static String percent(OptionalDouble v, Locale l) {
        if (v.isEmpty()) return "–";
        return String.format(l, "%.1f%%", v.getAsDouble() * 100);
    }

    public static String signedPercent(OptionalDouble v, Locale l) {
        if (v.isEmpty()) return "–";
        return String.format(l, "%+.1f%%", v.getAsDouble() * 100);
    }

    public static String measure(Measure m, Measures v, Locale l) {
        return switch (m) {
            case UNITS -> units(v.qty(), l);
            case REVENUE -> money(v.amountCents(), l);
            case ASP -> money(v.aspCents(), l);
            case MARGIN -> money(v.marginCents(), l);
        };
    }
}
