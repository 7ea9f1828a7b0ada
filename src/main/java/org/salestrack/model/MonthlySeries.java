package org.salestrack.model;

import java.util.List;

/**
 * Monthly units and revenue of one group (e.g. province 广东 x series 星河) over consecutive months
 * starting at {@code firstMonth} (YYYY-MM); months without sales are zeros, not gaps.
 */
public record MonthlySeries(String id, List<String> keys, String firstMonth, double[] units, double[] revenue) {
    public int length() { return units.length; }

    /** The month of index i as YYYY-MM. */
    public String month(int i) {
        int y = Integer.parseInt(firstMonth.substring(0, 4));
        int m = Integer.parseInt(firstMonth.substring(5, 7)) - 1 + i;
        return String.format(java.util.Locale.ROOT, "%04d-%02d", y + Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1);
    }
}
