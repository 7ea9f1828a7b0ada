package org.salestrack.analytics.dealer;

import org.salestrack.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The figures inside grade explanations and rebate formulas, written the same in every language. */
public final class DealerText {
    private DealerText() {}

    /** Grouped by hand: a board writes some 20,000 amounts, and a DecimalFormat per amount cost more than the grading. */
    public static String yuan(BigDecimal v) {
        String plain = v.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        int point = plain.length() - 3;
        StringBuilder b = new StringBuilder(plain.length() + plain.length() / 3 + 2).append(v.signum() < 0 ? "-¥" : "¥");
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) b.append(',');
            b.append(plain.charAt(i));
        }
        return b.append(plain, point, plain.length()).toString();
    }

    public static String yuanE4(long e4) { return yuan(Money.ofE4(e4)); }

    /** 0.182 -> 18.2%; rates like 0.05 -> 5%. */
    public static String percent(double share) {
        return number(share * 100) + "%";
    }

    public static String rate(BigDecimal r) { return r.movePointRight(2).stripTrailingZeros().toPlainString() + "%"; }

    /** One decimal at most: 87 -> 87, 86.95 -> 87, 18.25 -> 18.3. */
    public static String number(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
