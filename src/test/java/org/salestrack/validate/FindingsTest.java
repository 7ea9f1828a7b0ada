package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * A run that knows its lines ahead asks about a rule as soon as the rule's findings cross the guard's share, and a
 * rule refused then passes its later findings on holding nothing; the store is told before the first of them.
 */
class FindingsTest {
    private final List<RuleHit> stored = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<MassHold> asked = new ArrayList<>();

    @AfterEach
    void restore() { Findings.window = 50_000; }

    private Findings findings(long linesAhead, boolean answer) {
        HoldGuard guard = new HoldGuard(0.05, m -> {
            asked.add(m);
            events.add("asked " + m.rule() + " at " + m.lines());
            return answer;
        });
        return new Findings(List.of("diversion", "impossible"), null, h -> {
            stored.add(h);
            events.add("stored " + h.rule() + " " + h.rowId() + (h.hold() ? " holding" : ""));
        }, false, guard, () -> linesAhead, rule -> events.add("refused " + rule));
    }

    private static RuleHit hit(String rule, long row, boolean hold) {
        return new RuleHit(rule, Severity.ERROR, RuleHit.SALE, row, 1L, "a.csv", (int) row, "line " + row, hold);
    }

    @Test
    void aRuleCrossingTheShareIsAskedWhileRunningAndItsLaterFindingsHoldNothing() {
        Findings.window = 4;
        Findings f = findings(100, false);
        var diversion = f.of("diversion");
        var impossible = f.of("impossible");
        // first window: 3 diversion lines (3% of 100), one impossible: nothing asked, all pass holding
        for (long row = 1; row <= 3; row++) diversion.accept(hit("diversion", row, true));
        impossible.accept(hit("impossible", 50, true));
        assertThat(asked).isEmpty();
        // second window: diversion reaches 7 lines, over 5: asked with its count so far, refused, told before its next findings
        for (long row = 4; row <= 7; row++) diversion.accept(hit("diversion", row, true));
        assertThat(asked).containsExactly(new MassHold("diversion", 7, 100, true));
        for (long row = 8; row <= 20; row++) diversion.accept(hit("diversion", row, true));
        List<MassHold> refused = f.finish(100);

        assertThat(asked).as("asked once").hasSize(1);
        assertThat(refused).as("with all it would have held").containsExactly(new MassHold("diversion", 20, 100, false));
        assertThat(events.subList(0, 6)).containsExactly("stored diversion 1 holding", "stored diversion 2 holding", "stored diversion 3 holding",
                "stored impossible 50 holding", "asked diversion at 7", "refused diversion");
        assertThat(stored.stream().filter(h -> h.rule().equals("diversion") && h.hold()).map(RuleHit::rowId)).containsExactly(1L, 2L, 3L);
        assertThat(stored.stream().filter(h -> h.rule().equals("diversion"))).hasSize(20);
        assertThat(stored.stream().filter(h -> h.rule().equals("impossible")).allMatch(RuleHit::hold)).isTrue();
    }

    @Test
    void aRuleConfirmedWhileRunningKeepsEveryHoldAndIsNotAskedAgain() {
        Findings.window = 4;
        Findings f = findings(100, true);
        var diversion = f.of("diversion");
        for (long row = 1; row <= 30; row++) diversion.accept(hit("diversion", row, true));
        assertThat(f.finish(100)).isEmpty();
        assertThat(asked).containsExactly(new MassHold("diversion", 8, 100, true));
        assertThat(stored).hasSize(30).allMatch(RuleHit::hold);
        assertThat(events).doesNotContain("refused diversion");
    }

    @Test
    void withoutItsLinesAheadARunAsksAtTheEndWithTheFinalCount() {
        Findings.window = 4;
        Findings f = findings(-1, false);
        var diversion = f.of("diversion");
        for (long row = 1; row <= 30; row++) diversion.accept(hit("diversion", row, true));
        assertThat(asked).isEmpty();
        assertThat(f.finish(100)).containsExactly(new MassHold("diversion", 30, 100, false));
        assertThat(asked).containsExactly(new MassHold("diversion", 30, 100, false));
        assertThat(events).doesNotContain("refused diversion");
        assertThat(stored.subList(0, 28)).as("passed before the question, holding: the store takes the hold off at its finish")
                .allMatch(RuleHit::hold);
        assertThat(stored.subList(28, 30)).as("the last window, after the question").noneMatch(RuleHit::hold);
    }
}
