package org.salestrack.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.analytics.marketing.BetaBinomialTest;
import org.salestrack.analytics.marketing.ThompsonSplit;
import org.salestrack.model.marketing.AbResult;
import org.salestrack.model.marketing.Conversions;
import org.salestrack.model.marketing.Posterior;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code abtest}: a Bayesian (Beta-Binomial, uniform prior) comparison of two conversion rates. */
@Command(name = "abtest", description = "Bayesian A/B test of two conversion rates (Beta-Binomial, uniform prior).")
final class AbTestCommand implements Callable<Integer> {
    @Option(names = "--a", required = true, paramLabel = "CONV/N", description = "Variant A: conversions/trials, e.g. 120/1000.")
    String a;

    @Option(names = "--b", required = true, paramLabel = "CONV/N", description = "Variant B: conversions/trials, e.g. 145/1000.")
    String b;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Conversions ca = Conversions.parse(a);
        Conversions cb = Conversions.parse(b);
        AbResult r = BetaBinomialTest.compare(ca, cb);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("p_b_beats_a", CampaignsCommand.round(r.probabilityBBeatsA(), 6));
            m.put("expected_loss_a", CampaignsCommand.round(r.expectedLossA(), 8));
            m.put("expected_loss_b", CampaignsCommand.round(r.expectedLossB(), 8));
            m.put("a", posterior(r.a()));
            m.put("b", posterior(r.b()));
            out.println(Json.write(m));
            return 0;
        }
        double[] split = ThompsonSplit.shares(List.of(ca, cb), ThompsonSplit.DEFAULT_ROUNDS, 42);
        out.printf(Locale.ROOT, "P(B > A) = %.4f%n", r.probabilityBBeatsA());
        out.printf(Locale.ROOT, "A: %.4f (%.0f%% credible %.4f .. %.4f), expected loss choosing A %.6f%n", r.a().mean(),
                r.credibleLevel() * 100, r.a().low(), r.a().high(), r.expectedLossA());
        out.printf(Locale.ROOT, "B: %.4f (%.0f%% credible %.4f .. %.4f), expected loss choosing B %.6f%n", r.b().mean(),
                r.credibleLevel() * 100, r.b().low(), r.b().high(), r.expectedLossB());
        out.printf(Locale.ROOT, "budget split (Thompson sampling): A %.1f%%, B %.1f%%%n", split[0] * 100, split[1] * 100);
        return 0;
    }

    private static Map<String, Object> posterior(Posterior p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", CampaignsCommand.round(p.mean(), 6));
        m.put("low", CampaignsCommand.round(p.low(), 6));
        m.put("high", CampaignsCommand.round(p.high(), 6));
        return m;
    }
}
