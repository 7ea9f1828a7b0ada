package org.salestrack.analytics.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.salestrack.model.marketing.Attribution;
import org.salestrack.model.marketing.AttributionModel;
import org.salestrack.model.marketing.ChannelCredit;
import org.salestrack.model.marketing.Journey;
import org.salestrack.model.marketing.Journeys;

class AttributionTest {
    private static final int A = 0, B = 1, C = 2;

    /** The issue's case: {A: 10, B: 5, A+B: 20, A+B+C: 9, C: 0} gives Shapley A 23, B 18, C 3. */
    @Test
    void shapleyValuesOfTheIssuesJourneys() {
        List<Journey> j = new ArrayList<>();
        repeat(j, 10, A);
        repeat(j, 5, B);
        repeat(j, 20, A, B);
        repeat(j, 9, A, B, C);
        j.add(Journey.of(false, 0, C));
        Attribution s = ShapleyAttribution.attribute(new Journeys(List.of("A", "B", "C"), j));
        assertThat(s.channel("A").conversions()).isCloseTo(23, within(1e-9));
        assertThat(s.channel("B").conversions()).isCloseTo(18, within(1e-9));
        assertThat(s.channel("C").conversions()).isCloseTo(3, within(1e-9));
        // every journey here is worth 100: revenue follows the conversions
        assertThat(s.channel("A").value()).isCloseTo(2300, within(1e-6));
    }

    /**
     * By hand: start->A 2/3, start->B 1/3, A->conv 1/2, A->B 1/2, B->conv 1/2, B->null 1/2. P(conv) = 2/3;
     * without A: 1/6 (effect 3/4); without B: 1/3 (effect 1/2). Two conversions shared 3:2.
     */
    @Test
    void markovRemovalEffectsOfAHandSolvedChain() {
        List<Journey> j = List.of(Journey.of(true, 100, A), Journey.of(true, 300, A, B), Journey.of(false, 0, B));
        Attribution m = MarkovAttribution.attribute(new Journeys(List.of("A", "B"), j));
        assertThat(m.channel("A").removalEffect()).isCloseTo(0.75, within(1e-12));
        assertThat(m.channel("B").removalEffect()).isCloseTo(0.5, within(1e-12));
        assertThat(m.channel("A").conversions()).isCloseTo(1.2, within(1e-12));
        assertThat(m.channel("B").conversions()).isCloseTo(0.8, within(1e-12));
        assertThat(m.channel("A").value()).isCloseTo(240, within(1e-9));
    }

