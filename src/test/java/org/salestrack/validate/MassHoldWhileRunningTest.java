package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * A run over the whole workspace asks about a rule while it still runs (here after every finding: the window is one),
 * and the answer reaches the store: refused, every finding is listed holding nothing and every line counts; confirmed,
 * the lines are held as before. R2 (1,000.00, an IMEI failing Luhn) and R3 (2,000.00, R1's device sold again) are the
 * two rules' one line each of the fixture's four.
 */
class MassHoldWhileRunningTest {
    @TempDir Path dir;

    @AfterEach
    void restore() { Findings.window = 50_000; }

    private ValidationRun run(QualityFixture fx, boolean answer, List<MassHold> asked) {
        Findings.window = 1;
        return fx.service.run(null, Map.of(), new HoldGuard(HoldGuard.DEFAULT_SHARE, m -> {
            asked.add(m);
            return answer;
        }), ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void refusedWhileRunningNoFindingHoldsAndEveryLineCounts() throws Exception {
        QualityFixture fx = new QualityFixture(dir);
        List<MassHold> asked = new ArrayList<>();
        ValidationRun run = run(fx, false, asked);

        assertThat(asked).containsExactlyInAnyOrder(new MassHold("imei-invalid", 1, 4, true), new MassHold("imei-duplicate", 1, 4, true));
        assertThat(run.notHeld()).containsExactlyInAnyOrder(new MassHold("imei-invalid", 1, 4), new MassHold("imei-duplicate", 1, 4));
        assertThat(run.opened()).isEqualTo(2);
        assertThat(fx.text("SELECT group_concat(hold) FROM validation_issue WHERE status = 'open'")).isEqualTo("0,0");
        assertThat(fx.total().amount()).isEqualByComparingTo("4500.00");
        assertThat(fx.rollup()).containsExactly(4, 5, 45_000_000);
    }

    @Test
    void confirmedWhileRunningTheLinesAreHeldAsBefore() throws Exception {
        QualityFixture fx = new QualityFixture(dir);
        List<MassHold> asked = new ArrayList<>();
        ValidationRun run = run(fx, true, asked);

        assertThat(asked).extracting(MassHold::running).containsExactly(true, true);
        assertThat(run.notHeld()).isEmpty();
        assertThat(fx.text("SELECT group_concat(hold) FROM validation_issue WHERE status = 'open'")).isEqualTo("1,1");
        assertThat(fx.total().amount()).isEqualByComparingTo("1500.00");
    }
}
