package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.cube.Dim;

class StateManagerTest {
    private final StateManager state = new StateManager(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 18));

    @Test
    void presetsAnchorOnTheLastDayWithSales() {
        state.applyPreset(DatePreset.THIS_MONTH);
        assertThat(state.slice().from()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(state.slice().to()).isEqualTo(LocalDate.of(2025, 6, 18));
        state.applyPreset(DatePreset.LAST_4_WEEKS);
        assertThat(state.slice().days()).isEqualTo(28);
        state.applyPreset(DatePreset.YEAR_TO_DATE);
        assertThat(state.slice().from()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void drillingNarrowsTheSliceAndBackRestoresIt() {
        state.drill(Dim.PROVINCE, "44", "广东");
        state.drill(Dim.CITY, "深圳", "深圳");
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("44");
        assertThat(state.slice().keys(Dim.CITY)).containsExactly("深圳");
        assertThat(state.crumbs()).extracting(Crumb::label).containsExactly("广东", "深圳");
        state.back();
        assertThat(state.slice().keys(Dim.CITY)).isEmpty();
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("44");
        state.clear();
        assertThat(state.slice().members()).isEmpty();
        assertThat(state.crumbs()).isEmpty();
    }

    @Test
    void backKeepsADateRangeChosenAfterTheDrill() {
        state.drill(Dim.CHANNEL, "3", "天猫");
        state.setRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        state.back();
        assertThat(state.slice().from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(state.slice().members()).isEmpty();
        assertThat(state.presetProperty().get()).isNull();
    }

    @Test
    void pickerFiltersCombineWithDrills() {
        state.setFilter(Dim.CATEGORY, Set.of("手机"));
        state.drill(Dim.PROVINCE, "33", "浙江");
        assertThat(state.slice().keys(Dim.CATEGORY)).containsExactly("手机");
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("33");
        state.setFilter(Dim.CATEGORY, Set.of());
        assertThat(state.slice().members()).containsOnlyKeys(Dim.PROVINCE);
    }

    @Test
    void ctrlClickAddsMembersAndTakesThemOutAgain() {
        state.toggle(Dim.PROVINCE, "44", "广东");
        state.toggle(Dim.PROVINCE, "33", "浙江");
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("44", "33");
        state.toggle(Dim.PROVINCE, "44", "广东");
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("33");
        // the last kept member stays: taking it out would silently widen the view to everything
        state.toggle(Dim.PROVINCE, "33", "浙江");
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("33");
        assertThat(state.crumbs()).extracting(Crumb::action).containsExactly(Crumb.Action.ADD, Crumb.Action.ADD, Crumb.Action.ADD);
        state.back();
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("44", "33");
    }

    @Test
    void excludeLeavesMembersOutAndKeepOnlyClearsTheExclusion() {
        state.exclude(Dim.CHANNEL, "5", "天猫");
        state.exclude(Dim.CHANNEL, "6", "京东");
        assertThat(state.slice().excludedKeys(Dim.CHANNEL)).containsExactly("5", "6");
        assertThat(state.slice().keys(Dim.CHANNEL)).isEmpty();
        assertThat(state.label(Dim.CHANNEL, "6")).isEqualTo("京东");
        state.drill(Dim.CHANNEL, "2", "直营店");
        assertThat(state.slice().keys(Dim.CHANNEL)).containsExactly("2");
        assertThat(state.slice().excludedKeys(Dim.CHANNEL)).isEmpty();
        state.clear();
        assertThat(state.slice().hasMemberFilters()).isFalse();
    }

    @Test
    void excludingAKeptMemberKeepsTheOthers() {
        state.toggle(Dim.PROVINCE, "44", "广东");
        state.toggle(Dim.PROVINCE, "33", "浙江");
        state.exclude(Dim.PROVINCE, "44", "广东");
        assertThat(state.slice().keys(Dim.PROVINCE)).containsExactly("33");
        assertThat(state.slice().excludedKeys(Dim.PROVINCE)).containsExactly("44");
        // the date range moves; the member filters stay
        state.setRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(state.slice().previousPeriod().excludedKeys(Dim.PROVINCE)).containsExactly("44");
    }
}
