package org.salestrack.store.customer;

import java.util.Arrays;

/**
 * The customer lines of a read, held as primitive columns and put in customer then day order here. SQLite
 * has no index on (customer, day), and its temporary B-tree sort of five million lines cost more than the
 * whole analysis; the customer ids are the dense keys of the customer table, so a counting sort by
 * customer and an insertion sort of each customer's few days take well under a second.
 */
final class CustomerLineBuffer {
    private int size;
    private int[] customer = new int[1 << 16];
    private int[] day = new int[1 << 16];
    private int[] product = new int[1 << 16];
    private int[] channel = new int[1 << 16];
    private int[] region = new int[1 << 16];
    private long[] units = new long[1 << 16];
    private long[] amount = new long[1 << 16];
    private int maxCustomer;
    private int firstDay = Integer.MAX_VALUE;
    private int lastDay = Integer.MIN_VALUE;

    void add(int customerId, int epochDay, int productId, int channelId, int regionId, long qty, long amountE4) {
        if (customerId < 0) throw new IllegalArgumentException("negative customer id " + customerId);
        if (size == customer.length) grow();
        customer[size] = customerId;
        day[size] = epochDay;
        product[size] = productId;
        channel[size] = channelId;
        region[size] = regionId;
        units[size] = qty;
        amount[size] = amountE4;
        maxCustomer = Math.max(maxCustomer, customerId);
        firstDay = Math.min(firstDay, epochDay);
        lastDay = Math.max(lastDay, epochDay);
        size++;
    }

    int size() { return size; }

    /** The earliest day read (epoch day); meaningless when nothing was read. */
    int firstDay() { return firstDay; }

    int lastDay() { return lastDay; }

    int customer(int i) { return customer[i]; }

    int day(int i) { return day[i]; }

    int product(int i) { return product[i]; }

    int channel(int i) { return channel[i]; }

    int region(int i) { return region[i]; }

    long units(int i) { return units[i]; }

    long amount(int i) { return amount[i]; }

    /** The line positions in customer, then day, then read order (stable, so equal days keep the store's order). */
    int[] order() {
        int[] start = new int[maxCustomer + 2];
        for (int i = 0; i < size; i++) start[customer[i] + 1]++;
        for (int c = 1; c < start.length; c++) start[c] += start[c - 1];
        int[] next = Arrays.copyOf(start, start.length);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[next[customer[i]]++] = i;
        for (int c = 0; c + 1 < start.length; c++) sortByDay(out, start[c], start[c + 1]);
        return out;
    }

    /** Insertion sort for the usual handful of lines; a long history sorts by (day, read position) keys. */
    private void sortByDay(int[] a, int from, int to) {
        if (to - from > 32) {
            long[] keys = new long[to - from];
            for (int i = from; i < to; i++) keys[i - from] = ((long) day[a[i]] << 32) | a[i];
            Arrays.sort(keys);
            for (int i = from; i < to; i++) a[i] = (int) keys[i - from];
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && day[a[j]] > day[x]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private void grow() {
        int n = customer.length * 2;
        customer = Arrays.copyOf(customer, n);
        day = Arrays.copyOf(day, n);
        product = Arrays.copyOf(product, n);
        channel = Arrays.copyOf(channel, n);
        region = Arrays.copyOf(region, n);
        units = Arrays.copyOf(units, n);
        amount = Arrays.copyOf(amount, n);
    }
}
