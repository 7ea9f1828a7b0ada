package org.salestrack.analytics.dealer;

import org.salestrack.model.Money;
import static org.salestrack.analytics.dealer.DealerText.number;
import static org.salestrack.analytics.dealer.DealerText.percent;
import static org.salestrack.analytics.dealer.DealerText.yuan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.Message;
import org.salestrack.model.dealer.Grade;
import org.salestrack.model.dealer.GradeRules;
import org.salestrack.model.dealer.GradeVerdict;
import org.salestrack.model.dealer.Scorecard;
import org.salestrack.model.dealer.ServiceTickets;

/**
 * Grades a scorecard by the rules: A when annualised sales are above the threshold and growth on the same
 * period a year before, NPS and the 48 h resolution share are all at least theirs; else B when the
 * territory coverage is at least its threshold; else C. A missing figure (no sales a year before, no
 * service score) fails its test: a grade is earned on evidence. Pure.
 */
public final class Grading {
    /** Scores are averages of one-decimal figures: a mean that lands on the threshold may sit a rounding error below it. */
    private static final double EPSILON = 1e-9;

    private Grading() {}

    private record Test(boolean pass, Message text, Message need) {}

    public static GradeVerdict grade(Scorecard s, GradeRules r) {
        List<Test> a = List.of(sales(s, r), growth(s, r), nps(s, r), resolved(s, r));
        Test coverage = coverage(s, r);
        boolean isA = a.stream().allMatch(Test::pass);
        Message[] aTexts = a.stream().map(Test::text).toArray(Message[]::new);
        if (isA) return new GradeVerdict(Grade.A, Message.of("dealers.why.a", (Object[]) aTexts), List.of());
        List<Message> needA = new ArrayList<>();
        for (Test t : a) if (!t.pass()) needA.add(t.need());
        if (coverage.pass()) {
            return new GradeVerdict(Grade.B, Message.of("dealers.why.b", coverage.text(), aTexts[0], aTexts[1], aTexts[2], aTexts[3]), needA);
        }
        return new GradeVerdict(Grade.C, Message.of("dealers.why.c", coverage.text(), aTexts[0], aTexts[1], aTexts[2], aTexts[3]),
                List.of(coverage.need()));
    }

    private static Test sales(Scorecard s, GradeRules r) {
        BigDecimal annual = Money.ofE4(s.salesE4()).multiply(BigDecimal.valueOf(s.period().perYear()));
        boolean pass = annual.compareTo(r.aSalesYuan()) > 0;
        return new Test(pass, Message.of(pass ? "dealers.test.sales.pass" : "dealers.test.sales.fail", yuan(annual), yuan(r.aSalesYuan())),
                Message.of("dealers.need.sales", yuan(r.aSalesYuan().subtract(annual)), yuan(r.aSalesYuan())));
    }

    private static Test growth(Scorecard s, GradeRules r) {
        Double g = s.growthYear();
        if (g == null) return new Test(false, Message.of("dealers.test.growth.none"), Message.of("dealers.need.growth.none"));
        // in exact decimals: sales / before - 1 in doubles puts 115 on 100 at 14.999...%, below a 15% threshold it meets
        boolean pass = BigDecimal.valueOf(s.salesE4()).compareTo(BigDecimal.valueOf(s.yearBeforeSalesE4())
                .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(r.aGrowth())))) >= 0;
        return new Test(pass, Message.of(pass ? "dealers.test.growth.pass" : "dealers.test.growth.fail", percent(g), percent(r.aGrowth())),
                Message.of("dealers.need.growth", number((r.aGrowth() - g) * 100), percent(r.aGrowth())));
    }

    private static Test nps(Scorecard s, GradeRules r) {
        Double n = s.nps();
        if (n == null) return new Test(false, Message.of("dealers.test.nps.none"), Message.of("dealers.need.nps.none"));
        boolean pass = n >= r.aNps() - EPSILON;
        return new Test(pass, Message.of(pass ? "dealers.test.nps.pass" : "dealers.test.nps.fail", number(n), number(r.aNps())),
                Message.of("dealers.need.nps", number(r.aNps() - n), number(r.aNps())));
    }

    private static Test resolved(Scorecard s, GradeRules r) {
        Double v = s.resolved48h();
        if (v == null) return new Test(false, Message.of("dealers.test.resolved.none"), Message.of("dealers.need.resolved.none"));
        boolean pass = v >= r.aResolved48h() - EPSILON;
        ServiceTickets t = s.tickets();
        Message text = t == null
                ? Message.of(pass ? "dealers.test.resolved.pass" : "dealers.test.resolved.fail", percent(v), percent(r.aResolved48h()))
                : Message.of(pass ? "feedback.dealers.tickets.pass" : "feedback.dealers.tickets.fail", percent(v), percent(r.aResolved48h()),
                        String.valueOf(t.within48h()), String.valueOf(t.judged()));
        return new Test(pass, text,
                Message.of("dealers.need.resolved", number((r.aResolved48h() - v) * 100), percent(r.aResolved48h())));
    }

    /** Coverage in counties (in cities for a dealer whose files name none), and how many more would reach the threshold. */
    private static Test coverage(Scorecard s, GradeRules r) {
        int covered = s.coverage().covered().size();
        int territory = s.coverage().territory().size();
        double share = s.coverage().share();
        boolean pass = territory > 0 && covered >= r.bCoverage() * territory - EPSILON;
        int needed = (int) Math.ceil(r.bCoverage() * territory - 1e-9);
        boolean counties = s.coverage().counties();
        String text = counties ? (pass ? "dealers.test.coverage.counties.pass" : "dealers.test.coverage.counties.fail")
                : pass ? "dealers.test.coverage.pass" : "dealers.test.coverage.fail";
        return new Test(pass, Message.of(text, percent(share), percent(r.bCoverage()), String.valueOf(covered), String.valueOf(territory)),
                Message.of(counties ? "dealers.need.coverage.counties" : "dealers.need.coverage", String.valueOf(Math.max(1, needed - covered)),
                        percent(r.bCoverage())));
    }
}
