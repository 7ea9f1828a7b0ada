package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.Dimension;

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
        state.drill(Dimension.PROVINCE, "44", "广东");
        state.drill(Dimension.CITY, "深圳", "深圳");
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("44");
        assertThat(state.slice().keys(Dimension.CITY)).containsExactly("深圳");
        assertThat(state.crumbs()).extracting(Crumb::label).containsExactly("广东", "深圳");
        state.back();
        assertThat(state.slice().keys(Dimension.CITY)).isEmpty();
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("44");
        state.clear();
        assertThat(state.slice().members()).isEmpty();
        assertThat(state.crumbs()).isEmpty();
    }

    @Test
    void backKeepsADateRangeChosenAfterTheDrill() {
        state.drill(Dimension.CHANNEL, "3", "天猫");
        state.setRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        state.back();
        assertThat(state.slice().from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(state.slice().members()).isEmpty();
        assertThat(state.presetProperty().get()).isNull();
    }

    @Test
    void pickerFiltersCombineWithDrills() {
        state.setFilter(Dimension.CATEGORY, Set.of("手机"));
        state.drill(Dimension.PROVINCE, "33", "浙江");
        assertThat(state.slice().keys(Dimension.CATEGORY)).containsExactly("手机");
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("33");
        state.setFilter(Dimension.CATEGORY, Set.of());
        assertThat(state.slice().members()).containsOnlyKeys(Dimension.PROVINCE);
    }

    @Test
    void ctrlClickAddsMembersAndTakesThemOutAgain() {
        state.toggle(Dimension.PROVINCE, "44", "广东");
        state.toggle(Dimension.PROVINCE, "33", "浙江");
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("44", "33");
        state.toggle(Dimension.PROVINCE, "44", "广东");
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("33");
        // the last kept member stays: taking it out would silently widen the view to everything
        state.toggle(Dimension.PROVINCE, "33", "浙江");
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("33");
        assertThat(state.crumbs()).extracting(Crumb::action).containsExactly(Crumb.Action.ADD, Crumb.Action.ADD, Crumb.Action.ADD);
        state.back();
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("44", "33");
    }

    @Test
    void excludeLeavesMembersOutAndKeepOnlyClearsTheExclusion() {
        state.exclude(Dimension.CHANNEL, "5", "天猫");
        state.exclude(Dimension.CHANNEL, "6", "京东");
        assertThat(state.slice().excludedKeys(Dimension.CHANNEL)).containsExactly("5", "6");
        assertThat(state.slice().keys(Dimension.CHANNEL)).isEmpty();
        assertThat(state.label(Dimension.CHANNEL, "6")).isEqualTo("京东");
        state.drill(Dimension.CHANNEL, "2", "直营店");
        assertThat(state.slice().keys(Dimension.CHANNEL)).containsExactly("2");
        assertThat(state.slice().excludedKeys(Dimension.CHANNEL)).isEmpty();
        state.clear();
        assertThat(state.slice().hasMemberFilters()).isFalse();
    }

    @Test
    void excludingAKeptMemberKeepsTheOthers() {
        state.toggle(Dimension.PROVINCE, "44", "广东");
        state.toggle(Dimension.PROVINCE, "33", "浙江");
        state.exclude(Dimension.PROVINCE, "44", "广东");
        assertThat(state.slice().keys(Dimension.PROVINCE)).containsExactly("33");
        assertThat(state.slice().excludedKeys(Dimension.PROVINCE)).containsExactly("44");
        // the date range moves; the member filters stay
        state.setRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(state.slice().previousPeriod().excludedKeys(Dimension.PROVINCE)).containsExactly("44");
    }
}
