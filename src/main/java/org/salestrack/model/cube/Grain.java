package org.salestrack.model.cube;

/** Time buckets for trends and explorer columns; periods are text keys that sort in time order. */
public enum Grain {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** Whether a period of this grain is a whole number of calendar months. */
    public boolean monthAligned() { return this == MONTH || this == QUARTER || this == YEAR; }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