    /** The exact solve agrees with a long simulation of the same chain (an independent computation). */
    @Test
    void markovConversionProbabilityMatchesASimulationOfTheChain() {
        Random rng = new Random(7);
        List<Journey> j = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int len = 1 + rng.nextInt(4);
            int[] ch = new int[len];
            for (int k = 0; k < len; k++) ch[k] = rng.nextInt(3);
            j.add(Journey.of(rng.nextDouble() < 0.3 + 0.2 * (ch[len - 1] == 2 ? 1 : 0), 1, ch));
        }
        double[][] moves = new double[4][4];
        double[] conv = new double[4], nul = new double[4];
        for (Journey x : j) {
            int from = 0;
            for (int c : x.channels()) { moves[from][c + 1]++; from = c + 1; }
            if (x.converted()) conv[from]++; else nul[from]++;
        }
        double exact = MarkovAttribution.conversionProbability(moves, conv, nul, -1);
        Random walk = new Random(11);
        int hits = 0, runs = 400_000;
        for (int r = 0; r < runs; r++) {
            int s = 0;
            while (true) {
                double total = conv[s] + nul[s];
                for (double v : moves[s]) total += v;
                double u = walk.nextDouble() * total;
                if ((u -= conv[s]) < 0) { hits++; break; }
                if ((u -= nul[s]) < 0) break;
                int t = 0;
                while ((u -= moves[s][t]) >= 0) t++;
                s = t;
            }
        }
        assertThat(exact).isCloseTo(hits / (double) runs, within(0.004));
        assertThat(exact).isCloseTo(j.stream().filter(Journey::converted).count() / 2000.0, within(0.03));
    }

    @Test
    void positionRulesShareEachConversion() {
        long day = 86_400;
        Journey four = new Journey(new int[] {A, B, B, C}, new long[] {0, 7 * day, 14 * day, 21 * day}, true, 1000);
        Journeys data = new Journeys(List.of("A", "B", "C"), List.of(four, Journey.of(false, 0, A)));
        assertThat(credit(data, AttributionModel.FIRST)).containsExactly(1.0, 0.0, 0.0);
        assertThat(credit(data, AttributionModel.LAST)).containsExactly(0.0, 0.0, 1.0);
        assertThat(credit(data, AttributionModel.LINEAR)).containsExactly(0.25, 0.5, 0.25);
        assertThat(credit(data, AttributionModel.POSITION)).containsExactly(new double[] {0.4, 0.2, 0.4}, within(1e-12));
        // weekly half-life: weights 1/8, 1/4, 1/2, 1 over 15/8
        double[] decay = credit(data, AttributionModel.TIME_DECAY);
        assertThat(decay[0]).isCloseTo(1.0 / 15, within(1e-12));
        assertThat(decay[1]).isCloseTo(6.0 / 15, within(1e-12));
        assertThat(decay[2]).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(Attributions.run(data, AttributionModel.POSITION).channel("B").value()).isCloseTo(200, within(1e-9));
    }

    @Test
    void everyModelHandsOutExactlyTheConversions() {
        Random rng = new Random(3);
        List<Journey> j = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int len = 1 + rng.nextInt(5);
            int[] ch = new int[len];
            long[] t = new long[len];
            for (int k = 0; k < len; k++) { ch[k] = rng.nextInt(6); t[k] = k * 3600L * (1 + rng.nextInt(48)); }
            j.add(new Journey(ch, t, rng.nextBoolean(), 100 + rng.nextInt(900)));
        }
        Journeys data = new Journeys(List.of("a", "b", "c", "d", "e", "f"), j);
        for (AttributionModel m : AttributionModel.values()) {
            Attribution a = Attributions.run(data, m);
            assertThat(a.channels().stream().mapToDouble(ChannelCredit::conversions).sum()).as(m.id())
                    .isCloseTo(data.conversions(), within(1e-6));
            assertThat(a.channels().stream().mapToDouble(ChannelCredit::value).sum()).as(m.id())
                    .isCloseTo(data.value(), within(1e-6));
        }
    }

    @Test
    void journeysEndAtAnOrderOrAfterAMonthOfSilence() {
        JourneyBuilder b = new JourneyBuilder(List.of("A", "B"));
        long day = 86_400;
        b.add(1, 0, A, false, 0);
        b.add(1, day, B, true, 500);
        b.add(1, 2 * day, A, false, 0);
        b.add(1, 40 * day, B, false, 0);
        b.add(2, 0, B, false, 0);
        Journeys j = b.build();
        assertThat(j.journeys()).hasSize(4);
        assertThat(j.journeys().get(0).channels()).containsExactly(A, B);
        assertThat(j.journeys().get(0).converted()).isTrue();
        assertThat(j.journeys().get(0).value()).isEqualTo(500);
        assertThat(j.journeys().get(1).channels()).containsExactly(A);
        assertThat(j.journeys().get(2).channels()).containsExactly(B);
        assertThat(j.conversions()).isEqualTo(1);
    }

    private static double[] credit(Journeys data, AttributionModel m) {
        return Attributions.run(data, m).channels().stream().mapToDouble(ChannelCredit::conversions).toArray();
    }

    private static void repeat(List<Journey> out, int times, int... channels) {
        for (int i = 0; i < times; i++) out.add(Journey.of(true, 100, channels));
    }
}
