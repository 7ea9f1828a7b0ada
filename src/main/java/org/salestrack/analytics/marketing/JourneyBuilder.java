package org.salestrack.analytics.marketing;

import java.util.ArrayList;
import java.util.List;
import org.salestrack.model.marketing.Journey;
import org.salestrack.model.marketing.Journeys;

/**
 * Cuts a customer's touches, fed in customer then time order, into journeys: a journey ends with the touch
 * that places an order (converted, worth that order's revenue), or unconverted when the customer's next
 * touch comes more than {@link #LOOKBACK_DAYS} later or there is none.
 */
public final class JourneyBuilder {
    public static final int LOOKBACK_DAYS = 30;
    private static final long GAP = LOOKBACK_DAYS * 86_400L;

    private final List<String> channels;
    private final List<Journey> journeys = new ArrayList<>();
    private final IntList touchChannels = new IntList();
    private final List<Long> touchTimes = new ArrayList<>();
    private long customer = Long.MIN_VALUE;

    public JourneyBuilder(List<String> channels) { this.channels = List.copyOf(channels); }

    /** One touch; {@code order} true when it placed an order worth {@code value}. */
    public void add(long customerId, long epochSecond, int channel, boolean order, double value) {
        if (customerId != customer || (!touchTimes.isEmpty() && epochSecond - touchTimes.get(touchTimes.size() - 1) > GAP)) {
            close(false, 0);
            customer = customerId;
        }
        touchChannels.add(channel);
        touchTimes.add(epochSecond);
        if (order) close(true, value);
    }

    public Journeys build() {
        close(false, 0);
        return new Journeys(channels, journeys);
    }

    private void close(boolean converted, double value) {
        if (touchTimes.isEmpty()) return;
        long[] times = new long[touchTimes.size()];
        for (int i = 0; i < times.length; i++) times[i] = touchTimes.get(i);
        journeys.add(new Journey(touchChannels.toArray(), times, converted, value));
        touchChannels.clear();
        touchTimes.clear();
    }

    private static final class IntList {
        private int[] v = new int[8];
        private int n;

        void add(int x) {
            if (n == v.length) v = java.util.Arrays.copyOf(v, n * 2);
            v[n++] = x;
        }

        int[] toArray() { return java.util.Arrays.copyOf(v, n); }

        void clear() { n = 0; }
    }
}
