package org.salestrack.store.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-memory order that replaced SQLite's ORDER BY customer, day: the same order, ties in read order. */
class CustomerLineBufferTest {
    @Test
    void ordersByCustomerThenDayKeepingReadOrderOnTheSameDay() {
        CustomerLineBuffer b = new CustomerLineBuffer();
        b.add(7, 100, 1, 1, 1, 1, 10);
        b.add(3, 105, 1, 1, 1, 1, 20);
        b.add(7, 90, 1, 1, 1, 1, 30);
        b.add(3, 105, 2, 1, 1, 1, 40);
        b.add(3, 101, 1, 1, 1, 1, 50);

        int[] order = b.order();

        long[] amounts = new long[order.length];
        for (int k = 0; k < order.length; k++) amounts[k] = b.amount(order[k]);
        assertThat(amounts).containsExactly(50, 20, 40, 30, 10);
    }

    /** Many random customers, some with long histories (the keyed sort), against a plain stable sort. */
    @Test
    void matchesAStableSortOnRandomLinesWithLongHistories() {
        Random rnd = new Random(5);
        CustomerLineBuffer b = new CustomerLineBuffer();
        List<int[]> lines = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            int customer = rnd.nextInt(10) == 0 ? rnd.nextInt(3) : rnd.nextInt(50_000);
            int day = 19_000 + rnd.nextInt(700);
            b.add(customer, day, 0, 0, 0, 1, i);
            lines.add(new int[] {customer, day, i});
        }
        lines.sort(Comparator.<int[]>comparingInt(l -> l[0]).thenComparingInt(l -> l[1]));

        int[] order = b.order();

        assertThat(order).hasSize(lines.size());
        for (int k = 0; k < order.length; k++) assertThat(b.amount(order[k])).isEqualTo(lines.get(k)[2]);
        assertThat(b.firstDay()).isEqualTo(lines.stream().mapToInt(l -> l[1]).min().orElseThrow());
    }
}
