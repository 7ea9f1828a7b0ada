package org.salestrack.model.dealer;

import org.salestrack.model.InvalidInput;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The channel team's grading and rebate rules, saved in the workspace. Grade A needs all four A tests;
 * B needs the coverage; C is the rest. Rebate = base rate of the grade x sales + excess rate x (sales above
 * target, the excess only) + digital rate x sales for dealers on the brand's digital tools.
 *
 * @param aSalesYuan annualised sales must be above this (strictly)
 * @param aGrowth growth against the same period a year before, at least (0.15 = 15%)
 * @param aNps NPS at least
 * @param aResolved48h share of complaints resolved within 48 h, at least (0.9 = 90%)
 * @param bCoverage share of the territory covered, at least
 * @param rateA base rebate rate of grade A (the brief allows 1-5%), likewise {@code rateB}, {@code rateC}
 */
public record GradeRules(BigDecimal aSalesYuan, double aGrowth, double aNps, double aResolved48h, double bCoverage,
                         BigDecimal rateA, BigDecimal rateB, BigDecimal rateC, BigDecimal excessRate, BigDecimal digitalRate) {
    public static final BigDecimal MIN_BASE_RATE = new BigDecimal("0.01");
    public static final BigDecimal MAX_BASE_RATE = new BigDecimal("0.05");

    public static final GradeRules DEFAULTS = new GradeRules(new BigDecimal("50000000"), 0.15, 85, 0.90, 0.80,
            new BigDecimal("0.05"), new BigDecimal("0.03"), new BigDecimal("0.01"), new BigDecimal("0.08"), new BigDecimal("0.03"));

    public GradeRules {
        Objects.requireNonNull(aSalesYuan, "aSalesYuan");
        if (aSalesYuan.signum() < 0) throw InvalidInput.of("input.grade.sales_negative");
        if (aResolved48h < 0 || aResolved48h > 1) throw InvalidInput.of("input.grade.resolved_range");
        if (bCoverage < 0 || bCoverage > 1) throw InvalidInput.of("input.grade.coverage_range");
        for (BigDecimal r : new BigDecimal[] {rateA, rateB, rateC}) {
            if (r.compareTo(MIN_BASE_RATE) < 0 || r.compareTo(MAX_BASE_RATE) > 0) {
                throw InvalidInput.of("input.grade.base_rate", r.movePointRight(2).stripTrailingZeros().toPlainString());
            }
        }
        if (excessRate.signum() < 0 || digitalRate.signum() < 0) throw InvalidInput.of("input.grade.rate_negative");
        // one spelling per value, so rules read back from the workspace equal the ones saved
        aSalesYuan = aSalesYuan.setScale(2, java.math.RoundingMode.HALF_UP);
        rateA = plain(rateA);
        rateB = plain(rateB);
        rateC = plain(rateC);
        excessRate = plain(excessRate);
        digitalRate = plain(digitalRate);
    }

    private static BigDecimal plain(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public BigDecimal baseRate(Grade g) {
        return switch (g) { case A -> rateA; case B -> rateB; case C -> rateC; };
    }
}
