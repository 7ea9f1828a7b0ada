package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.SavedView;

class StateSnapshotTest {
    private final StateManager state = new StateManager(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

    @Test
    void aPickerChoiceMadeAfterADrillIsKeptAsAFilterAndThePathReplays() {
        state.setRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30));
        state.drill(Dimension.REGION, "华南", "华南");
        state.drill(Dimension.PROVINCE, "44", "广东");
        state.setFilter(Dimension.CATEGORY, Set.of("手机", "穿戴"));
        SavedView v = StateSnapshot.capture(state, "x", "explore");
        assertThat(v.filters()).isEqualTo(Map.of(Dimension.CATEGORY, Set.of("手机", "穿戴")));
        assertThat(v.preset()).isNull();

        StateManager other = new StateManager(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        other.drill(Dimension.CHANNEL, "1", "天猫");
        other.setFilter(Dimension.SKU, Set.of("9"));
        StateSnapshot.restore(other, v);
        assertThat(other.slice()).isEqualTo(state.slice());
        assertThat(other.crumbs()).extracting(Crumb::label).containsExactly("华南", "广东");
        other.back();
        assertThat(other.slice().keys(Dimension.PROVINCE)).isEmpty();
        assertThat(other.slice().keys(Dimension.REGION)).containsExactly("华南");
    }

    @Test
    void aPresetIsSavedAsAPresetAndReanchorsOnTheDataOpeningIt() {
        state.applyPreset(DatePreset.THIS_MONTH);
        SavedView v = StateSnapshot.capture(state, "month", "dashboard");
        StateManager later = new StateManager(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 9));
        StateSnapshot.restore(later, v);
        assertThat(later.presetProperty().get()).isEqualTo(DatePreset.THIS_MONTH);
        assertThat(later.slice().from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
