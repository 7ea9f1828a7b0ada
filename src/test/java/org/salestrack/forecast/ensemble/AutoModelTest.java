package org.salestrack.forecast.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salestrack.forecast.ClassicSeries;
import org.salestrack.forecast.FittedModel;

class AutoModelTest {

    @Test
    void intermittentUnitCountsGetSba() {
        double[] demand = {0, 0, 3, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 4, 0, 0, 1, 0, 0, 2};
        assertThat(new AutoModel().fit(demand, 12).name()).isEqualTo("SBA");
    }

    @Test
    void crossValidationChoosesAmongTheIntermittentMethods() {
        double[] demand = {0, 0, 3, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 4, 0, 0, 1, 0, 0, 2, 0, 3, 0, 0};
        FittedModel fit = new AutoModel(Selection.CROSS_VALIDATION, 3).fit(demand, 1);
        assertThat(fit.name()).isIn("Croston", "SBA", "TSB", "Naive");
    }

    @Test
    void tooShortOrConstantSeriesGetTheNaiveMethod() {
        assertThat(new AutoModel().fit(new double[] {5, 6, 7}, 12).name()).isEqualTo("Naive");
        assertThat(new AutoModel().fit(new double[] {4, 4, 4, 4, 4, 4, 4}, 1).name()).isEqualTo("Naive");
    }

    @Test
    void defaultCombinesEtsArimaAndTheta() {
        FittedModel fit = new AutoModel().fit(ClassicSeries.AIR_PASSENGERS, 12);
        assertThat(fit.name()).startsWith("Combination(ETS(M,Ad,M), ARIMA(").endsWith(", Theta (seasonally adjusted))");
        assertThat(fit.parameters()).containsKey("ETS(M,Ad,M).alpha");
    }

    @Test
    void informationCriterionSelectsWithinTheEtsFamily() {
        assertThat(new AutoModel(Selection.INFORMATION_CRITERION, 3).fit(ClassicSeries.AIR_PASSENGERS, 12).name())
                .isEqualTo("ETS(M,Ad,M)");
    }

    @Test
    void longSeasonsUseStlInTheCombination() {
        double[] weekly = new double[160];
        for (int t = 0; t < weekly.length; t++) {
            weekly[t] = 200 + 50 * Math.sin(2 * Math.PI * t / 52.0) + (t % 3);
        }
        assertThat(new AutoModel().fit(weekly, 52).name()).startsWith("Combination(STL[52]+ETS(");
    }
}
