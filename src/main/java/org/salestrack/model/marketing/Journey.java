package org.salestrack.model.marketing;

/**
 * One customer journey: its touches in time order as indexes into {@link Journeys#channels()}, the
 * epoch second of each touch, whether it ended in an order, and that order's revenue (0 when not).
 */
public record Journey(int[] channels, long[] times, boolean converted, double value) {
    public Journey {
        if (channels.length != times.length) throw new IllegalArgumentException("a touch needs a channel and a time");
        if (channels.length == 0) throw new IllegalArgumentException("a journey has at least one touch");
    }

    /** A journey whose touches carry no times (every touch at once), for counts given by hand. */
    public static Journey of(boolean converted, double value, int... channels) {
        return new Journey(channels, new long[channels.length], converted, value);
    }

    public int length() { return channels.length; }
}
