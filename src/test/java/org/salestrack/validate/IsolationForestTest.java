package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class IsolationForestTest {
    private static final int INLIERS = 2000;
    private static final int OUTLIERS = 40;

    /** Gaussian inliers in 5 dimensions, then outliers drawn uniformly from the cube [-6, 6]^5. */
    static double[][] plantedData(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[INLIERS + OUTLIERS][5];
        for (int i = 0; i < INLIERS; i++) {
            for (int d = 0; d < 5; d++) x[i][d] = gaussian(r);
        }
        for (int i = INLIERS; i < x.length; i++) {
            for (int d = 0; d < 5; d++) x[i][d] = -6 + 12 * r.nextDouble();
        }
        return x;
    }

    static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Area under the ROC curve: the chance a random outlier scores above a random inlier (ties count half). */
    static double auc(double[] scores, int firstOutlier) {
        double wins = 0;
        for (int o = firstOutlier; o < scores.length; o++) {
            for (int i = 0; i < firstOutlier; i++) {
                if (scores[o] > scores[i]) wins += 1;
                else if (scores[o] == scores[i]) wins += 0.5;
            }
        }
        return wins / ((double) (scores.length - firstOutlier) * firstOutlier);
    }

    @RepeatedTest(5)
    void findsPlantedOutliersWithAnAucAboveNinetyFivePercent(RepetitionInfo repetition) {
        long seed = 1000L + repetition.getCurrentRepetition();
        double[][] x = plantedData(seed);

        double[] scores = IsolationForest.fit(x, 100, 256, seed).scoreAll(x);

        assertThat(auc(scores, INLIERS)).isGreaterThan(0.95);
    }

    @Test
    void outliersScoreAboveOneHalfAndTheBulkBelow() {
        double[][] x = plantedData(42);
        double[] scores = IsolationForest.fit(x, 200, 256, 42).scoreAll(x);

        double inlierMean = 0;
        for (int i = 0; i < INLIERS; i++) inlierMean += scores[i] / INLIERS;
        double outlierMean = 0;
        for (int i = INLIERS; i < x.length; i++) outlierMean += scores[i] / OUTLIERS;

        assertThat(inlierMean).isLessThan(0.5);
        assertThat(outlierMean).isGreaterThan(0.6);
    }

    @Test
    void theSameSeedGivesTheSameScoresAndAnotherSeedDoesNot() {
        double[][] x = plantedData(7);

        double[] a = IsolationForest.fit(x, 50, 128, 99).scoreAll(x);
        double[] b = IsolationForest.fit(x, 50, 128, 99).scoreAll(x);
        double[] c = IsolationForest.fit(x, 50, 128, 100).scoreAll(x);

        assertThat(b).containsExactly(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void averagePathLengthMatchesThePaper() {
        // c(256) = 2 H(255) - 2 * 255 / 256 with H(i) ~ ln(i) + 0.5772156649
        assertThat(IsolationForest.averagePathLength(256)).isCloseTo(10.2448, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(IsolationForest.averagePathLength(2)).isEqualTo(1.0);
        assertThat(IsolationForest.averagePathLength(1)).isEqualTo(0.0);
    }

    @Test
    void constantDataScoresEveryPointAlike() {
        double[][] x = new double[100][3];
        double[] s = IsolationForest.fit(x, 10, 64, 1).scoreAll(x);

        assertThat(s).containsOnly(s[0]);
    }

    @Test
    void anEmptyDataSetIsRefused() {
        assertThatThrownBy(() -> IsolationForest.fit(new double[0][], 10, 64, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
