package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SaleKeysTest {

    @Test
    void pairsComeOutInSqlitesOrderNegativeKeysFirstAndEqualKeysById() {
        SaleKeys keys = new SaleKeys();
        Random rnd = new Random(7);
        int n = 100_000;
        long[][] expected = new long[n][];
        for (int i = 0; i < n; i++) {
            // a few repeated keys, both signs, the extremes
            long key = i % 1000 == 0 ? 42 : i == 1 ? Long.MIN_VALUE : i == 2 ? Long.MAX_VALUE : rnd.nextLong();
            keys.add(key, 1000 + i);
            expected[i] = new long[] {key, 1000 + i};
        }
        Arrays.sort(expected, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));

        long[][] sorted = keys.sortedPairs();

        assertThat(sorted[0]).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(new long[] {sorted[0][i], sorted[1][i]}).as("pair %d", i).containsExactly(expected[i]);
        }
        assertThat(sorted[0][0]).isEqualTo(Long.MIN_VALUE);
        assertThat(sorted[0][n - 1]).isEqualTo(Long.MAX_VALUE);
    }
}
