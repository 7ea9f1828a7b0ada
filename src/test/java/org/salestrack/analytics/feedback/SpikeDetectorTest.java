package org.salestrack.analytics.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
    private final SpikeDetector detector = SpikeDetector.standard();

    @Test
    void complaintsDoublingAgainstTheLastFourWeeksAreSpikes() {
        // a model's weekly heat complaints: quiet, then 9 and 14 after an update, then 8 on a raised level
        int[] weekly = {0, 1, 0, 0, 1, 0, 9, 14, 8, 2};
        assertThat(detector.spikes(weekly)).containsExactly(6, 7);
        assertThat(detector.baseline(weekly, 8)).isEqualTo((1 + 0 + 9 + 14) / 4.0);
    }

    @Test
    void aSmallJumpOrASteadyHighLevelIsNoSpike() {
        assertThat(detector.spikes(new int[] {0, 0, 0, 0, 4})).isEmpty();
        assertThat(detector.spikes(new int[] {10, 12, 9, 11, 15, 13})).isEmpty();
        assertThat(detector.spikes(new int[] {10, 12, 9, 11, 22})).containsExactly(4);
    }

    @Test
    void theFirstWeeksHaveNoHistoryToSpikeAgainst() {
        assertThat(detector.spikes(new int[] {50, 0, 0})).isEmpty();
    }
}
