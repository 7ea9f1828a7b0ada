package org.salestrack.analytics.dealer;

import static org.salestrack.analytics.dealer.DealerText.rate;
import static org.salestrack.analytics.dealer.DealerText.yuan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.salestrack.model.Money;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.dealer.Rebate;
import org.salestrack.model.dealer.Scorecard;

/**
 * The one rebate calculation (screen, CLI and workbook): base rate of the grade x sales, plus the excess
 * rate on the sales above target only, plus the logistics subsidy rate x sales for dealers on the brand's
 * digital tools. Each part is rounded half-up to the cent; the total is the sum of the rounded parts, so
 * the parts a reader adds up give the total. Pure.
 */
public final class Rebates {
    private Rebates() {}

    public static Rebate of(Scorecard s, Grade grade, GradeRules r) {
        return of(Money.ofE4(s.salesE4()), s.targetE4() == null ? null : Money.ofE4(s.targetE4()),
                grade, s.dealer().digitalTools(), r);
    }

    public static Rebate of(BigDecimal sales, BigDecimal target, Grade grade, boolean digital, GradeRules r) {
        BigDecimal baseRate = r.baseRate(grade);
        BigDecimal base = toTheCent(sales.multiply(baseRate));
        // sales and target stay exact (up to 4 places, as the source wrote them); only the payable parts are rounded
        BigDecimal over = target == null ? BigDecimal.ZERO.setScale(2) : twoPlacesAtLeast(sales.subtract(target).max(BigDecimal.ZERO));
        BigDecimal excess = toTheCent(over.multiply(r.excessRate()));
        BigDecimal digitalRate = digital ? r.digitalRate() : BigDecimal.ZERO;
        BigDecimal logistics = toTheCent(sales.multiply(digitalRate));
        return new Rebate(grade, twoPlacesAtLeast(sales), target == null ? null : twoPlacesAtLeast(target),
                baseRate, base, over, r.excessRate(), excess, digital, digitalRate, logistics, base.add(excess).add(logistics));
    }

    /** A rebate is paid to the cent (fen): each part rounded half up. */
    private static BigDecimal toTheCent(BigDecimal v) { return v.setScale(2, RoundingMode.HALF_UP); }

    private static BigDecimal twoPlacesAtLeast(BigDecimal v) { return v.scale() >= 2 ? v : v.setScale(2); }

    /**
     * The calculation written out with its figures, e.g.
     * {@code 3% × ¥1,000,000.00 + 8% × (¥1,000,000.00 − ¥900,000.00) + 3% × ¥1,000,000.00 = ¥30,000.00 + ¥8,000.00 + ¥30,000.00 = ¥68,000.00}.
     * Symbols and figures only, so it reads the same in every language.
     */
    public static String formula(Rebate b) {
        StringBuilder f = new StringBuilder();
        StringBuilder parts = new StringBuilder();
        f.append(rate(b.baseRate())).append(" × ").append(yuan(b.sales()));
        parts.append(yuan(b.base()));
        f.append(" + ").append(rate(b.excessRate())).append(" × ");
        if (b.target() == null) f.append("0");
        else f.append("max(0, ").append(yuan(b.sales())).append(" − ").append(yuan(b.target())).append(')');
        parts.append(" + ").append(yuan(b.excess()));
        if (b.digitalTools()) {
            f.append(" + ").append(rate(b.digitalRate())).append(" × ").append(yuan(b.sales()));
            parts.append(" + ").append(yuan(b.logistics()));
        }
        return f.append(" = ").append(parts).append(" = ").append(yuan(b.total())).toString();
    }
}
