package org.salestrack.store;

/**
 * An open-addressing set of longs: a million line keys in 16 MB instead of the 60 MB a HashSet of
 * boxed Longs takes, which matters inside the import's 512 MB heap budget.
 */
public final class LongSet {
    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 16];
    private boolean hasZero;
    private int size;

    /** Adds {@code v}; returns false when it was already there. */
    public boolean add(long v) {
        if (v == EMPTY) {
            if (hasZero) return false;
            hasZero = true;
            return true;
        }
        if (size * 2 >= slots.length) grow();
        if (!insert(slots, v)) return false;
        size++;
        return true;
    }

    public boolean contains(long v) {
        if (v == EMPTY) return hasZero;
        int mask = slots.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    private static boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        int i = (int) (v ^ (v >>> 32)) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == v) return false;
            i = (i + 1) & mask;
        }
        table[i] = v;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) if (v != EMPTY) insert(bigger, v);
        slots = bigger;
    }
}
